package org.govdoc.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with units. {@link #findAll} reads quantities inside running text with multipliers
 * applied ("1.5万人次" → 15000 人次). {@link #parse} reads a whole value as written: the number as
 * written and the unit as written, a multiplier staying in the unit ("200万件" → 200 万件, "250万"
 * → 250 万, "3545万元" → 3545 万元, "95%" → 95 %, "三次" → 3 次); it is empty unless the text after
 * the number looks like a unit ({@link #isUnitLike}), so "12月底到位" or "2021年全年" are not
 * quantities. Exact yuan amounts are {@link MoneyParser}'s job.
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

    /**
     * Measure words of target values that running text rarely uses as units; with {@link #UNITS}
     * they make the known units of {@link #isUnit}.
     */
    private static final List<String> MORE_UNITS = List.of(
            "平方", "平米", "立方", "万方", "方", "毫米", "厘米", "毫升", "升", "克", "斤", "千瓦", "兆瓦", "千伏",
            "种", "组", "笔", "单", "宗", "例", "部", "节", "课时", "学时", "章", "盏", "根", "棵", "羽", "匹", "孔",
            "口", "眼", "片", "段", "艘", "趟", "轮", "届", "站", "点", "箱", "瓶", "袋", "盒", "包", "床位", "车",
            "秒", "季度", "学期", "岁", "标段", "村", "镇", "乡", "村次", "校", "园", "馆", "平台", "系统", "家庭",
            "人天", "人日", "人月", "工日", "台次", "辆次", "亩次", "元钱", "位", "幅", "册次", "套次", "份次",
            // a count of incidents (安全事故0起), although 起 alone also starts a time word
            "起");
    /** Characters of time and progress words: a suffix holding one ("月底到位", "年全年") is not a unit. */
    private static final String NOT_UNIT_CHARS = "底前后内全初末旬到位完成止起至按时之间及或和等以达共约每需应不未已由从为的在于即确保";
    private static final Pattern ASCII_UNIT = Pattern.compile("[A-Za-z]{1,4}[23²³]?|㎡|㎞|㎏|m²|m³");
    private static final Pattern MULTIPLIER_PREFIX = Pattern.compile("^" + NumberParser.MULTIPLIER);

    private static final String NUMBER = "(?<num>" + NumberParser.ARABIC + ")(?<mult>" + NumberParser.MULTIPLIER + ")?";
    private static final Pattern LEADING = Pattern.compile("^\\s*" + NUMBER + "\\s*(?<unit>.*?)\\s*$", Pattern.DOTALL);
    private static final Pattern LEADING_CHINESE =
            Pattern.compile("^\\s*(?<num>[零〇一二两三四五六七八九十百千万亿]+?)(?<unit>人次|个|项|次|家|户|件|名|场|期|批|类|条|份|天|倍)?\\s*$");
    private static final Pattern ANYWHERE;

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
     * A whole value as written: a number, an optional multiplier and an optional unit, e.g.
     * "200万件" → 200 万件, "95%" → 95 %, "1,200户" → 1200 户, "50" → 50 (no unit). The multiplier
     * is not applied: it stays at the head of the unit ("250万" → 250 万). Empty when the text is not
     * such a quantity: the text after the number must look like a unit ({@link #isUnitLike}).
     */
    public static Optional<Quantity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = NumberParser.foldDigits(text);
        Matcher m = LEADING.matcher(t);
        if (m.matches()) {
            String mult = m.group("mult") == null ? "" : m.group("mult");
            String unit = mult + m.group("unit");
            if (!unit.isEmpty() && !isUnitLike(unit)) {
                return Optional.empty();
            }
            BigDecimal n = NumberParser.plain(new BigDecimal(m.group("num").replace(",", "")));
            return Optional.of(new Quantity(n, unit.isEmpty() ? null : unit, text.strip(), 0, text.length()));
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

    /**
     * True for a known unit as written: a measure word ("人次", "种", "%"), ASCII letters ("km",
     * "M"), one of them after a multiplier ("万元", "万件", "万") or two joined by "/" ("元/亩",
     * "人/天"), a bracketed alternative allowed ("台（套）").
     */
    public static boolean isUnit(String unit) {
        if (unit == null) {
            return false;
        }
        String u = ChineseText.removeWhitespace(ChineseText.toHalfWidth(unit));
        Matcher mult = MULTIPLIER_PREFIX.matcher(u);
        if (mult.find()) {
            u = u.substring(mult.end());
            if (u.isEmpty()) {
                return true; // "250万": 万 is the unit as written
            }
        }
        return eachSide(u, QuantityParser::isUnitAtom);
    }

    /**
     * True for the text after a number in a value cell that can be its unit: a known unit
     * ({@link #isUnit}) or one to three characters with no digit, no punctuation and none of the
     * characters of time and progress words ("月底到位", "年全年", "前完成" are not units).
     */
    public static boolean isUnitLike(String unit) {
        if (isUnit(unit)) {
            return true;
        }
        String u = ChineseText.removeWhitespace(ChineseText.toHalfWidth(unit));
        return eachSide(u, p -> isUnit(p) || isShortMeasureWord(p)); // 元/生·年
    }

    /** True when the unit is one part, or two joined by "/" (元/亩), each accepted by {@code ok}. */
    private static boolean eachSide(String u, java.util.function.Predicate<String> ok) {
        int slash = u.indexOf('/');
        if (slash < 0) {
            return ok.test(u);
        }
        return u.indexOf('/', slash + 1) < 0 && ok.test(u.substring(0, slash)) && ok.test(u.substring(slash + 1));
    }

    private static boolean isShortMeasureWord(String u) {
        if (u.isEmpty() || u.length() > 3) {
            return false;
        }
        for (int i = 0; i < u.length(); i++) {
            char ch = u.charAt(i);
            if (ch == '·' && i > 0 && i < u.length() - 1) {
                continue;
            }
            if (!Character.isIdeographic(ch) || NOT_UNIT_CHARS.indexOf(ch) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnitAtom(String p) {
        if (p.isEmpty()) {
            return false;
        }
        int open = p.indexOf('(');
        if (open > 0 && p.endsWith(")")) { // 台(套)
            return isUnitAtom(p.substring(0, open)) && isUnitAtom(p.substring(open + 1, p.length() - 1));
        }
        if (p.startsWith("个") && p.length() > 1) {
            p = p.substring(1); // 个工作日, 个批次
        }
        return UNITS.contains(p) || MORE_UNITS.contains(p) || ASCII_UNIT.matcher(p).matches()
                || p.length() == 2 && UNITS.contains(p.substring(0, 1)) && UNITS.contains(p.substring(1)); // 户次, 人天
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
