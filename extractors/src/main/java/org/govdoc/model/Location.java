package org.govdoc.model;

/**
 * Where a block, a cell or an extracted value stands in its document.
 *
 * @param page       1-based page number where the format has pages, else null
 * @param block      0-based index of the block in {@link Document#blocks()}
 * @param table      0-based index of the table among the document's tables, null outside tables
 * @param row        0-based row index inside the table, null outside tables
 * @param column     0-based grid column of the cell (spans counted), null outside tables
 * @param box        the region of the block or cell on its page ({@link Box}: points from the
 *                   page's top-left), null for formats without pages (DOCX, HTML, XLSX, TXT …)
 * @param confidence for text read by OCR, the lowest probability the recogniser gave any
 *                   character of the block or cell (0..1, rounded to 0.001); null for text that
 *                   was not recognised
 *
 * <p>The model knows nothing of JSON: that a location's absent parts are left out of the record
 * is said once, in {@link org.govdoc.record.RecordJson}.
 */
public record Location(Integer page, Integer block, Integer table, Integer row, Integer column, Box box,
                       Double confidence) {

    public Location {
        if (confidence != null) {
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
            }
            confidence = Math.round(confidence * 1000) / 1000.0;
        }
    }

    /** A location without box and confidence (formats without pages, or a position and no more). */
    public Location(Integer page, Integer block, Integer table, Integer row, Integer column) {
        this(page, block, table, row, column, null, null);
    }

    public static Location ofBlock(Integer page, int block) {
        return new Location(page, block, null, null, null);
    }

    public static Location ofCell(Integer page, int block, int table, int row, int column) {
        return new Location(page, block, table, row, column);
    }

    /** The same location on another page (rows of a table continued over pages). */
    public Location withPage(Integer newPage) {
        return new Location(newPage, block, table, row, column, box, confidence);
    }

    /** The same location with this box and OCR confidence (either may be null). */
    public Location withProvenance(Box newBox, Double newConfidence) {
        return new Location(page, block, table, row, column, newBox, newConfidence);
    }

    /** True when the text here was read by OCR. */
    public boolean readByOcr() {
        return confidence != null;
    }
}
