package org.govdoc.model;

import java.util.List;

/**
 * One row of a table.
 *
 * @param index 0-based row index in the table
 * @param page  1-based page the row stands on (tables may continue over pages), null without pages
 * @param cells the cells that start in this row, left to right
 */
public record Row(int index, Integer page, List<Cell> cells) {

    public Row {
        cells = List.copyOf(cells);
    }
}
