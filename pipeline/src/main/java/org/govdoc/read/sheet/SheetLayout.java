package org.govdoc.read.sheet;

import static org.govdoc.read.sheet.SheetCells.key;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.TableBuilder;

/**
 * Lays one sheet out as blocks: a paragraph with the sheet's name, rows above and below the table
 * that hold a single text (a title row, "单位：万元", a note under the table) as paragraphs, and the
 * rows between them as one table, merged regions as spans. A sheet without text adds nothing.
 *
 * <p>The grid is bounded by the cells actually present, never by the declared extent: only rows and
 * columns holding a text or the corner of a merged region count, and of a run of empty rows or
 * columns between them at most {@link #MAX_EMPTY_RUN} are kept (ordinary sheets keep every empty row
 * and column, as before). So a 2 KB sheet with one cell at XFD1048576, or a merged region over
 * A1:XFD1048576, is laid out in time and memory proportional to its cells (issue 18, hole 8).
 */
final class SheetLayout {

    /** Empty rows or columns kept of a longer run between the rows or columns that hold something. */
    static final int MAX_EMPTY_RUN = 32;

    private SheetLayout() {
    }

    /**
     * @param merged the sheet's merged regions in file order (a later region starting at the same
     *               cell replaces an earlier one)
     */
    static void write(String sheetName, List<CellRangeAddress> merged, SheetCells cells, DocumentBuilder out) {
        if (cells.isEmpty()) {
            return;
        }
        Map<Long, CellRangeAddress> mergedAt = new HashMap<>();
        for (CellRangeAddress r : merged) {
            mergedAt.put(key(r.getFirstRow(), r.getFirstColumn()), r);
        }
        int firstRow = cells.firstRow();
        int lastRow = cells.lastRow();
        int firstCol = cells.firstCol();
        int lastCol = cells.lastCol();
        for (CellRangeAddress r : mergedAt.values()) {
            if (cells.hasText(r.getFirstRow(), r.getFirstColumn())) {
                lastRow = Math.max(lastRow, r.getLastRow());
                lastCol = Math.max(lastCol, r.getLastColumn());
            }
        }
        Set<Integer> usedRows = new HashSet<>(cells.rows());
        Set<Integer> usedCols = new HashSet<>(cells.cols());
        for (CellRangeAddress r : mergedAt.values()) {
            usedRows.add(r.getFirstRow());
            usedCols.add(r.getFirstColumn());
        }
        int[] rows = axis(firstRow, lastRow, usedRows);
        int[] cols = axis(firstCol, lastCol, usedCols);
        // the positions covered by a merged region (not its first cell), on the kept rows and columns only
        Set<Long> covered = new HashSet<>();
        for (CellRangeAddress r : merged) {
            for (int i = from(rows, r.getFirstRow()); i < rows.length && rows[i] <= r.getLastRow(); i++) {
                for (int j = from(cols, r.getFirstColumn()); j < cols.length && cols[j] <= r.getLastColumn(); j++) {
                    if (rows[i] != r.getFirstRow() || cols[j] != r.getFirstColumn()) {
                        covered.add(key(rows[i], cols[j]));
                    }
                }
            }
        }
        // leading and trailing single-text rows are paragraphs
        int top = 0;
        List<String> leading = new ArrayList<>();
        while (top < rows.length && singleTextRow(rows[top], cells, mergedAt, cols)) {
            if (cells.textsInRow(rows[top]) > 0) {
                leading.add(rowText(rows[top], cells, cols));
            }
            top++;
        }
        int bottom = rows.length - 1;
        List<String> trailing = new ArrayList<>();
        while (bottom >= top && singleTextRow(rows[bottom], cells, mergedAt, cols)
                && !coveredFromAbove(rows[bottom], covered, cols)) {
            if (cells.textsInRow(rows[bottom]) > 0) {
                trailing.add(0, rowText(rows[bottom], cells, cols));
            }
            bottom--;
        }
        out.paragraph(sheetName, null);
        for (String p : leading) {
            out.paragraph(p, null);
        }
        TableBuilder tb = new TableBuilder();
        for (int i = top; i <= bottom; i++) {
            int r = rows[i];
            tb.row();
            for (int j = 0; j < cols.length; j++) {
                int c = cols[j];
                long k = key(r, c);
                if (covered.contains(k)) {
                    continue;
                }
                CellRangeAddress m = mergedAt.get(k);
                int rowSpan = m == null ? 1 : upTo(rows, m.getLastRow(), bottom) - i + 1;
                int colSpan = m == null ? 1 : upTo(cols, m.getLastColumn(), cols.length - 1) - j + 1;
                String text = cells.text(r, c);
                if (text == null && m == null && cells.textsInRow(r) == 0) {
                    continue; // an empty row: no cells, dropped by the builder
                }
                tb.cellAt(j, text == null ? "" : text, rowSpan, colSpan);
            }
        }
        out.table(tb);
        for (String p : trailing) {
            out.paragraph(p, null);
        }
    }

    /**
     * The rows (or columns) from {@code first} to {@code last} that are laid out: every used one, and
     * of each run of unused ones the first {@link #MAX_EMPTY_RUN}.
     */
    static int[] axis(int first, int last, Set<Integer> used) {
        TreeSet<Integer> inRange = new TreeSet<>();
        for (int u : used) {
            if (u >= first && u <= last) {
                inRange.add(u);
            }
        }
        inRange.add(first);
        List<Integer> kept = new ArrayList<>();
        int previous = first - 1;
        for (int u : inRange) {
            for (int e = previous + 1; e < u && e <= previous + MAX_EMPTY_RUN; e++) {
                kept.add(e);
            }
            kept.add(u);
            previous = u;
        }
        for (int e = previous + 1; e <= last && e <= previous + MAX_EMPTY_RUN; e++) {
            kept.add(e);
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the first kept position at or after {@code value}. */
    private static int from(int[] axis, int value) {
        int i = Arrays.binarySearch(axis, value);
        return i >= 0 ? i : -i - 1;
    }

    /** The index of the last kept position at or before {@code value}, at most {@code limit}. */
    private static int upTo(int[] axis, int value, int limit) {
        int i = Arrays.binarySearch(axis, value);
        return Math.min(limit, i >= 0 ? i : -i - 2);
    }

    /** At most one text in the row and no merged region reaching down from or into it. */
    private static boolean singleTextRow(int row, SheetCells cells, Map<Long, CellRangeAddress> mergedAt, int[] cols) {
        if (cells.textsInRow(row) > 1) {
            return false;
        }
        for (int c : cols) {
            CellRangeAddress m = mergedAt.get(key(row, c));
            if (m != null && m.getLastRow() > row) {
                return false;
            }
        }
        return true;
    }

    private static boolean coveredFromAbove(int row, Set<Long> covered, int[] cols) {
        for (int c : cols) {
            if (covered.contains(key(row, c))) {
                return true;
            }
        }
        return false;
    }

    private static String rowText(int row, SheetCells cells, int[] cols) {
        for (int c : cols) {
            String t = cells.text(row, c);
            if (t != null) {
                return t;
            }
        }
        return "";
    }
}
