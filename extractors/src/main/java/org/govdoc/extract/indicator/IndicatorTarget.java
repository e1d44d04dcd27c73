package org.govdoc.extract.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.text.ChineseText;
import org.govdoc.text.OperatorParser;
import org.govdoc.text.Quantity;
import org.govdoc.text.QuantityParser;

/**
 * The target of an indicator row read from its cells: the value cell, and where the table has
 * them, an operator column (指标性质, 符号, 计算符号) and a unit column (度量单位, 计量单位).
 *
 * <p>Numeric or text is decided by the shape of the whole value cell: an optional comparison
 * (prefix "≥", ">=", "不低于" or suffix 以上/以下/以内, or the approximation 约 / 左右), a number
 * with optional thousand separators and multiplier, and an optional unit-like suffix
 * ({@link QuantityParser#isUnitLike}). Anything else is a text target ("按时完成", "12月底到位",
 * "2021年全年", "12月底前100%到位"): value, operator and unit null. Also read as numeric: a target
 * restated after a few words before its comparison ("培训人数≥500人", "完成率达100%"), with a note
 * after it ("≥90%（优秀）", "95%（含）以上") or a trailing full stop. A year ("2025年") or a month
 * of the year ("12月") is a date, so a text target too.
 *
 * <p>A numeric target: value as written (multipliers not applied), unit as written ("250万" →
 * 万, "≤30万元" → 万元; the unit column when the value cell has no unit of its own, with the value
 * cell's multiplier before it: "1.5万" + 册 → 万册), operator from the operator column, else from
 * the value cell, else from a template placeholder in the indicator's name ("满意度(≥**%)"), else
 * "=" (a number with no comparison is an equality target). When neither cell gives a unit, a
 * unit in the name is used ("造林面积(亩)", a placeholder's "(≤**万元)").
 *
 * @param operator {@code >}, {@code >=}, {@code =}, {@code <}, {@code <=}; null for a text target
 * @param value    the number as written, null for a text target
 * @param unit     the unit as written ("%" for ％), null when none or for a text target
 */
record IndicatorTarget(String operator, BigDecimal value, String unit) {

    static final IndicatorTarget TEXT = new IndicatorTarget(null, null, null);

    /** A template placeholder in a name: "(≥**%)", "≤**万元", "＊＊个". */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<op>[≥≤><=＞＜＝]{1,2})?\\s*[*＊…]{2,}\\s*(?<unit>[^()（）*＊…\\s\\d，,。;；]{0,5})");
    /** A bracketed unit at the end of a name: "造林面积(亩)", "受益人数（人）", "（万元）". */
    private static final Pattern NAME_UNIT = Pattern.compile("[(（](?<unit>[^()（）\\d]{1,5})[)）][。.]?$");
    private static final Pattern FULL_WIDTH_THOUSANDS = Pattern.compile("(?<=\\d)，(?=\\d{3}(?:\\D|$))");
    /** Words before a number that make no comparison, longest first. */
    /** A note that the bound itself is included: "95%(含)以上", "≥95%（含）", "95%以上(含95%)". */
    private static final Pattern INCLUSIVE_NOTE = Pattern.compile("[(（]含[^()（）]{0,8}[)）]");
    /** Words that frame a bound without being one: "控制在3%以内", "保持在95%以上". */
    private static final Pattern FRAMING = Pattern.compile("^(?:控制|保持|稳定|维持)(?:在|于)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。，,；;、.]+$");
    /** A note in brackets after the target ("（优秀）"), kept when it is a unit ("（亩）"). */
    private static final Pattern TRAILING_NOTE = Pattern.compile("(?<=\\d[^()（）]{0,6})[(（]([^()（）\\d]{1,8})[)）]$");
    private static final int MAX_LEADING_WORDS = 12;
    private static final java.util.List<String> EQUALITY_WORDS = java.util.List.of("大约", "达到", "约为", "完成", "实现", "约", "达");
    private static final int FIRST_YEAR = 1949;
    private static final int LAST_YEAR = 2100;

    /**
     * The target of a row.
     *
     * @param valueText    the value cell as written (null when empty)
     * @param operatorCell the operator column's cell (null when none or empty)
     * @param unitCell     the unit column's cell (null when none, empty or a placeholder)
     * @param name         the indicator's name (三级指标), for a unit or placeholder written there
     */
    static IndicatorTarget read(String valueText, String operatorCell, String unitCell, String name) {
        if (valueText == null || IndicatorExtractor.isPlaceholder(valueText)) {
            return TEXT;
        }
        String text = FULL_WIDTH_THOUSANDS.matcher(ChineseText.removeWhitespace(valueText)).replaceAll(",");
        text = FRAMING.matcher(INCLUSIVE_NOTE.matcher(text).replaceAll("")).replaceFirst("");
        text = TRAILING_PUNCTUATION.matcher(text).replaceFirst("");
        Matcher note = TRAILING_NOTE.matcher(text);
        if (note.find() && !QuantityParser.isUnit(note.group(1))) {
            text = text.substring(0, note.start()); // ≥90%（优秀）: a note after the target
        }
        Numeric n = numeric(text);
        if (n == null) {
            n = afterLeadingWords(text);
        }
        if (n == null) {
            return TEXT;
        }
        String cellOperator = n.operator();
        Optional<Quantity> q = Optional.of(n.quantity());
        Placeholder hint = Placeholder.of(name);
        String operator = Optional.ofNullable(operatorCell).flatMap(OperatorParser::parse)
                .or(() -> Optional.ofNullable(cellOperator))
                .or(() -> Optional.ofNullable(hint.operator()))
                .orElse("=");
        String unit = unit(q.get().unit(), unitCell);
        if (unit == null || unitCell == null && isMultiplier(unit) && hint.unit() != null && hint.unit().startsWith(unit)) {
            unit = hint.unit(); // "12万" under a name "(万笔)" is 12 万笔
        }
        return new IndicatorTarget(operator, q.get().value(), unit == null ? null : unit.replace('％', '%'));
    }

    /** A cell's comparison (null when none) and its quantity. */
    private record Numeric(String operator, Quantity quantity) {
    }

    /** The whole text as an optional comparison and a quantity ("≥95%", "约100人", "90%以上"), else null. */
    private static Numeric numeric(String text) {
        OperatorParser.Split split = OperatorParser.split(text);
        if (split.operator() != null && OperatorParser.split(split.rest()).operator() != null) {
            split = new OperatorParser.Split(split.operator(), OperatorParser.split(split.rest()).rest()); // ≥95%以上
        }
        String rest = split.operator() == null ? withoutApproximation(split.rest()) : split.rest();
        String cellOperator = split.operator() != null ? split.operator() : rest.equals(split.rest()) ? null : "=";
        Optional<Quantity> q = QuantityParser.parse(rest);
        if (q.isEmpty() || isDate(q.get())) {
            return null;
        }
        return new Numeric(cellOperator, q.get());
    }

    /**
     * A target restated after a few words: "培训人数≥500人", "全年不少于12次", "完成率达100%" — Chinese
     * characters only before a comparison (or 达/达到) and the quantity after it; null otherwise.
     */
    private static Numeric afterLeadingWords(String text) {
        for (int i = 1; i <= Math.min(MAX_LEADING_WORDS, text.length() - 1); i++) {
            if (Character.UnicodeScript.of(text.codePointAt(i - 1)) != Character.UnicodeScript.HAN) {
                return null;
            }
            Numeric n = numeric(text.substring(i));
            if (n != null && n.operator() != null) {
                return n;
            }
        }
        return null;
    }

    /** The value cell's unit, else the unit column (after the value cell's multiplier, if any). */
    private static String unit(String valueUnit, String unitCell) {
        if (unitCell == null) {
            return valueUnit;
        }
        if (valueUnit == null) {
            return unitCell;
        }
        if (isMultiplier(valueUnit)) {
            return unitCell.startsWith(valueUnit) ? unitCell : valueUnit + unitCell;
        }
        return valueUnit;
    }

    /** 万, 亿, 千万 …: a multiplier written after the number with no unit of its own. */
    private static boolean isMultiplier(String unit) {
        return unit != null && unit.length() <= 2 && unit.chars().allMatch(c -> "十百千万亿".indexOf(c) >= 0);
    }

    /**
     * "约95%" → "95%", "100人左右" → "100人", "达到95%" → "95%" (约, 左右 and 达到, 完成, 实现 are no
     * comparison: the number is the target); the text unchanged when it has none of them.
     */
    private static String withoutApproximation(String t) {
        for (String prefix : EQUALITY_WORDS) {
            if (t.startsWith(prefix) && t.length() > prefix.length() && Character.isDigit(t.charAt(prefix.length()))) {
                return t.substring(prefix.length());
            }
        }
        if (t.endsWith("左右")) {
            return t.substring(0, t.length() - 2);
        }
        return t;
    }

    /** "2025年" (a year) and "12月" (a month of the year) are dates, not quantities. */
    private static boolean isDate(Quantity q) {
        if (q.unit() == null || q.value().scale() > 0) {
            return false;
        }
        int v = q.value().intValue();
        return q.unit().equals("年") && v >= FIRST_YEAR && v <= LAST_YEAR
                || q.unit().equals("月") && v >= 1 && v <= 12;
    }

    /** The operator and unit a name's template placeholder or bracketed unit gives. */
    record Placeholder(String operator, String unit) {

        static Placeholder of(String name) {
            if (name == null) {
                return new Placeholder(null, null);
            }
            Matcher p = PLACEHOLDER.matcher(name);
            if (p.find()) {
                String op = p.group("op") == null ? null : OperatorParser.parse(p.group("op")).orElse(null);
                String unit = p.group("unit");
                return new Placeholder(op, QuantityParser.isUnit(unit) ? unit : null);
            }
            Matcher u = NAME_UNIT.matcher(name.strip());
            if (u.find() && QuantityParser.isUnit(u.group("unit"))) {
                return new Placeholder(null, u.group("unit").strip());
            }
            return new Placeholder(null, null);
        }
    }
}
