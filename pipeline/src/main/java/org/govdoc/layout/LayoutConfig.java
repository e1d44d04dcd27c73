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
 * @param sameSizeRatio      two lines whose font sizes differ by at most this share of the first are set in
 *                           the same size: rows of one aligned table, and its continuation over a page break
 * @param rowPitchSlack      a one-cell line at most this many row pitches below the row above, starting at a
 *                           column, is a row of an aligned table with empty cells (also above its first row)
 * @param minRowPitchShare   a line above an aligned table closer than this share of its row pitch is no row of it
 * @param cellLineHeights    a one-cell line less than this many line heights (plus {@code cellLineEm}) below
 *                           the line above is a further line of that row's cell
 * @param cellLineEm         the em added to {@code cellLineHeights}
 * @param columnSlackEm      em a continued table's line may start left of its first column, or end past the
 *                           start of the next column's text, and still lie in its columns
 * @param minRuleLength      points under which a ruling line is no cell border (a dot, a bullet's stroke)
 * @param ruleCoverage       share of a grid edge its ruling lines must cover to count as drawn
 * @param openCellEm         a ruled cell whose last line ends less than this (em) before its right border is
 *                           open: its text may go on in the row below (a row cut by a page break)
 * @param pageNumberDrift    points two page numbers' tops may differ and be at the same height (the page's own
 *                           number inside a ruled box is told by another page's number there)
 * @param pageNumberSizeRatio a page number merged into a line of the footer band differs from the text beside it
 *                           by more than this share of the larger font size
 * @param runOnBelowShare    a line is below a repeated top line when its top is more than this share of that
 *                           line's height lower
 * @param runOnGapEm         a repeated top line followed within this (em) by a line that is not repeated runs
 *                           on into the body (a table's header row on every page), so it is no running header
 * @param ruledBoxSlack      points a vertical rule may fall short of a line's top, bottom or ends and still box it
 *                           in as a table cell (never furniture)
 * @param headerRuleShare    share of the page width a rule under a page header spans at least
 * @param headerRuleAbove    points the rule under a page header may stand above the header line's bottom
 * @param headerRuleEm       em (plus {@code headerRulePoints}) the rule under a page header may stand below its line
 * @param headerRulePoints   points added to {@code headerRuleEm}
 * @param ruleMeetTolerance  points within which a vertical rule meets a header's rule (then it is a table's top)
 */
public record LayoutConfig(float cellGapEm, int minTableLines, float rowBreakEm, float topBand, float bottomBand,
                           float lineTolerance, float cellPadding, float headingSizeRatio,
                           float ruledEdgeTolerance, float alignedEdgeTolerance,
                           float sameSizeRatio, float rowPitchSlack, float minRowPitchShare,
                           float cellLineHeights, float cellLineEm, float columnSlackEm,
                           float minRuleLength, float ruleCoverage, float openCellEm,
                           float pageNumberDrift, float pageNumberSizeRatio, float runOnBelowShare, float runOnGapEm,
                           float ruledBoxSlack, float headerRuleShare, float headerRuleAbove, float headerRuleEm,
                           float headerRulePoints, float ruleMeetTolerance) {

    /** The values tuned on Word/WPS exports, the generated corpus and the real documents. */
    public static final LayoutConfig DEFAULTS = new LayoutConfig(0.9f, 3, 3.5f, 0.12f, 0.15f, 2f, 4f, 1.15f, 3f, 8f,
            0.15f, 1.15f, 0.5f,
            1.25f, 0.5f, 0.5f,
            3f, 0.8f, 2.2f,
            3f, 0.1f, 0.5f, 0.6f,
            1f, 0.5f, 1f, 0.8f,
            4f, 2f);
}
