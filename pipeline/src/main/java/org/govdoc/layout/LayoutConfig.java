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
 * @param lineOverlapShare   two text boxes are on one line when their vertical extents overlap by at least this
 *                           share of the lower one's height ({@code LineBuilder})
 * @param overprintShare     a box with the same text as one of the three before it, offset by less than this share
 *                           of that box's width and height (at least 1pt), is its fake-bold copy and dropped
 * @param trailingSpaceSlack points a space glyph after a line's last box may start left of that box's right edge
 *                           and still follow it (then the line wrapped at a space)
 * @param trailingSpaceEm    em a space glyph after a line's last box may start right of that box and still follow it
 * @param spaceGapCjkEm      em a gap between two Chinese characters with a space glyph in it must exceed to be a space
 * @param spaceGapMixedEm    em a gap between a Chinese and a Latin character with a space glyph in it must exceed
 *                           to be a space
 * @param wideGapEm          em a gap next to a Chinese character without a space glyph must exceed to be a space
 *                           (justified Chinese text spreads its characters a little)
 * @param latinSpaceEm       em a gap between two Latin characters without a space glyph must exceed to be a space
 * @param wordJoinEm         em at most between two runs of Latin letters and digits at a line's start that are one
 *                           word for line breaking
 * @param punctuationAirEm   em at most between a word and the punctuation after it that travels with it when a
 *                           line breaks (LibreOffice sets some air before it)
 * @param latinGlyphEm       the width of a non-Chinese character, em, when a box's width is shared among its
 *                           characters (a Chinese one is an em)
 * @param cjkLatinSpacingEm  em Word adds between Chinese and Latin letters or digits, counted into the width of a
 *                           word that would have had to fit at the end of the line above
 * @param paragraphSizeRatio lines whose font sizes differ by more than this share (of the larger, or of the line
 *                           ending a page) are in different paragraphs
 * @param paragraphGapPitches a line more than this many line pitches (or the line above's height, if taller)
 *                           and more than {@code paragraphGapEm} below the line above starts a paragraph
 * @param paragraphGapEm     em, see {@code paragraphGapPitches}
 * @param titleSizeRatio     centred lines set at least this much larger than the body text are one title
 * @param titleLineGapEm     em at most between the tops of two lines of one such title
 * @param fullLineEm         a line ending less than this (em) before the right edge of the text is full: its text
 *                           runs on
 * @param wrapSlackEm        em taken off the room left at a line's end when asking whether the next word would
 *                           have fitted there (the right edge is only estimated)
 * @param rightAlignedEm     a full line starting more than this (em) and more than {@code rightAlignedShare} of the
 *                           column right of the margin is set flush right (a signature's unit or date)
 * @param rightAlignedShare  share of the column width, see {@code rightAlignedEm}
 * @param centredEm          em a line's middle may be off the column's middle and the line still be centred
 * @param centredIndentEm    em right of the margin a centred line (other than a full one) starts at least
 * @param insetEm            a line starting more than this (em) right of the margin stands alone (a signature, a
 *                           centred line)
 * @param indentEm           em a line starts right of the line above, or of the margin, to be indented (a new
 *                           paragraph's first line)
 * @param sameIndentEm       em two indented lines may differ at their start and both be first lines
 * @param hangNumberEm       em the text after a leading number starts right of it, and the further lines of a
 *                           hanging indent right of the margin, at least
 * @param hangSlackEm        em the further lines of a hanging indent may start right of the item's text
 * @param nextPageIndentEm   em a paragraph's line at the top of the next page may start right of the margin (or
 *                           of the paragraph's own indent) and still continue it
 * @param defaultBodySize    points: the body font size of a document without text
 * @param defaultPitchEm     em: the line pitch when no two lines in a row give one
 * @param pitchSizeTolerance points two lines in a row may differ in font size and give a line pitch
 * @param maxPitchEm         em under which the distance between two lines' tops is a line pitch
 * @param pageWidthClass     points: pages whose widths round to the same multiple of this have one left margin
 *                           and right edge (portrait and landscape pages differ)
 * @param marginSizeRatio    lines whose font size is within this share of the body size give the margins
 * @param marginStartShare   share of the body lines (at least 2) that must start at a point (within 1pt) for it
 *                           to be the left margin
 * @param fullLineQuantile   the right edge of the text is where this share of the body lines end
 * @param fewMarginLines     with fewer body lines than this on pages of a width, the left margin is no further
 *                           right than the whole document's, and the right edge no nearer than the left margin
 *                           mirrored
 * @param pitchSplitRatio    in an aligned table, the ratio of one line pitch to the next smaller that separates
 *                           the pitch within a cell from the pitch between rows must be at least this
 * @param snapShare          two column boundaries of the parts of a table over a page break are one when within
 *                           this share of the narrowest column (kept between {@code snapMin} and {@code snapMax})
 * @param snapMin            points: the least snap tolerance, see {@code snapShare}
 * @param snapMax            points: the largest snap tolerance, see {@code snapShare}
 * @param columnStartEm      em a line may start off where a column of an aligned table starts and still start there
 *                           (a row whose other cells are empty)
 * @param columnMergeShare   text spans closer than this share of {@code cellGapEm} (em) are one column of an aligned
 *                           table
 * @param cellWrapSlackEm    em taken off the room left at the end of a line in an aligned table's cell when asking
 *                           whether the next line's first word would have fitted there (then it wrapped)
 * @param columnEdgeSlack    points a cell's text may start left of its column's boundary and still be in the column
 * @param footGapShare       a table ending less than this share of the page height above the page's foot may have
 *                           its last row go on at the top of the next page
 */
public record LayoutConfig(float cellGapEm, int minTableLines, float rowBreakEm, float topBand, float bottomBand,
                           float lineTolerance, float cellPadding, float headingSizeRatio,
                           float ruledEdgeTolerance, float alignedEdgeTolerance,
                           float sameSizeRatio, float rowPitchSlack, float minRowPitchShare,
                           float cellLineHeights, float cellLineEm, float columnSlackEm,
                           float minRuleLength, float ruleCoverage, float openCellEm,
                           float pageNumberDrift, float pageNumberSizeRatio, float runOnBelowShare, float runOnGapEm,
                           float ruledBoxSlack, float headerRuleShare, float headerRuleAbove, float headerRuleEm,
                           float headerRulePoints, float ruleMeetTolerance,
                           float lineOverlapShare, float overprintShare, float trailingSpaceSlack, float trailingSpaceEm,
                           float spaceGapCjkEm, float spaceGapMixedEm, float wideGapEm, float latinSpaceEm,
                           float wordJoinEm, float punctuationAirEm, float latinGlyphEm, float cjkLatinSpacingEm,
                           float paragraphSizeRatio, float paragraphGapPitches, float paragraphGapEm,
                           float titleSizeRatio, float titleLineGapEm, float fullLineEm, float wrapSlackEm,
                           float rightAlignedEm, float rightAlignedShare, float centredEm, float centredIndentEm,
                           float insetEm, float indentEm, float sameIndentEm, float hangNumberEm, float hangSlackEm,
                           float nextPageIndentEm,
                           float defaultBodySize, float defaultPitchEm, float pitchSizeTolerance, float maxPitchEm,
                           float pageWidthClass, float marginSizeRatio, double marginStartShare,
                           double fullLineQuantile, int fewMarginLines,
                           float pitchSplitRatio, float snapShare, float snapMin, float snapMax,
                           float columnStartEm, float columnMergeShare, float cellWrapSlackEm, float columnEdgeSlack,
                           float footGapShare) {

    /** The values tuned on Word/WPS exports, the generated corpus and the real documents. */
    public static final LayoutConfig DEFAULTS = new LayoutConfig(0.9f, 3, 3.5f, 0.12f, 0.15f, 2f, 4f, 1.15f, 3f, 8f,
            0.15f, 1.15f, 0.5f,
            1.25f, 0.5f, 0.5f,
            3f, 0.8f, 2.2f,
            3f, 0.1f, 0.5f, 0.6f,
            1f, 0.5f, 1f, 0.8f,
            4f, 2f,
            // lines (LineBuilder)
            0.5f, 0.3f, 0.5f, 1f,
            // spaces and word widths (TextLine)
            0.2f, 0.1f, 0.6f, 0.15f,
            0.15f, 0.3f, 0.55f, 0.2f,
            // paragraphs (ParagraphRules)
            0.1f, 1.35f, 2.2f,
            1.1f, 2.2f, 1.5f, 0.7f,
            5f, 0.3f, 1.5f, 1f,
            4f, 0.8f, 0.5f, 0.3f, 0.5f,
            0.5f,
            // body size, pitch and margins (TextMetrics)
            12f, 1.5f, 0.5f, 3f,
            10f, 0.15f, 0.05,
            0.9, 10,
            // the aligned tables' pitch split, the joiner's column snap
            1.4f, 0.25f, 3f, 8f,
            // aligned tables' columns and cells, a row over a page break
            0.3f, 0.5f, 0.2f, 0.5f,
            0.2f);
}
