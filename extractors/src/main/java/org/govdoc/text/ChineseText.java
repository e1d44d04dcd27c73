package org.govdoc.text;

/**
 * The one normaliser for Chinese text. Extractors keep the original text of every value and
 * use these forms only for matching and for typed values.
 *
 * <p>Every method is a single pass over the characters that returns its input unchanged when
 * there is nothing to do. The character classes are those of the regular expressions the
 * methods were first written with (kept as the test oracle):
 * <ul>
 *   <li>whitespace: {@code [\s\u00A0\u3000]}, where {@code \s} is {@code [ \t\n\x0B\f\r]};</li>
 *   <li>spaces inside Chinese: {@code [ \t\u00A0\u3000]};</li>
 *   <li>Chinese around them: {@code [\p{IsHan}\p{InCJKSymbolsAndPunctuation}\uFF01-\uFF60]}, the
 *       character before a space read as a single UTF-16 unit, the one after it as a code point.</li>
 * </ul>
 */
public final class ChineseText {

    private ChineseText() {
    }

    /** True for Han ideographs. */
    public static boolean isHan(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x2E80) {
            return false; // no Han below the CJK Radicals Supplement
        }
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFC) {
            return true; // CJK Unified Ideographs, all assigned to Han
        }
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Han, CJK symbols and punctuation (U+3000..U+303F) or a full-width form U+FF01..U+FF60. */
    static boolean isCjk(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x2E80) {
            return false;
        }
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFC || codePoint >= 0x3000 && codePoint <= 0x303F
                || codePoint >= 0xFF01 && codePoint <= 0xFF60) {
            return true;
        }
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** {@code [\s\u00A0\u3000]}: ASCII whitespace, the no-break space and the ideographic space. */
    static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r';
        }
        return c == '\u00A0' || c == '\u3000';
    }

    /** {@code [ \t\u00A0\u3000]}: the spaces removed between Chinese characters. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000';
    }

    /** {@code \s} of a regular expression: {@code [ \t\n\x0B\f\r]}. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The half-width twin of a full-width ASCII form, a space for the ideographic space, else c itself. */
    static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    /** The code point at i of the half-width form of s. */
    private static int halfWidthCodePointAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? s.codePointAt(i) : halfWidth(c);
    }

    /** Full-width ASCII forms (Ａ１：，) to their half-width twins and the ideographic space to a space. */
    public static String toHalfWidth(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        int i = 0;
        while (i < n && halfWidth(s.charAt(i)) == s.charAt(i)) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            b.append(halfWidth(s.charAt(i)));
        }
        return b.toString();
    }

    /** Removes spaces standing between two Chinese characters or punctuation marks (PDF and OCR artefacts). */
    public static String removeSpacesInsideCjk(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        StringBuilder b = null;
        int copied = 0;
        int i = 1;
        while (i < n) {
            if (!isSpace(s.charAt(i)) || !isCjk(s.charAt(i - 1))) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n && isSpace(s.charAt(e))) {
                e++;
            }
            int end = spacesEnd(s, i, e);
            if (end < 0) {
                i++;
                continue;
            }
            if (b == null) {
                b = new StringBuilder(n);
            }
            b.append(s, copied, i);
            copied = end;
            i = end;
        }
        if (b == null) {
            return s;
        }
        return b.append(s, copied, n).toString();
    }

    /**
     * Where the spaces from {@code start} (a run of them ending at {@code runEnd}) that are followed
     * by Chinese end: the run's end when Chinese follows it, else the last ideographic space inside
     * the run (itself CJK punctuation) after {@code start}; -1 when there is none.
     */
    private static int spacesEnd(String s, int start, int runEnd) {
        if (runEnd < s.length() && isCjk(s.codePointAt(runEnd))) {
            return runEnd;
        }
        for (int k = runEnd - 1; k > start; k--) {
            if (s.charAt(k) == '\u3000') {
                return k;
            }
        }
        return -1;
    }

    /** Runs of whitespace (line breaks included) to one space, trimmed. */
    public static String collapseWhitespace(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        StringBuilder b = null;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isWhitespace(c)) {
                if (b != null) {
                    b.append(c);
                }
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n && isWhitespace(s.charAt(e))) {
                e++;
            }
            if (b == null && (c != ' ' || e != i + 1)) {
                b = new StringBuilder(n).append(s, 0, i);
            }
            if (b != null) {
                b.append(' ');
            }
            i = e;
        }
        return (b == null ? s : b.toString()).strip();
    }

    /** Removes all whitespace. */
    public static String removeWhitespace(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        int i = 0;
        while (i < n && !isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isOpenBracket(char c) {
        return switch (c) {
            case '[', '【', '（', '(', '〔', '﹝', '［', '〖' -> true;
            default -> false;
        };
    }

    private static boolean isCloseBracket(char c) {
        return switch (c) {
            case ']', '】', '）', ')', '〕', '﹞', '］', '〗' -> true;
            default -> false;
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** 19xx, 20xx, 21xx or 22xx in ASCII digits at i. */
    private static boolean isYear(String s, int i) {
        if (i + 4 > s.length()) {
            return false;
        }
        char c0 = s.charAt(i);
        char c1 = s.charAt(i + 1);
        boolean century = c0 == '1' && c1 == '9' || c0 == '2' && c1 >= '0' && c1 <= '2';
        return century && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3));
    }

    /** Brackets around a year (发文字号) folded to 〔〕: 东营商办发[2023]7号 → 东营商办发〔2023〕7号. */
    public static String foldYearBrackets(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        StringBuilder b = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (!isOpenBracket(s.charAt(i))) {
                i++;
                continue;
            }
            int year = i + 1;
            while (year < n && isAsciiSpace(s.charAt(year))) {
                year++;
            }
            if (isYear(s, year)) {
                int close = year + 4;
                while (close < n && isAsciiSpace(s.charAt(close))) {
                    close++;
                }
                if (close < n && isCloseBracket(s.charAt(close))) {
                    if (b == null) {
                        b = new StringBuilder(n);
                    }
                    b.append(s, copied, i).append('〔').append(s, year, year + 4).append('〕');
                    copied = close + 1;
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        if (b == null) {
            return s;
        }
        return b.append(s, copied, n).toString();
    }

    /**
     * The form for matching: half-width ASCII, no spaces inside Chinese, whitespace collapsed,
     * year brackets folded to 〔〕. Chinese punctuation such as ，、：（） is kept half-width
     * only where it has an ASCII twin (：→: （→( ，→,).
     */
    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        return foldYearBrackets(halfWidthCollapsed(s).strip());
    }

    /**
     * {@code collapseWhitespace(removeSpacesInsideCjk(toHalfWidth(s)))} before its final strip, in
     * one pass. In the half-width form no ideographic space is left, so a run of whitespace is
     * removed when it holds only spaces (no line break) and stands between Chinese, and becomes
     * one space otherwise.
     */
    private static String halfWidthCollapsed(String s) {
        int n = s.length();
        StringBuilder b = null;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isWhitespace(c)) {
                char h = halfWidth(c);
                if (b == null && h != c) {
                    b = new StringBuilder(n).append(s, 0, i);
                }
                if (b != null) {
                    b.append(h);
                }
                i++;
                continue;
            }
            boolean spacesOnly = isSpace(c);
            int e = i + 1;
            while (e < n && isWhitespace(s.charAt(e))) {
                spacesOnly &= isSpace(s.charAt(e));
                e++;
            }
            boolean drop = spacesOnly && i > 0 && e < n
                    && isCjk(halfWidth(s.charAt(i - 1))) && isCjk(halfWidthCodePointAt(s, e));
            if (b == null && (drop || c != ' ' || e != i + 1)) {
                b = new StringBuilder(n).append(s, 0, i);
            }
            if (b != null && !drop) {
                b.append(' ');
            }
            i = e;
        }
        return b == null ? s : b.toString();
    }

    /** {@link #normalize(String)} without any whitespace at all: for comparing labels and keys. */
    public static String key(String s) {
        if (s == null) {
            return null;
        }
        // without an opening bracket there is no year to fold: the half-width form without
        // whitespace, trimmed of what strip() trims
        int n = s.length();
        StringBuilder b = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isOpenBracket(c)) {
                return removeWhitespace(normalize(s));
            }
            if (isWhitespace(c)) {
                if (b == null) {
                    b = new StringBuilder(n).append(s, 0, i);
                }
                continue;
            }
            char h = halfWidth(c);
            if (b == null && h != c) {
                b = new StringBuilder(n).append(s, 0, i);
            }
            if (b != null) {
                b.append(h);
            }
        }
        return (b == null ? s : b.toString()).strip();
    }
}
