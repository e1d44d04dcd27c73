package org.govdoc.text;

import java.util.regex.Pattern;

/**
 * The regular-expression implementation {@link ChineseText} was first written with, kept as the
 * oracle its single-pass methods are tested against.
 */
final class ChineseTextOracle {

    private static final Pattern SPACE_BETWEEN_CJK =
            Pattern.compile("(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\uFF01-\\uFF60])[ \\t\\u00A0\\u3000]+"
                    + "(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\uFF01-\\uFF60])");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern BRACKETED_YEAR =
            Pattern.compile("[\\[【（(〔﹝［〖]\\s*((?:19|20|21|22)\\d{2})\\s*[\\]】）)〕﹞］〗]");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\uFF01-\\uFF60]");

    private ChineseTextOracle() {
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** The class the spaces between Chinese are recognised by, as the regular expression reads it. */
    static boolean isCjk(int codePoint) {
        return CJK.matcher(new String(Character.toChars(codePoint))).matches();
    }

    static String toHalfWidth(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                b.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String removeSpacesInsideCjk(String s) {
        return s == null ? null : SPACE_BETWEEN_CJK.matcher(s).replaceAll("");
    }

    static String collapseWhitespace(String s) {
        return s == null ? null : WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    static String removeWhitespace(String s) {
        return s == null ? null : WHITESPACE.matcher(s).replaceAll("");
    }

    static String foldYearBrackets(String s) {
        return s == null ? null : BRACKETED_YEAR.matcher(s).replaceAll("〔$1〕");
    }

    static String normalize(String s) {
        return s == null ? null : foldYearBrackets(collapseWhitespace(removeSpacesInsideCjk(toHalfWidth(s))));
    }

    static String key(String s) {
        return s == null ? null : removeWhitespace(normalize(s));
    }
}
