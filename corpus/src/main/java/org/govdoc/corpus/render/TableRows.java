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
}
