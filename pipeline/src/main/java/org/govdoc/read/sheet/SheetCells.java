package org.govdoc.read.sheet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The texts of one sheet by position, with the used range: the rows and columns holding a
 * non-blank text. Blank cells are not kept.
 */
final class SheetCells {

    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Integer, Integer> textsPerRow = new HashMap<>();
    private final Set<Integer> cols = new HashSet<>();
    private int firstRow = Integer.MAX_VALUE;
    private int lastRow = -1;
    private int firstCol = Integer.MAX_VALUE;
    private int lastCol = -1;

    /** Adds a cell's displayed text; blank texts are skipped. */
    void add(int row, int col, String text) {
        if (text.isBlank()) {
            return;
        }
        texts.put(key(row, col), text);
        textsPerRow.merge(row, 1, Integer::sum);
        cols.add(col);
        firstRow = Math.min(firstRow, row);
        lastRow = Math.max(lastRow, row);
        firstCol = Math.min(firstCol, col);
        lastCol = Math.max(lastCol, col);
    }

    boolean isEmpty() {
        return lastRow < 0;
    }

    String text(int row, int col) {
        return texts.get(key(row, col));
    }

    boolean hasText(int row, int col) {
        return texts.containsKey(key(row, col));
    }

    /** The rows holding a text. */
    Set<Integer> rows() {
        return textsPerRow.keySet();
    }

    /** The columns holding a text. */
    Set<Integer> cols() {
        return cols;
    }

    int textsInRow(int row) {
        return textsPerRow.getOrDefault(row, 0);
    }

    int firstRow() {
        return firstRow;
    }

    int lastRow() {
        return lastRow;
    }

    int firstCol() {
        return firstCol;
    }

    int lastCol() {
        return lastCol;
    }

    static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
