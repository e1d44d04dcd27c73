package org.govdoc.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govdoc.model.Cell;
import org.govdoc.model.Location;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.govdoc.text.ChineseText;

/**
 * A table read as a rectangular grid: every position answers with the text of the cell covering
 * it, so a merged cell's text is seen at every row and column it spans.
 */
public final class TableView {

    private final Table table;
    private final List<List<Optional<Cell>>> grid;
    /** {@link #key} per position, filled as asked (extractors ask for the same positions many times). */
    private final String[][] keys;
    /** {@link #rowText} per row, filled as asked (each figure and labelled value of a row carries it). */
    private final String[] rowTexts;

    public TableView(Table table) {
        this.table = table;
        this.grid = table.grid();
        this.keys = new String[grid.size()][];
        this.rowTexts = new String[grid.size()];
    }

    public Table table() {
        return table;
    }

    public int rowCount() {
        return grid.size();
    }

    public int columnCount() {
        return grid.isEmpty() ? 0 : grid.get(0).size();
    }

    /** The cell covering a position, if any. */
    public Optional<Cell> cell(int row, int column) {
        if (row < 0 || row >= grid.size() || column < 0 || column >= grid.get(row).size()) {
            return Optional.empty();
        }
        return grid.get(row).get(column);
    }

    /** The text at a position as written (trimmed), "" where no cell covers it. */
    public String text(int row, int column) {
        return cell(row, column).map(c -> c.text().strip()).orElse("");
    }

    /** The text at a position in matching form ({@link ChineseText#key}: no whitespace, half-width). */
    public String key(int row, int column) {
        if (row < 0 || row >= grid.size() || column < 0 || column >= grid.get(row).size()) {
            return ChineseText.key(text(row, column));
        }
        if (keys[row] == null) {
            keys[row] = new String[grid.get(row).size()];
        }
        String k = keys[row][column];
        if (k == null) {
            k = ChineseText.key(text(row, column));
            keys[row][column] = k;
        }
        return k;
    }

    /** True when the position is covered by a cell that starts in an earlier row (a vertical merge). */
    public boolean continuesFromAbove(int row, int column) {
        return cell(row, column).map(c -> c.row() < row).orElse(false);
    }

    /** The distinct cells of a row, left to right (a merged cell once, at its first column in the row). */
    public List<Cell> distinctCells(int row) {
        List<Cell> out = new ArrayList<>();
        if (row < 0 || row >= grid.size()) {
            return out;
        }
        Cell last = null;
        for (Optional<Cell> oc : grid.get(row)) {
            if (oc.isPresent() && oc.get() != last) {
                out.add(oc.get());
                last = oc.get();
            }
        }
        return out;
    }

    /** The row's cells' texts joined by " | ", each merged cell once: the row as context. */
    public String rowText(int row) {
        if (row >= 0 && row < rowTexts.length && rowTexts[row] != null) {
            return rowTexts[row];
        }
        StringBuilder b = new StringBuilder();
        for (Cell c : distinctCells(row)) {
            String t = ChineseText.collapseWhitespace(c.text());
            if (t.isEmpty()) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(" | ");
            }
            b.append(t);
        }
        String text = b.toString();
        if (row >= 0 && row < rowTexts.length) {
            rowTexts[row] = text;
        }
        return text;
    }

    /** The page a row stands on, or the table's page. */
    public Integer page(int row) {
        List<Row> rows = table.rows();
        if (row >= 0 && row < rows.size() && rows.get(row).page() != null) {
            return rows.get(row).page();
        }
        return table.location() == null ? null : table.location().page();
    }

    /**
     * The location of a position: page of its row, the table's block and index, row and column,
     * and the box and OCR confidence of the cell covering it.
     */
    public Location location(int row, int column) {
        Location t = table.location();
        Integer block = t == null ? null : t.block();
        Location cellAt = cell(row, column).map(Cell::location).orElse(null);
        return new Location(page(row), block, table.index(), row, column,
                cellAt == null ? null : cellAt.box(), cellAt == null ? null : cellAt.confidence());
    }
}
