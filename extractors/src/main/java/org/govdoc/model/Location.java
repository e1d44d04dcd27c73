package org.govdoc.model;

/**
 * Where a block, a cell or an extracted value stands in its document.
 *
 * @param page   1-based page number where the format has pages, else null
 * @param block  0-based index of the block in {@link Document#blocks()}
 * @param table  0-based index of the table among the document's tables, null outside tables
 * @param row    0-based row index inside the table, null outside tables
 * @param column 0-based grid column of the cell (spans counted), null outside tables
 *
 * <p>The model knows nothing of JSON: that a location's absent parts are left out of the record
 * is said once, in {@link org.govdoc.record.RecordJson}.
 */
public record Location(Integer page, Integer block, Integer table, Integer row, Integer column) {

    public static Location ofBlock(Integer page, int block) {
        return new Location(page, block, null, null, null);
    }

    public static Location ofCell(Integer page, int block, int table, int row, int column) {
        return new Location(page, block, table, row, column);
    }

    /** The same location on another page (rows of a table continued over pages). */
    public Location withPage(Integer newPage) {
        return new Location(newPage, block, table, row, column);
    }
}
