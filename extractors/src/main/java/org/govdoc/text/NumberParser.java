package org.govdoc.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Arabic numbers as written in Chinese documents, and the Chinese multipliers that may follow
 * them. Full-width digits and the full-width point are accepted; thousand separators (1,234.5)
 * are accepted only in groups of three. Chinese numerals (壹佰, 三千) are delegated to
 * {@link ChineseNumerals} so there is one parser per notation.
 */
public final class NumberParser {

    /** An Arabic number with optional thousand separators and decimals, ASCII form. */
    public static final String ARABIC = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    /** A run of Chinese numerals, ordinary and financial, including 万 and 亿. */
    public static final String CHINESE = "[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億点]+";
    /** The multipliers that may follow an Arabic number (longest first). */
    public static final String MULTIPLIER = "(?:万亿|千万|百万|十万|亿|万|千|百)";

    private static final Pattern ARABIC_ONLY = Pattern.compile(ARABIC);

    private NumberParser() {
    }

    /**
     * The form numbers are matched on: full-width digits, point and signs folded to ASCII one
     * for one, so offsets in the result are offsets in the input. The full-width comma stays
     * (it is a sentence comma far more often than a thousand separator).
     */
    public static String foldDigits(String s) {
        int n = s.length();
        StringBuilder b = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char f;
            if (c == '，') {
                f = c;
            } else if (c == '．' || c == '。' && i > 0 && i + 1 < n
                    && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1))) {
                f = '.';
            } else {
                f = ChineseText.halfWidth(c);
            }
            if (b == null && f != c) {
                b = new StringBuilder(n).append(s, 0, i);
            }
            if (b != null) {
                b.append(f);
            }
        }
        return b == null ? s : b.toString();
    }

    /** True when the text holds an ASCII or full-width digit (every Arabic number does). */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** An Arabic number ("1,234.5", "６９.３８１"); empty unless the whole (trimmed) text is one. */
    public static Optional<BigDecimal> parseArabic(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String stripped = s.strip();
        if (stripped.isEmpty() || !isDigit(stripped.charAt(0))) {
            return Optional.empty(); // an Arabic number starts with a digit
        }
        String t = foldDigits(stripped);
        if (!ARABIC_ONLY.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(",", "")));
    }

    /** An Arabic number or a Chinese numeral; empty unless the whole (trimmed) text is one. */
    public static Optional<BigDecimal> parse(String s) {
        Optional<BigDecimal> arabic = parseArabic(s);
        if (arabic.isPresent() || s == null) {
            return arabic;
        }
        return chinese(s.strip());
    }

    /** Chinese numerals (壹佰万, 三千, 两万), read by the project's one numeral reader. */
    static Optional<BigDecimal> chinese(String s) {
        return ChineseNumerals.toBigDecimal(s).map(NumberParser::plain);
    }

    /** The factor of a multiplier word (万 → 10000); 1 for null or empty. */
    public static BigDecimal multiplier(String word) {
        if (word == null || word.isEmpty()) {
            return BigDecimal.ONE;
        }
        BigDecimal f = BigDecimal.ONE;
        for (int i = 0; i < word.length(); i++) {
            f = f.multiply(switch (word.charAt(i)) {
                case '十', '拾' -> BigDecimal.TEN;
                case '百', '佰' -> BigDecimal.valueOf(100);
                case '千', '仟' -> BigDecimal.valueOf(1000);
                case '万', '萬' -> BigDecimal.valueOf(10_000);
                case '亿', '億' -> BigDecimal.valueOf(100_000_000);
                default -> throw new IllegalArgumentException("not a multiplier: " + word);
            });
        }
        return f;
    }

    /** A decimal without trailing zeros and never in exponent notation (693810.000 → 693810). */
    public static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
