package org.govdoc.model;

import java.util.List;
import java.util.Objects;

/**
 * One cell of a table as it stands in the source. A merged cell appears once, at its top-left
 * grid position, with its spans; the grid positions it covers have no cell of their own.
 * Empty cells are kept (text "").
 *
 * @param text     the cell's text, line breaks inside the cell kept as '\n'
 * @param row      0-based row index
 * @param column   0-based grid column (spans of earlier cells counted)
 * @param rowSpan  rows covered, at least 1
 * @param colSpan  grid columns covered, at least 1
 * @param location page, block, table, row and column of the cell (and its box and OCR confidence)
 * @param ocrDigits the numbers in the cell as OCR read them, with their confidence; empty for text
 *                  that was not recognised
 */
public record Cell(String text, int row, int column, int rowSpan, int colSpan, Location location,
                   List<OcrDigits> ocrDigits) {

    public Cell {
        Objects.requireNonNull(text, "text");
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("spans must be >= 1: " + rowSpan + "x" + colSpan);
        }
        ocrDigits = ocrDigits == null ? List.of() : List.copyOf(ocrDigits);
    }

    /** A cell not read by OCR. */
    public Cell(String text, int row, int column, int rowSpan, int colSpan, Location location) {
        this(text, row, column, rowSpan, colSpan, location, List.of());
    }

    public boolean isEmpty() {
        return text.isBlank();
    }
}
