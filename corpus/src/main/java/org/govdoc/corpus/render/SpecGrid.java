package org.govdoc.corpus.render;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.govdoc.corpus.spec.SpecBlock;

/**
 * A spec table placed on its grid the way HTML places cells: each cell goes to the next grid
 * position of its row not covered by a cell spanning down from above. Every renderer that needs
 * grid columns (DOCX, XLSX, TXT) uses this one placement.
 */
public final class SpecGrid {

    /** A cell at its grid position. */
    public record Placed(SpecBlock.Cell cell, int row, int column) {
        public int rowSpan() {
            return Math.max(1, cell.rowSpan());
        }

        public int colSpan() {
            return Math.max(1, cell.colSpan());
        }
    }

    private final List<List<Placed>> rows;
    private final Placed[][] owners;
    private final int columns;

    public SpecGrid(SpecBlock.Table table) {
        List<List<SpecBlock.Cell>> spec = table.rows();
        List<BitSet> occupied = new ArrayList<>();
        rows = new ArrayList<>();
        int cols = 0;
        for (int r = 0; r < spec.size(); r++) {
            while (occupied.size() <= r) {
                occupied.add(new BitSet());
            }
            List<Placed> placed = new ArrayList<>();
            for (SpecBlock.Cell c : spec.get(r)) {
                int col = occupied.get(r).nextClearBit(0);
                Placed p = new Placed(c, r, col);
                int lastRow = Math.min(spec.size() - 1, r + p.rowSpan() - 1);
                for (int rr = r; rr <= lastRow; rr++) {
                    while (occupied.size() <= rr) {
                        occupied.add(new BitSet());
                    }
                    occupied.get(rr).set(col, col + p.colSpan());
                }
                cols = Math.max(cols, col + p.colSpan());
                placed.add(p);
            }
            rows.add(placed);
        }
        columns = cols;
        owners = new Placed[spec.size()][cols];
        for (List<Placed> row : rows) {
            for (Placed p : row) {
                for (int rr = p.row(); rr < Math.min(spec.size(), p.row() + p.rowSpan()); rr++) {
                    for (int cc = p.column(); cc < p.column() + p.colSpan(); cc++) {
                        owners[rr][cc] = p;
                    }
                }
            }
        }
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return columns;
    }

    /** The cells that start in a row, left to right. */
    public List<Placed> cellsStartingIn(int row) {
        return rows.get(row);
    }

    /** The cell covering a grid position, or null where no cell covers it. */
    public Placed owner(int row, int column) {
        return column < columns ? owners[row][column] : null;
    }
}
