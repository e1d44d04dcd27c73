package org.govdoc.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Comparison operators of performance targets, folded to {@code >}, {@code >=}, {@code =},
 * {@code <}, {@code <=}: symbols in every width (≥ ＞＝ >= ≧ ⩾), words (大于等于, 不低于, 不少于,
 * 不超过, 高于, 低于 …) and the suffixes 以上 / 以下 / 以内 ("90%以上" is ≥ 90%).
 */
public final class OperatorParser {

    /** An operator found at the start or end of a text, and the text without it. */
    public record Split(String operator, String rest) {
    }

    /** Spellings, longest first so 大于等于 wins over 大于 and 不低于 over 低于. */
    private static final List<Map.Entry<String, String>> PREFIXES = List.of(
            Map.entry("大于或等于", ">="), Map.entry("小于或等于", "<="),
            Map.entry("大于等于", ">="), Map.entry("小于等于", "<="),
            Map.entry("不低于", ">="), Map.entry("不少于", ">="), Map.entry("不小于", ">="),
            Map.entry("不高于", "<="), Map.entry("不超过", "<="), Map.entry("不大于", "<="),
            Map.entry("不多于", "<="), Map.entry("不超出", "<="),
            Map.entry("至少", ">="), Map.entry("最少", ">="), Map.entry("至多", "<="), Map.entry("最多", "<="),
            Map.entry("大于", ">"), Map.entry("高于", ">"), Map.entry("超过", ">"), Map.entry("多于", ">"),
            Map.entry("小于", "<"), Map.entry("低于", "<"), Map.entry("少于", "<"), Map.entry("不足", "<"),
            Map.entry("等于", "="),
            Map.entry(">=", ">="), Map.entry("=>", ">="), Map.entry("<=", "<="), Map.entry("=<", "<="),
            Map.entry("≥", ">="), Map.entry("≧", ">="), Map.entry("⩾", ">="),
            Map.entry("≤", "<="), Map.entry("≦", "<="), Map.entry("⩽", "<="),
            Map.entry("==", "="), Map.entry("=", "="),
            Map.entry(">", ">"), Map.entry("<", "<"));

    private static final List<Map.Entry<String, String>> SUFFIXES = List.of(
            Map.entry("及以上", ">="), Map.entry("及以下", "<="), Map.entry("以上", ">="), Map.entry("以下", "<="),
            Map.entry("以内", "<="), Map.entry("之内", "<="),
            // "24小时内", "3个工作日内": a bound written with 内 alone (the rest must still read as a number)
            Map.entry("内", "<="));

    private OperatorParser() {
    }

    /** The operator a whole cell spells ("≥", "大于等于", "＞"), else empty. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = fold(text);
        for (Map.Entry<String, String> e : PREFIXES) {
            if (t.equals(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The operator a value starts or ends with: "≥95%" → (>=, "95%"), "不低于90%" → (>=, "90%"),
     * "90%以上" → (>=, "90%"). Without one the operator is null and the rest is the trimmed text.
     */
    public static Split split(String text) {
        if (text == null) {
            return new Split(null, null);
        }
        String t = fold(text);
        for (Map.Entry<String, String> e : PREFIXES) {
            if (t.startsWith(e.getKey())) {
                return new Split(e.getValue(), t.substring(e.getKey().length()).strip());
            }
        }
        for (Map.Entry<String, String> e : SUFFIXES) {
            if (t.endsWith(e.getKey())) {
                return new Split(e.getValue(), t.substring(0, t.length() - e.getKey().length()).strip());
            }
        }
        return new Split(null, t);
    }

    /** Half-width, no whitespace: "＞ ＝" → ">=". */
    private static String fold(String text) {
        return ChineseText.removeWhitespace(ChineseText.toHalfWidth(text));
    }
}
