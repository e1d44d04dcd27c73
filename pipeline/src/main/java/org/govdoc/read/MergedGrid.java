package org.govdoc.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables as word processors store them: each row lists its cells with a grid column and a column
 * span, and a vertically merged cell appears in every row it covers, marked "restart" in the first
 * and "continue" below. This class turns that into cells with row spans, the continued parts
 * dropped, and feeds them to a {@link TableBuilder}. Used by the DOCX and DOC readers.
 */
public final class MergedGrid {

    /** Vertical merge state of a stored cell. */
    public enum Merge { NONE, RESTART, CONTINUE }

    /** A stored cell: text, grid column, column span, vertical merge state. */
    public record Slot(String text, int column, int span, Merge merge) {
    }

    private final List<List<Slot>> rows = new ArrayList<>();

    /** Starts a new stored row. */
    public MergedGrid row() {
        rows.add(new ArrayList<>());
        return this;
    }

    public MergedGrid add(Slot slot) {
        if (rows.isEmpty()) {
            row();
        }
        rows.get(rows.size() - 1).add(slot);
        return this;
    }

    /** The last slot of the current row (for legacy horizontal merges that widen it), or null. */
    public Slot removeLast() {
        if (rows.isEmpty() || rows.get(rows.size() - 1).isEmpty()) {
            return null;
        }
        List<Slot> r = rows.get(rows.size() - 1);
        return r.remove(r.size() - 1);
    }

    /**
     * The table: a "continue" cell directly below a merged cell at the same grid column extends
     * that cell's row span; a "continue" with nothing to continue is kept as an ordinary cell.
     */
    public TableBuilder toTable() {
        TableBuilder tb = new TableBuilder();
        for (int r = 0; r < rows.size(); r++) {
            tb.row();
            for (Slot s : rows.get(r)) {
                if (s.merge() == Merge.CONTINUE && continuesAbove(r, s)) {
                    continue;
                }
                int rowSpan = 1;
                if (s.merge() != Merge.NONE) {
                    while (r + rowSpan < rows.size() && hasContinue(rows.get(r + rowSpan), s.column())) {
                        rowSpan++;
                    }
                }
                tb.cellAt(s.column(), s.text(), rowSpan, s.span());
            }
        }
        return tb;
    }

    private boolean continuesAbove(int r, Slot s) {
        if (r == 0) {
            return false;
        }
        for (Slot above : rows.get(r - 1)) {
            if (above.column() == s.column() && above.merge() != Merge.NONE) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasContinue(List<Slot> row, int column) {
        for (Slot s : row) {
            if (s.column() == column) {
                return s.merge() == Merge.CONTINUE;
            }
        }
        return false;
    }
}
