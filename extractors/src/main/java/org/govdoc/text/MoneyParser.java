package org.govdoc.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one money parser. Finds every money expression of a text with its offsets, or parses one.
 *
 * <p>An expression is a number, an optional multiplier (千, 万, 百万, 千万, 亿 …) and the currency
 * 元 (also 万元, 亿元): 69.381万元 → 693810, 11亿元 → 1100000000, 1,234.5元, 壹佰万元 → 1000000.
 * Arabic numbers may use full-width digits and thousand separators; Chinese numerals (ordinary
 * and financial) are read by {@link ChineseNumerals} but count as money only with a multiplier or
 * a financial numeral, so 多元 or 一元化 are never money. "余"/"多" between number and unit
 * (2200余万元) make the amount approximate.
 *
 * <p>Qualifiers are looked for right before the number (约, 最高, 不超过, 超过, 近 …) and right
 * after 元 (以上, 左右, 以内 …); the expression's text includes them.
 *
 * <p>Ranges ("10-20万元", "10万至20万元", "10～20万元") are returned as TWO amounts, lower and
 * upper, both with the whole range as text, qualifiers 区间下限 and 区间上限; the lower end takes
 * the upper end's multiplier when it has none of its own (10-20万元 → 100000 and 200000).
 */
public final class MoneyParser {

    private static final String ARABIC_AMOUNT = "(?:" + NumberParser.ARABIC + ")";
    private static final String CHINESE_AMOUNT = NumberParser.CHINESE;
    /** A money unit: 元 with an optional scale before it. */
    private static final Pattern UNIT_WORD = Pattern.compile("(万亿|千万|百万|十万|亿|万|千|百)?元");
    private static final Pattern MONEY = Pattern.compile(
            "(?<n1>" + ARABIC_AMOUNT + ")\\s*(?<m1>" + NumberParser.MULTIPLIER + ")?"
                    + "(?:\\s*(?<dash>[-~～—–]{1,2}|至|到)\\s*(?<n2>" + ARABIC_AMOUNT + "))?"
                    + "\\s*(?<approx>余|多)?\\s*(?<m2>" + NumberParser.MULTIPLIER + ")?\\s*(?<cur>元|圆)"
                    + "|(?<c1>" + CHINESE_AMOUNT + ")(?<capprox>余|多)?(?<ccur>元|圆)");

    /** Qualifiers before the number, longest first. */
    private static final List<String> PREFIX_QUALIFIERS = List.of(
            "不超过", "不高于", "不低于", "不少于", "不多于", "最高可达", "最高不超过", "最高", "最多", "最低", "至少",
            "累计达", "合计", "共计", "总计", "累计", "高达", "超过", "大约", "将近", "接近", "约为", "约", "近",
            "逾", "达到", "达");
    private static final List<String> SUFFIX_QUALIFIERS = List.of("以上", "以下", "以内", "之内", "左右", "上下");
    private static final java.util.Set<String> APPROXIMATE =
            java.util.Set.of("约", "约为", "大约", "近", "将近", "接近", "左右", "上下");
    private static final Pattern GAPPED_PREFIX =
            Pattern.compile("(最高|最多|最低|不超过|不高于|累计|共计|合计|总计)\\p{IsHan}{1,4}$");
    /**
     * A number with 万 or 亿 and no currency (854万, 50万): money only where the words around it
     * say so. Not when 元 follows (that is {@link #MONEY}) nor when a letter, digit or Chinese
     * character follows at once (6万人, 3万亩, 2万册 are counts).
     */
    private static final Pattern SCALED_WITHOUT_CURRENCY = Pattern.compile(
            "(?<n>" + ARABIC_AMOUNT + ")\\s*(?<m>万亿|千万|百万|亿|万)(?!\\s*[元圆])(?![\\p{L}\\d%％])");
    private static final Pattern FINANCIAL = Pattern.compile("[壹贰叁肆伍陆柒捌玖拾佰仟萬億]");
    private static final Pattern CHINESE_SCALE = Pattern.compile("[十百千万亿拾佰仟萬億]");

    private MoneyParser() {
    }

    /** Every money expression in the text, in order; ranges give two amounts. */
    public static List<MoneyAmount> findAll(String text) {
        List<MoneyAmount> out = new ArrayList<>();
        if (text == null || text.isEmpty() || text.indexOf('元') < 0 && text.indexOf('圆') < 0) {
            return out; // every money expression ends in 元 or 圆
        }
        String t = NumberParser.foldDigits(text);
        Matcher m = MONEY.matcher(t);
        while (m.find()) {
            if (m.group("c1") != null) {
                chinese(text, t, m).ifPresent(out::add);
            } else if (!precededByDigitOrLetter(t, m.start())) {
                arabic(text, t, m, out);
            }
        }
        return out;
    }

    /**
     * Every amount written as a number with 万 or 亿 but without 元 ("资金总额：854万（…）"), in
     * order, with qualifiers like {@link #findAll}; 6万人, 3万亩 are not among them. Whether such a
     * figure is money is the caller's to decide from the words around it (a money label before
     * it, a 万元 column); amounts {@link #findAll} finds are never returned here.
     */
    public static List<MoneyAmount> findScaledWithoutCurrency(String text) {
        List<MoneyAmount> out = new ArrayList<>();
        if (text == null || text.indexOf('万') < 0 && text.indexOf('亿') < 0) {
            return out;
        }
        String t = NumberParser.foldDigits(text);
        Matcher m = SCALED_WITHOUT_CURRENCY.matcher(t);
        while (m.find()) {
            if (precededByDigitOrLetter(t, m.start())) {
                continue;
            }
            int[] span = {m.start(), m.end()};
            String[] qual = qualifiers(t, span);
            BigDecimal yuan = new BigDecimal(m.group("n").replace(",", "")).multiply(NumberParser.multiplier(m.group("m")));
            out.add(new MoneyAmount(NumberParser.plain(yuan), text.substring(span[0], span[1]), join(qual),
                    isApproximate(qual), span[0], span[1]));
        }
        return out;
    }

    /**
     * One money expression: the text must hold exactly one amount (a range is not one).
     * Without a currency, a bare number is read in {@code defaultUnit} (元 or 万元, as a
     * table header says); pass null to require the currency.
     */
    public static Optional<BigDecimal> parse(String text, String defaultUnit) {
        if (text == null) {
            return Optional.empty();
        }
        List<MoneyAmount> all = findAll(text);
        if (all.size() == 1) {
            return Optional.of(all.get(0).yuan());
        }
        if (all.isEmpty() && defaultUnit != null) {
            Optional<BigDecimal> n = NumberParser.parseArabic(text);
            if (n.isPresent()) {
                return Optional.of(NumberParser.plain(n.get().multiply(scaleOf(defaultUnit))));
            }
        }
        return Optional.empty();
    }

    /** {@link #parse(String, String)} requiring the currency. */
    public static Optional<BigDecimal> parse(String text) {
        return parse(text, null);
    }

    /**
     * The factor of a money unit as tables write it in their headers: 元 → 1, 万元 → 10000,
     * 亿元 → 100000000, 千元 → 1000; empty when the text names no money unit.
     */
    public static Optional<BigDecimal> unitScale(String headerText) {
        if (headerText == null) {
            return Optional.empty();
        }
        Matcher m = UNIT_WORD.matcher(headerText);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(NumberParser.multiplier(m.group(1)));
    }

    /** The first money unit the text names, as written (万元, 元, 亿元 …); empty when it names none. */
    public static Optional<String> unitWord(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = UNIT_WORD.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static BigDecimal scaleOf(String unit) {
        return unitScale(unit).orElse(BigDecimal.ONE);
    }

    private static boolean precededByDigitOrLetter(String t, int start) {
        if (start == 0) {
            return false;
        }
        char c = t.charAt(start - 1);
        return Character.isLetterOrDigit(c) && !ChineseText.isHan(c) || c == '.';
    }

    private static void arabic(String original, String t, Matcher m, List<MoneyAmount> out) {
        String m1 = m.group("m1");
        String m2 = m.group("m2");
        boolean approxWord = m.group("approx") != null;
        int[] span = {m.start(), m.end()};
        String[] qual = qualifiers(t, span);
        String text = original.substring(span[0], span[1]);
        boolean approximate = approxWord || isApproximate(qual);
        BigDecimal first = new BigDecimal(m.group("n1").replace(",", ""));
        if (m.group("n2") == null) {
            BigDecimal factor = NumberParser.multiplier(m1).multiply(NumberParser.multiplier(m2));
            out.add(new MoneyAmount(NumberParser.plain(first.multiply(factor)), text, join(qual),
                    approximate, span[0], span[1]));
            return;
        }
        BigDecimal second = new BigDecimal(m.group("n2").replace(",", ""));
        BigDecimal upperFactor = NumberParser.multiplier(m2);
        BigDecimal lowerFactor = m1 != null ? NumberParser.multiplier(m1) : upperFactor;
        out.add(new MoneyAmount(NumberParser.plain(first.multiply(lowerFactor)), text, "区间下限", approximate,
                span[0], span[1]));
        out.add(new MoneyAmount(NumberParser.plain(second.multiply(upperFactor)), text, "区间上限", approximate,
                span[0], span[1]));
    }

    private static Optional<MoneyAmount> chinese(String original, String t, Matcher m) {
        String numerals = m.group("c1");
        if ("万亿千百仟佰萬億".indexOf(numerals.charAt(0)) >= 0) {
            return Optional.empty(); // 万元, 千元: a unit (in a header), not an amount
        }
        if (!FINANCIAL.matcher(numerals).find() && !CHINESE_SCALE.matcher(numerals).find()) {
            return Optional.empty();
        }
        Optional<BigDecimal> v = NumberParser.chinese(numerals);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        int[] span = {m.start(), m.end()};
        String[] qual = qualifiers(t, span);
        boolean approximate = m.group("capprox") != null || isApproximate(qual);
        return Optional.of(new MoneyAmount(NumberParser.plain(v.get()), original.substring(span[0], span[1]),
                join(qual), approximate, span[0], span[1]));
    }

    /** Finds qualifier words around span and widens span over them; returns {prefix, suffix}. */
    private static String[] qualifiers(String t, int[] span) {
        String prefix = null;
        String before = t.substring(0, span[0]);
        for (String q : PREFIX_QUALIFIERS) {
            if (before.endsWith(q)) {
                prefix = q;
                span[0] -= q.length();
                break;
            }
        }
        if (prefix == null) {
            // 最高补助5000元, 累计投入300万元: a limit word a few Chinese characters before the number
            Matcher g = GAPPED_PREFIX.matcher(before);
            if (g.find()) {
                prefix = g.group(1);
            }
        }
        String suffix = null;
        String after = t.substring(span[1]);
        for (String q : SUFFIX_QUALIFIERS) {
            if (after.startsWith(q)) {
                suffix = q;
                span[1] += q.length();
                break;
            }
        }
        return new String[] {prefix, suffix};
    }

    private static String join(String[] qual) {
        if (qual[0] != null && qual[1] != null) {
            return qual[0] + "…" + qual[1];
        }
        return qual[0] != null ? qual[0] : qual[1];
    }

    private static boolean isApproximate(String[] qual) {
        for (String q : qual) {
            if (q != null && APPROXIMATE.contains(q)) {
                return true;
            }
        }
        return false;
    }
}
