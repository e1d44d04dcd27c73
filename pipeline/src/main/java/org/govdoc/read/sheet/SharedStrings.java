package org.govdoc.read.sheet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** The texts of a workbook's shared strings, by index. */
final class SharedStrings {

    private final List<String> texts = new ArrayList<>();
    /** Strings whose runs name fonts by number ({@link RichTextCollector#fontReference()}). */
    private final BitSet fontReferences = new BitSet();

    void add(String text, boolean fontReference) {
        fontReferences.set(texts.size(), fontReference);
        texts.add(text);
    }

    /**
     * The text of a cell's shared string, by the cell's value; like XSSFCell, "" for a value that
     * is not a number or not an index of the table.
     */
    String get(String index) throws NotStreamable {
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return "";
        }
        if (i < 0 || i >= texts.size()) {
            return "";
        }
        if (fontReferences.get(i)) {
            throw new NotStreamable("a shared string with a run font by number");
        }
        return texts.get(i);
    }
}
