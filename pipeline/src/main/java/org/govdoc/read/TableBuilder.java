package org.govdoc.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.govdoc.model.Box;
import org.govdoc.model.Cell;
import org.govdoc.model.Location;
import org.govdoc.model.Row;
import org.govdoc.model.Table;

/**
 * Builds a {@link Table} row by row. Cells are placed either at an explicit grid column (formats
 * that know it, such as DOCX with gridSpan) or at the next grid position not covered by a cell
 * spanning down from an earlier row (the HTML table model). Overlaps are resolved by moving a cell
 * to the right, never by dropping text.
 *
 * <p>Spans cost what the table has, not what they claim: a row span reaching past the last row
 * started is remembered once and applied to each row as it is started (cut at the last row when
 * built), and a column span is at most {@link #MAX_COLUMNS}. So a 1 KB file declaring a cell
 * spanning a billion rows or columns does not exhaust the heap (issue 18, hole 8).
 */
public final class TableBuilder {

    /** The widest span kept: 16,384 columns, the grid of XLSX (A to XFD), wider than any other format's. */
    public static final int MAX_COLUMNS = 16_384;

    /** Grid columns [from, to) covered down to lastRow by a cell spanning past the rows started so far. */
    private record DownSpan(int from, int to, long lastRow) {
    }

    private record Pending(String text, int column, int rowSpan, int colSpan, BlockReading reading) {
    }

    private record PendingRow(Integer page, List<Pending> cells) {
    }

    private final List<PendingRow> rows = new ArrayList<>();
    /** occupied.get(r) = grid columns of row r covered by a cell (its own or one spanning down). */
    private final List<BitSet> occupied = new ArrayList<>();
    /** Spans reaching rows not started yet. */
    private final List<DownSpan> down = new ArrayList<>();

    /** Starts a new row without pages. */
    public TableBuilder row() {
        return row(null);
    }

    /** Starts a new row on the given 1-based page (null for formats without pages). */
    public TableBuilder row(Integer page) {
        rows.add(new PendingRow(page, new ArrayList<>()));
        occupancy(rows.size() - 1);
        return this;
    }

    /** Adds a 1x1 cell at the next free position of the current row. */
    public TableBuilder cell(String text) {
        return cell(text, 1, 1);
    }

    /** Adds a cell at the next free grid position of the current row. */
    public TableBuilder cell(String text, int rowSpan, int colSpan) {
        BitSet occ = occupancy(current());
        return cellAt(occ.nextClearBit(0), text, rowSpan, colSpan);
    }

    /**
     * Adds a cell at an explicit grid column of the current row; if that position is already
     * covered the cell moves right to the next free position.
     */
    public TableBuilder cellAt(int column, String text, int rowSpan, int colSpan) {
        return cellAt(column, text, rowSpan, colSpan, BlockReading.NONE);
    }

    /**
     * Adds a cell read from a page at an explicit grid column, as
     * {@link #cellAt(int, String, int, int)}, with its box and, for text read by OCR, its confidence.
     */
    public TableBuilder cellAt(int column, String text, int rowSpan, int colSpan, BlockReading reading) {
        int r = current();
        int rs = Math.max(1, rowSpan);
        int cs = Math.min(MAX_COLUMNS, Math.max(1, colSpan));
        BitSet occ = occupancy(r);
        int col = Math.max(0, column);
        while (occ.get(col, col + cs).cardinality() > 0) {
            col = occ.nextClearBit(col + 1);
        }
        long last = (long) r + rs - 1;
        for (int row = r; row <= last && row < occupied.size(); row++) {
            occupied.get(row).set(col, col + cs);
        }
        if (last >= occupied.size()) {
            down.add(new DownSpan(col, col + cs, last)); // applied to the rows below as they are started
        }
        rows.get(r).cells().add(new Pending(TextCleanup.cleanParagraph(text), col, rs, cs, reading));
        return this;
    }

    /** The grid column where the next auto-placed cell of the current row would go. */
    public int nextFreeColumn() {
        return occupancy(current()).nextClearBit(0);
    }

    /** True while no cell at all has been added. */
    public boolean isEmpty() {
        return rows.stream().allMatch(r -> r.cells().isEmpty());
    }

    public int rowCount() {
        return rows.size();
    }

    /**
     * The table. Rows without cells are dropped (and row spans crossing them shortened); row
     * spans reaching past the last row are cut to it. The table's box is the union of its cells'
     * boxes on its first page, its confidence the lowest of its cells'.
     */
    Table build(int tableIndex, int blockIndex) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).cells().isEmpty() || coveredFromAbove(i)) {
                kept.add(i);
            }
        }
        int[] newIndex = new int[rows.size()];
        java.util.Arrays.fill(newIndex, -1);
        for (int k = 0; k < kept.size(); k++) {
            newIndex[kept.get(k)] = k;
        }
        List<Row> out = new ArrayList<>(kept.size());
        Integer firstPage = null;
        Box tableBox = null;
        Double tableConfidence = null;
        for (int k = 0; k < kept.size(); k++) {
            PendingRow pr = rows.get(kept.get(k));
            if (firstPage == null) {
                firstPage = pr.page();
            }
            List<Cell> cells = new ArrayList<>(pr.cells().size());
            List<Pending> sorted = new ArrayList<>(pr.cells());
            sorted.sort(java.util.Comparator.comparingInt(Pending::column));
            for (Pending p : sorted) {
                int origRow = kept.get(k);
                int lastRow = (int) Math.min(rows.size() - 1, (long) origRow + p.rowSpan() - 1);
                int span = 0;
                for (int r = origRow; r <= lastRow; r++) {
                    if (newIndex[r] >= 0) {
                        span++;
                    }
                }
                cells.add(new Cell(p.text(), k, p.column(), Math.max(1, span), p.colSpan(),
                        Location.ofCell(pr.page(), blockIndex, tableIndex, k, p.column())
                                .withProvenance(p.reading().box(), p.reading().confidence()),
                        p.reading().ocrDigits()));
                if (java.util.Objects.equals(pr.page(), firstPage)) {
                    tableBox = union(tableBox, p.reading().box());
                }
                if (p.reading().confidence() != null) {
                    tableConfidence = tableConfidence == null ? p.reading().confidence()
                            : Math.min(tableConfidence, p.reading().confidence());
                }
            }
            out.add(new Row(k, pr.page(), cells));
        }
        return new Table(tableIndex, out, new Location(firstPage, blockIndex, tableIndex, null, null, tableBox,
                tableConfidence));
    }

    /** The smallest box holding both (either may be null). */
    private static Box union(Box a, Box b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Box.ofEdges(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.max(a.right(), b.right()),
                Math.max(a.bottom(), b.bottom()));
    }

    private boolean coveredFromAbove(int row) {
        return row < occupied.size() && !occupied.get(row).isEmpty();
    }

    private int current() {
        if (rows.isEmpty()) {
            row();
        }
        return rows.size() - 1;
    }

    private BitSet occupancy(int row) {
        while (occupied.size() <= row) {
            int next = occupied.size();
            BitSet b = new BitSet();
            down.removeIf(s -> s.lastRow() < next);
            for (DownSpan s : down) {
                b.set(s.from(), s.to());
            }
            occupied.add(b);
        }
        return occupied.get(row);
    }
}
