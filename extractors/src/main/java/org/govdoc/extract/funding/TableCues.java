package org.govdoc.extract.funding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govdoc.extract.table.TableView;
import org.govdoc.model.Cell;
import org.govdoc.text.ChineseText;
import org.govdoc.text.MoneyParser;
import org.govdoc.text.NumberParser;

/**
 * The labels around a table's figures, each found once: in a row, the nearest label left of each
 * cell; in a column, the nearest label above each row. A label is a text that is neither a number
 * nor money. Asked cell by cell, a row of n numbers was scanned n times to the left and a column of
 * m numbers m times upwards: a dense sheet of a million numbers took minutes (issue 18, hole 8);
 * here each row and each column is walked once.
 */
final class TableCues {

    private static final int UNKNOWN = -2;

    private final TableView table;
    /** Per grid column: for each row, the row of the nearest label above it, -1 for none, UNKNOWN until asked. */
    private final Map<Integer, int[]> labelAbove = new HashMap<>();

    TableCues(TableView table) {
        this.table = table;
    }

    /** A text in matching form ({@link ChineseText#key}) that is neither a number nor money. */
    static boolean isLabel(String key) {
        return !key.isEmpty() && NumberParser.parseArabic(key).isEmpty() && MoneyParser.findAll(key).isEmpty();
    }

    /** The row of the nearest label above {@code row} in the grid column, -1 when there is none. */
    int labelRowAbove(int row, int column) {
        int[] memo = labelAbove.computeIfAbsent(column, c -> {
            int[] m = new int[table.rowCount() + 1];
            Arrays.fill(m, UNKNOWN);
            return m;
        });
        int r = row;
        while (r > 0 && memo[r] == UNKNOWN && !isLabel(table.key(r - 1, column))) {
            r--;
        }
        int found = r == 0 ? -1 : memo[r] != UNKNOWN ? memo[r] : r - 1;
        for (int x = r; x <= row; x++) {
            memo[x] = found; // no label between x and r, so x sees what r sees
        }
        return found;
    }

    /** The distinct cells of one row with, for each, the nearest label and money-unit label left of it. */
    static final class Row {
        private final List<Cell> cells;
        private final String[] keys;
        private final int[] label;
        private final int[] unitLabel;

        Row(List<Cell> cells) {
            this.cells = cells;
            int n = cells.size();
            keys = new String[n];
            label = new int[n];
            unitLabel = new int[n];
            int lastLabel = -1;
            int lastUnitLabel = -1;
            for (int i = 0; i < n; i++) {
                label[i] = lastLabel;
                unitLabel[i] = lastUnitLabel;
                String k = ChineseText.key(cells.get(i).text());
                keys[i] = k;
                if (isLabel(k)) {
                    lastLabel = i;
                }
                if (k.contains("元") && MoneyParser.findAll(k).isEmpty() && MoneyParser.unitScale(k).isPresent()) {
                    lastUnitLabel = i;
                }
            }
        }

        /** The nearest label left of cell i (its row label), "" if none. */
        String labelLeftOf(int i) {
            return label[i] < 0 ? "" : keys[label[i]];
        }

        /** The cell of {@link #labelLeftOf}, null if none. */
        Cell labelCellLeftOf(int i) {
            return label[i] < 0 ? null : cells.get(label[i]);
        }

        /** The nearest label left of cell i naming a money unit (项目资金（万元）), "" if none. */
        String unitLabelLeftOf(int i) {
            return unitLabel[i] < 0 ? "" : keys[unitLabel[i]];
        }
    }
}
