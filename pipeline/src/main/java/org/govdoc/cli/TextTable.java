package org.govdoc.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns line up for Chinese text (CJK characters are two columns wide). */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final List<String[]> plain = new ArrayList<>();

    /** Adds a row; {@code shown} may carry markers (ANSI, 【】) that {@code plain} has not. */
    void add(String[] plainCells, String[] shownCells) {
        plain.add(plainCells);
        rows.add(shownCells);
    }

    void add(String... cells) {
        add(cells, cells);
    }

    String render() {
        if (rows.isEmpty()) {
            return "";
        }
        int n = rows.get(0).length;
        int[] width = new int[n];
        for (String[] r : plain) {
            for (int i = 0; i < n - 1; i++) {
                width[i] = Math.max(width[i], width(r[i]));
            }
        }
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i < n; i++) {
                String cell = rows.get(r)[i];
                b.append(cell);
                if (i < n - 1) {
                    b.append(" ".repeat(width[i] - width(plain.get(r)[i]) + 2));
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Display width: East Asian wide characters count two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** The text cut to at most this display width, with … when cut. */
    static int cutIndex(String s, int maxWidth) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = wide(cp) ? 2 : 1;
            if (w + cw > maxWidth) {
                return i;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return s.length();
    }
}
