package org.govdoc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A table: rows of cells with their spans.
 *
 * @param index    0-based index of the table among the document's tables
 * @param rows     the rows, top to bottom
 * @param location where the table starts (page of its first row)
 */
public record Table(int index, List<Row> rows, Location location) implements Block {

    public Table {
        rows = List.copyOf(rows);
    }

    /** Number of grid columns: the widest row, spans counted. */
    public int columnCount() {
        int max = 0;
        for (Row r : rows) {
            for (Cell c : r.cells()) {
                max = Math.max(max, c.column() + c.colSpan());
            }
        }
        return max;
    }

    /**
     * The table as a rectangular grid: every position holds the cell that covers it (a merged
     * cell fills every position of its span), or empty where no cell covers it.
     */
    public List<List<Optional<Cell>>> grid() {
        int cols = columnCount();
        List<Cell[]> g = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            g.add(new Cell[cols]);
        }
        for (Row r : rows) {
            for (Cell c : r.cells()) {
                for (int dr = 0; dr < c.rowSpan() && c.row() + dr < rows.size(); dr++) {
                    for (int dc = 0; dc < c.colSpan() && c.column() + dc < cols; dc++) {
                        g.get(c.row() + dr)[c.column() + dc] = c;
                    }
                }
            }
        }
        List<List<Optional<Cell>>> out = new ArrayList<>(g.size());
        for (Cell[] line : g) {
            List<Optional<Cell>> l = new ArrayList<>(cols);
            for (Cell c : line) {
                l.add(Optional.ofNullable(c));
            }
            out.add(List.copyOf(l));
        }
        return List.copyOf(out);
    }

    /** Rows as tab-separated lines of the cells that start in them; line breaks in cells become spaces. */
    @Override
    public String text() {
        return rows.stream()
                .map(r -> r.cells().stream()
                        .map(c -> c.text().replace('\n', ' ').replace('\t', ' '))
                        .collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n"));
    }
}
