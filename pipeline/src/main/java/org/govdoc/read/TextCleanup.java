package org.govdoc.read;

/**
 * The small clean-up every reader applies to text taken from a file: line-break variants to '\n',
 * control characters (Word field marks, form feeds, NULs) removed, trailing spaces of each line
 * stripped. It never changes the characters a reader of the document sees; normalisation for
 * matching is {@code ChineseText}'s job.
 */
public final class TextCleanup {

    private TextCleanup() {
    }

    /** Text of a paragraph or a cell: lines kept, control characters dropped, each line stripped
     * of leading and trailing white space (indentation is layout, not text), blank lines at
     * either end dropped. */
    public static String cleanParagraph(String s) {
        return clean(s, false);
    }

    /**
     * Like {@link #cleanParagraph(String)} but leading tabs are kept: in a plain-text line they are
     * the empty leading fields of a tab-separated table row.
     */
    public static String cleanLine(String s) {
        return clean(s, true);
    }

    private static String clean(String s, boolean keepLeadingTabs) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        continue;
                    }
                    b.append('\n');
                }
                case '\u000B', '\u2028', '\u2029', '\u0085' -> b.append('\n');
                case '\n', '\t' -> b.append(c);
                case '\u00A0' -> b.append(' ');
                case '\uFEFF', '\u200B' -> {
                    // BOM and zero-width space carry nothing
                }
                default -> {
                    if (!Character.isISOControl(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return stripLineEnds(b.toString(), keepLeadingTabs);
    }

    private static String stripLineEnds(String s, boolean keepLeadingTabs) {
        String[] lines = s.split("\n", -1);
        StringBuilder b = new StringBuilder(s.length());
        for (String line : lines) {
            if (b.length() > 0 || !line.isBlank()) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(keepLeadingTabs ? stripKeepingLeadingTabs(line) : line.strip());
            }
        }
        // drop trailing empty lines
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == '\n') {
            end--;
        }
        return b.substring(0, end);
    }

    private static String stripKeepingLeadingTabs(String line) {
        String t = line.stripTrailing();
        int i = 0;
        while (i < t.length() && t.charAt(i) != '\t' && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return t.substring(i);
    }
}
