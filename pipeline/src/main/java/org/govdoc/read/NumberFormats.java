package org.govdoc.read;

import java.util.Locale;

/**
 * Renders list counters the way word processors print them, by OOXML number format name
 * ({@code w:numFmt}): decimal, roman, letters, and the Chinese forms government documents use
 * (chineseCounting 一二三, chineseLegalSimplified 壹贰叁, ideographTraditional 甲乙丙, circled ①).
 */
public final class NumberFormats {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String TIANGAN = "甲乙丙丁戊己庚辛壬癸";
    private static final String DIZHI = "子丑寅卯辰巳午未申酉戌亥";

    private NumberFormats() {
    }

    /**
     * The counter {@code n} (1-based) in the given format; null for bullets (no number to keep),
     * "" for format "none".
     */
    public static String format(String numFmt, int n) {
        String f = numFmt == null ? "decimal" : numFmt;
        return switch (f) {
            case "bullet" -> null;
            case "none" -> "";
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "taiwaneseCountingThousand", "ideographDigital", "koreanCounting" -> chinese(n, DIGITS, "十百千");
            case "chineseLegalSimplified", "ideographLegalTraditional" -> chinese(n, LEGAL, "拾佰仟");
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(TIANGAN.charAt(n - 1)) : String.valueOf(n);
            case "ideographZodiac" -> n >= 1 && n <= 12 ? String.valueOf(DIZHI.charAt(n - 1)) : String.valueOf(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : n + ".";
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
            default -> String.valueOf(n);
        };
    }

    /** 1..9999 in Chinese counting: 十, 十一, 二十, 一百零五, 一千二百. */
    static String chinese(int n, String digits, String units) {
        if (n <= 0 || n > 9999) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            // 十, 十一 … 十九 (not 一十一)
            return units.charAt(0) + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        StringBuilder b = new StringBuilder();
        int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        char[] unit = {units.charAt(2), units.charAt(1), units.charAt(0), 0};
        boolean zero = false;
        boolean started = false;
        for (int i = 0; i < 4; i++) {
            int d = parts[i];
            if (d == 0) {
                zero = started;
                continue;
            }
            if (zero) {
                b.append(digits.charAt(0));
                zero = false;
            }
            b.append(digits.charAt(d));
            if (unit[i] != 0) {
                b.append(unit[i]);
            }
            started = true;
        }
        return b.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return String.valueOf(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                b.append(s[i]);
                n -= v[i];
            }
        }
        return b.toString();
    }

    /** A, B … Z, AA, BB … (Word repeats the letter). */
    private static String letters(int n) {
        if (n <= 0) {
            return String.valueOf(n);
        }
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String fullWidth(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            b.append((char) (c - '0' + '０'));
        }
        return b.toString();
    }
}
