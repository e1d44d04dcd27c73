package org.govdoc.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with units: "200万件" → 2000000 件, "95%" → 95 %, "1.5万人次" → 15000 人次,
 * "三次" → 3 次. Money keeps its conventional unit: "3545万元" → 3545 万元 (万元, 亿元 and 千元 are
 * units of their own in Chinese tables; exact yuan amounts are {@link MoneyParser}'s job). The unit is a known measure word (see {@link #UNITS}) or, for
 * {@link #parse(String)} of a whole value, whatever short text follows the number.
 */
public final class QuantityParser {

    /** Measure words, longest first so 人次 wins over 人 and 平方米 over 米. */
    public static final List<String> UNITS = List.of(
            "平方公里", "平方千米", "平方米", "立方米", "公顷", "千瓦时", "万千瓦",
            "人次", "户次", "件次", "车次", "架次", "场次", "批次",
            "百分点", "个百分点", "个工作日", "工作日", "个月",
            "千米", "公里", "公斤", "千克", "小时", "分钟",
            "%", "‰", "户", "家", "个", "项", "件", "人", "次", "名", "所", "台", "套", "条", "份", "篇", "期",
            "场", "批", "类", "座", "张", "本", "册", "亩", "吨", "米", "天", "日", "年", "月", "周", "辆",
            "处", "块", "栋", "间", "床", "岗", "支", "株", "头", "只", "元", "分", "级", "星", "倍");

    private static final String NUMBER = "(?<num>" + NumberParser.ARABIC + ")(?<mult>" + NumberParser.MULTIPLIER + ")?";
    private static final Pattern LEADING = Pattern.compile("^\\s*" + NUMBER + "\\s*(?<unit>.*?)\\s*$", Pattern.DOTALL);
    private static final Pattern LEADING_CHINESE =
            Pattern.compile("^\\s*(?<num>[零〇一二两三四五六七八九十百千万亿]+?)(?<unit>人次|个|项|次|家|户|件|名|场|期|批|类|条|份|天|倍)?\\s*$");
    private static final Pattern ANYWHERE;
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    static {
        StringBuilder alt = new StringBuilder();
        for (String u : UNITS) {
            if (!alt.isEmpty()) {
                alt.append('|');
            }
            alt.append(Pattern.quote(u));
        }
        ANYWHERE = Pattern.compile("(?<![\\d.])" + NUMBER + "\\s*(?<unit>" + alt + ")");
    }

    private QuantityParser() {
    }

    /**
     * A whole value: a number, an optional multiplier and an optional unit of at most 6
     * characters, e.g. "200万件", "95%", "50". Empty when the text is not such a quantity.
     */
    public static Optional<Quantity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = NumberParser.foldDigits(text);
        Matcher m = LEADING.matcher(t);
        if (m.matches()) {
            String unit = m.group("unit");
            if (unit.length() > 6 || HAS_DIGIT.matcher(unit).matches()) {
                return Optional.empty();
            }
            String mult = m.group("mult");
            if (mult != null && unit.startsWith("元")) {
                // 万元, 亿元 are units of their own in Chinese tables: "3545万元" is 3545 万元
                BigDecimal n = NumberParser.plain(new BigDecimal(m.group("num").replace(",", "")));
                return Optional.of(new Quantity(n, mult + unit, text.strip(), 0, text.length()));
            }
            BigDecimal v = value(m.group("num"), mult);
            return Optional.of(new Quantity(v, unit.isEmpty() ? null : unit, text.strip(), 0, text.length()));
        }
        Matcher c = LEADING_CHINESE.matcher(text);
        if (c.matches()) {
            Optional<BigDecimal> v = NumberParser.parse(c.group("num"));
            if (v.isPresent()) {
                return Optional.of(new Quantity(v.get(), c.group("unit"), text.strip(), 0, text.length()));
            }
        }
        return Optional.empty();
    }

    /** Every Arabic number followed by a known measure word, in order, with offsets. */
    public static List<Quantity> findAll(String text) {
        List<Quantity> out = new ArrayList<>();
        if (text == null || !NumberParser.hasDigit(text)) {
            return out;
        }
        String t = NumberParser.foldDigits(text);
        Matcher m = anywhere(t);
        int from = 0;
        while (nextAnywhere(m, t, from)) {
            from = m.end();
            out.add(new Quantity(value(m.group("num"), m.group("mult")), m.group("unit"),
                    text.substring(m.start(), m.end()), m.start(), m.end()));
        }
        return out;
    }

    /**
     * The next match of ANYWHERE at or after {@code from}, as {@code find()} would find it: a match
     * starts with a digit not preceded by a digit or a point, so only such positions are tried
     * (lookingAt on transparent bounds is the attempt find() makes at a position).
     */
    static boolean nextAnywhere(Matcher m, String t, int from) {
        int n = t.length();
        for (int s = from; s < n; s++) {
            if (isDigit(t.charAt(s)) && (s == 0 || !isDigit(t.charAt(s - 1)) && t.charAt(s - 1) != '.')
                    && m.region(s, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A matcher of ANYWHERE for {@link #nextAnywhere}. */
    static Matcher anywhere(String t) {
        return ANYWHERE.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static BigDecimal value(String num, String mult) {
        BigDecimal n = new BigDecimal(num.replace(",", ""));
        return NumberParser.plain(n.multiply(NumberParser.multiplier(mult)));
    }
}
