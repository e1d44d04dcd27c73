package org.govdoc.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normaliser for Chinese text. Extractors keep the original text of every value and
 * use these forms only for matching and for typed values.
 */
public final class ChineseText {

    private static final Pattern SPACE_BETWEEN_CJK =
            Pattern.compile("(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\uFF01-\\uFF60])[ \\t\\u00A0\\u3000]+"
                    + "(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\uFF01-\\uFF60])");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    /** A year between any kind of bracket, as in 发文字号: 〔2023〕 [2023] 【2023】 （2023） ﹝2023﹞. */
    private static final Pattern BRACKETED_YEAR =
            Pattern.compile("[\\[【（(〔﹝［〖]\\s*((?:19|20|21|22)\\d{2})\\s*[\\]】）)〕﹞］〗]");

    private ChineseText() {
    }

    /** True for Han ideographs. */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Full-width ASCII forms (Ａ１：，) to their half-width twins and the ideographic space to a space. */
    public static String toHalfWidth(String s) {
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

    /** Removes spaces standing between two Chinese characters or punctuation marks (PDF and OCR artefacts). */
    public static String removeSpacesInsideCjk(String s) {
        return s == null ? null : SPACE_BETWEEN_CJK.matcher(s).replaceAll("");
    }

    /** Runs of whitespace (line breaks included) to one space, trimmed. */
    public static String collapseWhitespace(String s) {
        return s == null ? null : WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /** Removes all whitespace. */
    public static String removeWhitespace(String s) {
        return s == null ? null : WHITESPACE.matcher(s).replaceAll("");
    }

    /** Brackets around a year (发文字号) folded to 〔〕: 东营商办发[2023]7号 → 东营商办发〔2023〕7号. */
    public static String foldYearBrackets(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = BRACKETED_YEAR.matcher(s);
        return m.replaceAll("〔$1〕");
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
        return foldYearBrackets(collapseWhitespace(removeSpacesInsideCjk(toHalfWidth(s))));
    }

    /** {@link #normalize(String)} without any whitespace at all: for comparing labels and keys. */
    public static String key(String s) {
        return s == null ? null : removeWhitespace(normalize(s));
    }
}
