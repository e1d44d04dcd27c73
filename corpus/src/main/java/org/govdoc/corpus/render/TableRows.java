package org.govdoc.corpus.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.govdoc.corpus.render.SpecGrid.Placed;

/**
 * The rows of a rendered table: their heights from the wrapped lines of their cells, and the groups
 * of rows that must stay on one page. Used by every fixed-layout renderer (PDF here, OFD in the
 * tests), as {@link ColumnAutofit} for the columns.
 */
public final class TableRows {

    private TableRows() {
    }

    /**
     * Row heights: each row as high as its tallest one-row cell ({@code lines × lineHeight + 2 × pad},
     * at least one line); a cell spanning rows that do not hold its lines makes the last of them higher.
     *
     * @param lines the number of wrapped lines of a placed cell
     */
    public static float[] heights(List<Placed> placed, ToIntFunction<Placed> lines, int rows, float lineHeight, float pad) {
        float[] heights = new float[rows];
        for (int r = 0; r < rows; r++) {
            heights[r] = lineHeight + 2 * pad;
        }
        for (Placed p : placed) {
            if (p.rowSpan() == 1) {
                heights[p.row()] = Math.max(heights[p.row()], lines.applyAsInt(p) * lineHeight + 2 * pad);
            }
        }
        for (Placed p : placed) {
            int rs = Math.min(p.rowSpan(), rows - p.row());
            if (rs > 1) {
                float need = lines.applyAsInt(p) * lineHeight + 2 * pad;
                float have = 0;
                for (int r = p.row(); r < p.row() + rs; r++) {
                    have += heights[r];
                }
                if (need > have) {
                    heights[p.row() + rs - 1] += need - have;
                }
            }
        }
        return heights;
    }

    /**
     * The groups of rows that stay on one page, top to bottom, each {@code {from, to}} (to exclusive):
     * the header rows together, and each row with the rows its cells span into.
     */
    public static List<int[]> pageGroups(List<Placed> placed, int rows, int headerRows) {
        int header = Math.min(headerRows, rows);
        int[] groupEnd = new int[rows];
        for (int r = 0; r < rows; r++) {
            groupEnd[r] = r + 1;
        }
        for (Placed p : placed) {
            groupEnd[p.row()] = Math.max(groupEnd[p.row()], Math.min(rows, p.row() + p.rowSpan()));
        }
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        while (start < rows) {
            int end = header > 0 && start == 0 ? header : groupEnd[start];
            for (int r = start; r < end; r++) {
                end = Math.max(end, groupEnd[r]);
            }
            groups.add(new int[] {start, end});
            start = end;
        }
        return groups;
    }

    /** Receives the frame of a placed cell: its top-left and bottom-right corners on the page. */
    @FunctionalInterface
    public interface CellFrame {
        void at(Placed cell, float x1, float y1, float x2, float y2);
    }

    /**
     * Lays out rows {@code [from, to)} top to bottom from {@code y}: gives every placed cell that
     * starts in them its frame (a row span is cut at {@code to}) and returns the y below the last row.
     *
     * @param xs the column edges (one more than the columns)
     */
    public static float layOut(List<Placed> placed, int from, int to, float[] xs, float[] heights, float y, CellFrame frame) {
        float[] top = new float[to - from + 1];
        top[0] = y;
        for (int r = from; r < to; r++) {
            top[r - from + 1] = top[r - from] + heights[r];
        }
        for (Placed p : placed) {
            if (p.row() < from || p.row() >= to) {
                continue;
            }
            int lastRow = Math.min(to, p.row() + p.rowSpan());
            frame.at(p, xs[p.column()], top[p.row() - from], xs[Math.min(xs.length - 1, p.column() + p.colSpan())],
                    top[lastRow - from]);
        }
        return top[to - from];
    }
}
