package org.govdoc.layout;

import java.util.List;

/**
 * A table found on a page (or joined over pages), before block numbering.
 *
 * @param top       top edge on its first page
 * @param bottomGap share of the page height below the table on its last page
 * @param columns  x positions of the column boundaries, left to right (columns + 1 values)
 * @param rows     the cells that start in each row
 * @param rowPages the page of each row
 * @param ruled    found from ruling lines (else from text alignment)
 */
record PageTable(float top, float bottomGap, float[] columns, List<List<RawCell>> rows, List<Integer> rowPages, boolean ruled) {

    /**
     * A cell at its top-left grid position.
     *
     * @param openEnd its last line ran to the cell's right edge (text may go on in a row split over pages)
     * @param lines   how many printed lines the text took
     * @param reading where the cell is on its page and how surely its text was read
     */
    record RawCell(String text, int row, int column, int rowSpan, int colSpan, boolean openEnd, int lines,
                   BoxReading reading) {

        RawCell {
            reading = reading == null ? BoxReading.NONE : reading;
        }

        /** A cell whose region is not known. */
        RawCell(String text, int row, int column, int rowSpan, int colSpan, boolean openEnd, int lines) {
            this(text, row, column, rowSpan, colSpan, openEnd, lines, BoxReading.NONE);
        }

        RawCell moved(int newRow, int newColumn, int newColSpan) {
            return new RawCell(text, newRow, newColumn, rowSpan, newColSpan, openEnd, lines, reading);
        }
    }

    PageTable {
        rows = rows.stream().map(List::copyOf).toList();
        rowPages = List.copyOf(rowPages);
    }

    int columnCount() {
        return columns.length - 1;
    }

    int firstPage() {
        return rowPages.get(0);
    }

    int lastPage() {
        return rowPages.get(rowPages.size() - 1);
    }
}
