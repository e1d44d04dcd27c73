package org.govdoc.read.sheet;

import static org.govdoc.read.sheet.SheetCells.key;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.TableBuilder;

/**
 * Lays one sheet out as blocks: a paragraph with the sheet's name, rows above and below the table
 * that hold a single text (a title row, "单位：万元", a note under the table) as paragraphs, and the
 * rows between them as one table, merged regions as spans. A sheet without text adds nothing.
 */
final class SheetLayout {

    private SheetLayout() {
    }

    /**
     * @param merged the sheet's merged regions in file order (a later region starting at the same
     *               cell replaces an earlier one)
     */
    static void write(String sheetName, List<CellRangeAddress> merged, SheetCells cells, DocumentBuilder out) {
        Map<Long, CellRangeAddress> mergedAt = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        for (CellRangeAddress r : merged) {
            mergedAt.put(key(r.getFirstRow(), r.getFirstColumn()), r);
            for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
                for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
                    if (row != r.getFirstRow() || col != r.getFirstColumn()) {
                        covered.add(key(row, col));
                    }
                }
            }
        }
        if (cells.isEmpty()) {
            return;
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
        // leading and trailing single-text rows are paragraphs
        int top = firstRow;
        List<String> leading = new ArrayList<>();
        while (top <= lastRow && singleTextRow(top, cells, mergedAt, firstCol, lastCol)) {
            if (cells.textsInRow(top) > 0) {
                leading.add(rowText(top, cells, firstCol, lastCol));
            }
            top++;
        }
        int bottom = lastRow;
        List<String> trailing = new ArrayList<>();
        while (bottom >= top && singleTextRow(bottom, cells, mergedAt, firstCol, lastCol)
                && !coveredFromAbove(bottom, covered, firstCol, lastCol)) {
            if (cells.textsInRow(bottom) > 0) {
                trailing.add(0, rowText(bottom, cells, firstCol, lastCol));
            }
            bottom--;
        }
        out.paragraph(sheetName, null);
        for (String p : leading) {
            out.paragraph(p, null);
        }
        TableBuilder tb = new TableBuilder();
        for (int r = top; r <= bottom; r++) {
            tb.row();
            for (int c = firstCol; c <= lastCol; c++) {
                long k = key(r, c);
                if (covered.contains(k)) {
                    continue;
                }
                CellRangeAddress m = mergedAt.get(k);
                int rowSpan = m == null ? 1 : Math.min(m.getLastRow(), bottom) - r + 1;
                int colSpan = m == null ? 1 : Math.min(m.getLastColumn(), lastCol) - c + 1;
                String text = cells.text(r, c);
                if (text == null && m == null && cells.textsInRow(r) == 0) {
                    continue; // an empty row: no cells, dropped by the builder
                }
                tb.cellAt(c - firstCol, text == null ? "" : text, rowSpan, colSpan);
            }
        }
        out.table(tb);
        for (String p : trailing) {
            out.paragraph(p, null);
        }
    }

    /** At most one text in the row and no merged region reaching down from or into it. */
    private static boolean singleTextRow(int row, SheetCells cells, Map<Long, CellRangeAddress> mergedAt,
                                         int firstCol, int lastCol) {
        if (cells.textsInRow(row) > 1) {
            return false;
        }
        for (int c = firstCol; c <= lastCol; c++) {
            CellRangeAddress m = mergedAt.get(key(row, c));
            if (m != null && m.getLastRow() > row) {
                return false;
            }
        }
        return true;
    }

    private static boolean coveredFromAbove(int row, Set<Long> covered, int firstCol, int lastCol) {
        for (int c = firstCol; c <= lastCol; c++) {
            if (covered.contains(key(row, c))) {
                return true;
            }
        }
        return false;
    }

    private static String rowText(int row, SheetCells cells, int firstCol, int lastCol) {
        for (int c = firstCol; c <= lastCol; c++) {
            String t = cells.text(row, c);
            if (t != null) {
                return t;
            }
        }
        return "";
    }
}
