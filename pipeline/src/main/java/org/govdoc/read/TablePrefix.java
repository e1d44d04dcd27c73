package org.govdoc.read;

import java.util.ArrayList;
import java.util.List;
import org.govdoc.model.Cell;
import org.govdoc.model.Location;
import org.govdoc.model.Row;
import org.govdoc.model.Table;

/**
 * The first rows of a table whose {@linkplain Table#text() text} fits in a number of characters: whole
 * rows while they fit, then of the first row that does not, its cells while they fit and the part of
 * the next cell that fits. Row spans reaching past the last row kept are cut to it.
 *
 * @param table the rows kept; null when not even one character of a cell fits
 * @param at    where the table was cut: the row of the first text left out, and its column when part of
 *              that row was kept
 */
record TablePrefix(Table table, Location at) {

    static TablePrefix of(Table t, long room) {
        List<Row> kept = new ArrayList<>();
        long used = 0;
        for (Row r : t.rows()) {
            int sep = kept.isEmpty() ? 0 : 1;
            long line = lineLength(r);
            if (used + sep + line <= room) {
                kept.add(r);
                used += sep + line;
                continue;
            }
            long left = room - used - sep;
            List<Cell> cells = new ArrayList<>();
            Location at = new Location(r.page(), blockOf(t), t.index(), r.index(), null);
            for (Cell c : r.cells()) {
                long cellSep = cells.isEmpty() ? 0 : 1;
                if (cellSep + c.text().length() <= left) {
                    cells.add(c);
                    left -= cellSep + c.text().length();
                    continue;
                }
                int part = (int) Math.max(0, left - cellSep);
                if (part > 0 && Character.isHighSurrogate(c.text().charAt(part - 1))) {
                    part--;
                }
                if (part > 0) {
                    cells.add(new Cell(c.text().substring(0, part), c.row(), c.column(), c.rowSpan(), c.colSpan(),
                            c.location(), c.ocrDigits()));
                }
                if (!cells.isEmpty()) {
                    at = new Location(r.page(), blockOf(t), t.index(), r.index(), c.column()); // within the row
                }
                break;
            }
            if (!cells.isEmpty()) {
                kept.add(new Row(r.index(), r.page(), cells));
            }
            return new TablePrefix(kept.isEmpty() ? null : rows(t, kept), at);
        }
        return new TablePrefix(t, null);
    }

    /** The length of a row's line in the table's text: its cells' texts and the tabs between them. */
    static long lineLength(Row r) {
        long n = Math.max(0, r.cells().size() - 1);
        for (Cell c : r.cells()) {
            n += c.text().length();
        }
        return n;
    }

    private static Integer blockOf(Table t) {
        return t.location() == null ? null : t.location().block();
    }

    /** The table with only these (first) rows, row spans cut to them. */
    private static Table rows(Table t, List<Row> kept) {
        int count = kept.size();
        List<Row> out = new ArrayList<>(count);
        for (Row r : kept) {
            List<Cell> cells = new ArrayList<>(r.cells().size());
            for (Cell c : r.cells()) {
                int span = Math.min(c.rowSpan(), count - c.row());
                cells.add(span == c.rowSpan() ? c
                        : new Cell(c.text(), c.row(), c.column(), span, c.colSpan(), c.location(), c.ocrDigits()));
            }
            out.add(new Row(r.index(), r.page(), cells));
        }
        return new Table(t.index(), out, t.location());
    }
}
