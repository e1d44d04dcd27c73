package org.govdoc.layout;

/**
 * The tolerances of the layout analysis, in one place. Lengths in "em" are multiples of the font
 * size; the others are points (so OCR pixel boxes must be scaled to points first).
 *
 * @param cellGapEm          a gap at least this wide separates two cells of an aligned (stream) table row
 * @param minTableLines      lines with two or more cells an aligned table needs
 * @param rowBreakEm         a line pitch over this ends an aligned table
 * @param topBand            share of the page height where running headers and page numbers are looked for
 * @param bottomBand         share of the page height where footers and page numbers are looked for
 * @param lineTolerance      points under which two ruling lines or grid coordinates are the same
 * @param cellPadding        the most inner margin assumed on a ruled cell's right, points
 * @param headingSizeRatio   a paragraph set this much larger than the body text is a heading
 * @param ruledEdgeTolerance points two parts of a ruled table over a page break may differ at their outer edges
 * @param alignedEdgeTolerance points two parts of an aligned table over a page break may differ at their left edge
 */
public record LayoutConfig(float cellGapEm, int minTableLines, float rowBreakEm, float topBand, float bottomBand,
                           float lineTolerance, float cellPadding, float headingSizeRatio,
                           float ruledEdgeTolerance, float alignedEdgeTolerance) {

    /** The values tuned on Word/WPS exports, the generated corpus and the real documents. */
    public static final LayoutConfig DEFAULTS = new LayoutConfig(0.9f, 3, 3.5f, 0.12f, 0.15f, 2f, 4f, 1.15f, 3f, 8f);
}
