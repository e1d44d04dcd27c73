package org.govdoc.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date parser. Finds absolute dates (2023年5月4日, 二〇二三年五月四日, 2023-05-04, 2023.5.4,
 * 2023/5/4, 2023年5月), and deadline phrases relative to a reference year (10月底前, 5月20日前,
 * 年底前, 年内, 上半年, 第三季度, 今年, 明年). Every found phrase keeps its offsets and text; its
 * span of days ({@link DateMention#first()} .. {@link DateMention#last()}) says how precise it is:
 * a month phrase covers the whole month, 上半年 covers January to June. A deadline is the last
 * day of the last phrase: 10月底前 → 10-31.
 *
 * <p>Matching is done on {@link ChineseText#toHalfWidth} text, which keeps offsets, so the
 * offsets and texts refer to the input as given. Stateless and thread-safe.
 */
public final class DateParser {

    /** How much of the calendar a phrase names. */
    public enum Precision { DAY, MONTH, QUARTER, HALF_YEAR, YEAR }

    /**
     * A date phrase found in a text.
     *
     * @param start        offset of the phrase in the text
     * @param end          offset just after it
     * @param text         the phrase as written
     * @param first        the first day the phrase covers, null when no year is known
     * @param last         the last day it covers (the deadline it sets), null when no year is known
     * @param precision    how much of the calendar it names
     * @param year         the year used (written, carried from an earlier phrase, or the reference year)
     * @param yearExplicit true when the phrase itself writes the year (2023年, 二〇二三年, 今年, 明年)
     */
    public record DateMention(int start, int end, String text, LocalDate first, LocalDate last,
                              Precision precision, Integer year, boolean yearExplicit) {
    }

    /**
     * A deadline phrase (完成时限) read as a whole.
     *
     * @param text     the phrase as given
     * @param date     the last day of its last date phrase, or null
     * @param ongoing  true when it names a standing obligation (长期坚持, 持续推进, 常态化 …)
     * @param mentions every date phrase found in it, in order
     */
    public record DeadlinePhrase(String text, LocalDate date, boolean ongoing, List<DateMention> mentions) {
        public DeadlinePhrase {
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * A recurring obligation: 每季度末月10日17:00前 → "每季度末月10日".
     *
     * @param rule the rule in normal form (half-width, no spaces, time of day left out)
     */
    public record Recurrence(int start, int end, String text, String rule) {
    }

    private static final String CN_DIGIT = "〇零○一二三四五六七八九";
    private static final String YEAR_DIGITS = "(?<![0-9])[12][0-9]{3}(?![0-9])|[〇零○一二][" + CN_DIGIT + "]{3}";
    private static final String YEAR_REL = "今|本|当|明|次|去";
    private static final String MONTH = "1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]";
    private static final String DAY = "3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
            + "|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九]";
    private static final String QUARTER = "(?:第)?(?<QN>[一二三四1-4])季度(?:末)?";
    private static final String SEP = "\\s*[-./／]\\s*";

    private static final Pattern DATES = Pattern.compile(
            // 2023-05-04, 2023.5.4, 2023/5/4
            "(?<iso>(?<IY>(?<![0-9.])[12][0-9]{3})" + SEP + "(?<IM>1[0-2]|0?[1-9])" + SEP
                    + "(?<ID>3[01]|[12][0-9]|0?[1-9])(?![0-9.]))"
                    // [year 年] month 月 [day 日 | 底 末 份 上旬 中旬 下旬 初]
                    + "|(?<cn>(?:(?<Y>" + YEAR_DIGITS + "|" + YEAR_REL + ")\\s*年\\s*(?:度\\s*)?)?"
                    + "(?<![0-9.])(?<M>" + MONTH + ")\\s*月\\s*(?:份\\s*)?"
                    + "(?:(?<D>" + DAY + ")\\s*[日号]|(?<MQ>底|末|上旬|中旬|下旬|初|中))?)"
                    // year 年 [底 末 内 上半年 下半年 第N季度 度]
                    + "|(?<yr>(?<YY>" + YEAR_DIGITS + "|" + YEAR_REL + ")\\s*年\\s*(?:度\\s*)?"
                    + "(?:(?<YQ>底|末|内|上半年|下半年|全年)|" + QUARTER.replace("QN", "YQN") + ")?)"
                    // 年底 年内 上半年 第三季度 without a year
                    + "|(?<rel>(?<![0-9" + CN_DIGIT + "十百千两几多每各本今明次去当])(?:(?<RQ>年底|年末|年内|上半年|下半年)|"
                    + QUARTER.replace("QN", "RQN") + "))");

    private static final Pattern ONGOING = Pattern.compile(
            "长期坚持|长期|持续推进|持续|常态化|常年|久久为功|动态调整|动态更新|长效");

    private static final Pattern RECURRENCE = Pattern.compile(
            "每(?:个)?(?:年度?|半年|季度?|月|周|星期|旬|日|天|工作日)(?:末|底|初)?"
                    + "(?:[^，。；;,、\\n]{0,12}?(?:(?:" + MONTH + ")\\s*月)?\\s*(?:" + DAY + ")\\s*[日号])?"
                    + "(?:\\s*[0-9]{1,2}\\s*[:：]\\s*[0-9]{2})?\\s*(?:前|之前|以前)?");
    private static final Pattern BEFORE_SUFFIX = Pattern.compile("(?:之|以)?前$");
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\s*[0-9]{1,2}\\s*[:：]\\s*[0-9]{2}");

    private DateParser() {
    }

    /** Every date phrase in the text, in order; a written year carries to later phrases without one. */
    public static List<DateMention> find(String text, Integer referenceYear) {
        List<DateMention> out = new ArrayList<>();
        if (text == null || text.isEmpty() || !mayHoldDate(text)) {
            return out;
        }
        String h = ChineseText.toHalfWidth(text);
        Matcher m = dates(h);
        Integer carried = referenceYear;
        int from = 0;
        while (nextDate(m, h, from)) {
            from = m.end();
            DateMention d = mention(m, text, referenceYear, carried);
            if (d == null) {
                continue;
            }
            if (d.yearExplicit() && d.year() != null) {
                carried = d.year();
            }
            out.add(d);
        }
        return out;
    }

    /**
     * The text read as one absolute date: the first date phrase naming a day (2023年5月4日,
     * 2023-05-04) with a written year. Empty when there is none.
     */
    public static Optional<LocalDate> parseDate(String text) {
        for (DateMention d : find(text, null)) {
            if (d.precision() == Precision.DAY && d.yearExplicit() && d.first() != null) {
                return Optional.of(d.first());
            }
        }
        return Optional.empty();
    }

    private static final Pattern COMPACT_DATE = Pattern.compile("((?:19|20)[0-9]{2})([0-9]{2,4})");

    /**
     * A date whose 年月日 were lost in storage, written as digits only: 20230619, 2023619 (year,
     * month, day run together). Read only when one reading alone is a valid date: 2023619 is
     * 2023-06-19 (month 61 does not exist), 2023111 is empty (11-1 or 1-11). The text must be the
     * digits and nothing else (surrounding spaces allowed).
     */
    public static Optional<LocalDate> parseCompactDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = COMPACT_DATE.matcher(ChineseText.toHalfWidth(text).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int y = Integer.parseInt(m.group(1));
        String md = m.group(2);
        List<LocalDate> readings = new ArrayList<>();
        for (int cut = 1; cut < md.length(); cut++) {
            String month = md.substring(0, cut);
            String dayOfMonth = md.substring(cut);
            if (month.length() > 2 || dayOfMonth.length() > 2) {
                continue;
            }
            LocalDate d = day(y, Integer.parseInt(month), Integer.parseInt(dayOfMonth));
            if (d != null && !readings.contains(d)) {
                readings.add(d);
            }
        }
        return readings.size() == 1 ? Optional.of(readings.get(0)) : Optional.empty();
    }

    /**
     * A deadline phrase such as 2023年10月底前，长期坚持 / 6月底前 / 年内 / 上半年: the date is the last day
     * of its last date phrase (several phrases: the last one), the reference year standing in for
     * a missing year; ongoing when it names a standing obligation.
     */
    public static DeadlinePhrase parseDeadline(String text, Integer referenceYear) {
        if (text == null) {
            return new DeadlinePhrase(null, null, false, List.of());
        }
        List<DateMention> mentions = find(text, referenceYear);
        LocalDate date = null;
        for (DateMention d : mentions) {
            if (d.last() != null) {
                date = d.last();
            }
        }
        return new DeadlinePhrase(text, date, isOngoing(text), mentions);
    }

    /** A matcher of DATES over the half-width text, for {@link #nextDate}. */
    static Matcher dates(String h) {
        return DATES.matcher(h).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The next match of DATES starting at or after {@code from}, as {@code find()} would find it,
     * but tried only where a match can start. Every match holds an anchor (年 月 季, or a separator
     * - . / of 2023-05-04), and what stands before its first anchor is made of {@link #isLead}
     * characters only (year and month digits, 今 明 …, 上半 下半, 第, spaces). So a match starts at
     * an anchor or inside the run of lead characters right before it: those positions are tried
     * in order with {@code lookingAt} (transparent bounds, so the lookbehinds see the whole text),
     * which is the attempt {@code find()} makes at each position. A separator is the first anchor
     * of 2023-05-04 only (no other branch holds one), so before a separator only the position of
     * the four year digits ahead of its spaces is tried.
     */
    static boolean nextDate(Matcher m, String h, int from) {
        int n = h.length();
        for (int a = from; a < n; a++) {
            char c = h.charAt(a);
            if (!isAnchor(c)) {
                continue;
            }
            if (isSeparator(c)) {
                int s = a;
                while (s > from && isSpace(h.charAt(s - 1))) {
                    s--;
                }
                s -= 4;
                if (s >= from && m.region(s, n).lookingAt()) {
                    return true;
                }
                continue;
            }
            int s = a;
            while (s > from && isLead(h.charAt(s - 1))) {
                s--;
            }
            for (; s <= a; s++) {
                if (m.region(s, n).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '.' || c == '/' || c == '／';
    }

    /** {@code \s}: {@code [ \t\n\x0B\f\r]}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean isAnchor(char c) {
        return switch (c) {
            case '年', '月', '季', '-', '.', '/', '／' -> true;
            default -> false;
        };
    }

    /** What may stand in a match before its first anchor: digits, Chinese digits, 今本当明次去, 上下半第, {@code \s}. */
    private static boolean isLead(char c) {
        if (c >= '0' && c <= '9' || isSpace(c)) {
            return true;
        }
        return switch (c) {
            case '〇', '零', '○', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
                    '今', '本', '当', '明', '次', '去', '上', '下', '半', '第' -> true;
            default -> false;
        };
    }

    /** Every date phrase holds 年, 月, 季 or a separator of 2023-05-04: a cheap test before the regex. */
    private static boolean mayHoldDate(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '年', '月', '季', '-', '.', '/', '／', '－', '．':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** True when the text names a standing obligation (长期坚持, 持续推进, 持续, 长期, 常态化, 常年 …). */
    public static boolean isOngoing(String text) {
        return text != null && ONGOING.matcher(ChineseText.toHalfWidth(text)).find();
    }

    /** Recurring obligations in the text: 每季度末月10日17:00前, 每月5日前, 每年. */
    public static List<Recurrence> findRecurrences(String text) {
        List<Recurrence> out = new ArrayList<>();
        if (text == null || text.indexOf('每') < 0) {
            return out;
        }
        Matcher m = RECURRENCE.matcher(ChineseText.toHalfWidth(text));
        while (m.find()) {
            String phrase = text.substring(m.start(), m.end());
            String rule = ChineseText.removeWhitespace(TIME_OF_DAY.matcher(ChineseText.toHalfWidth(phrase))
                    .replaceAll(""));
            rule = BEFORE_SUFFIX.matcher(rule).replaceAll("");
            out.add(new Recurrence(m.start(), m.end(), phrase, rule));
        }
        return out;
    }

    private static DateMention mention(Matcher m, String original, Integer referenceYear, Integer carried) {
        String text = original.substring(m.start(), m.end());
        if (m.group("iso") != null) {
            int y = Integer.parseInt(m.group("IY"));
            LocalDate d = day(y, Integer.parseInt(m.group("IM")), Integer.parseInt(m.group("ID")));
            return d == null ? null : new DateMention(m.start(), m.end(), text, d, d, Precision.DAY, y, true);
        }
        if (m.group("cn") != null) {
            boolean explicit = m.group("Y") != null;
            Integer y = explicit ? year(m.group("Y"), referenceYear) : carried;
            int month = small(m.group("M"));
            if (month < 1 || month > 12) {
                return null;
            }
            if (m.group("D") != null) {
                int dayOfMonth = small(m.group("D"));
                if (y == null) {
                    return new DateMention(m.start(), m.end(), text, null, null, Precision.DAY, null, explicit);
                }
                LocalDate d = day(y, month, dayOfMonth);
                return d == null ? null : new DateMention(m.start(), m.end(), text, d, d, Precision.DAY, y, explicit);
            }
            String q = m.group("MQ");
            String stripped = text.stripTrailing();
            int end = m.start() + stripped.length();
            if (y == null) {
                return new DateMention(m.start(), end, stripped, null, null, Precision.MONTH, null, explicit);
            }
            YearMonth ym = YearMonth.of(y, month);
            LocalDate first = ym.atDay(1);
            LocalDate last = ym.atEndOfMonth();
            if ("上旬".equals(q) || "初".equals(q)) {
                last = ym.atDay(10);
            } else if ("中旬".equals(q) || "中".equals(q)) {
                first = ym.atDay(11);
                last = ym.atDay(20);
            } else if ("下旬".equals(q)) {
                first = ym.atDay(21);
            }
            return new DateMention(m.start(), end, stripped, first, last, Precision.MONTH, y, explicit);
        }
        if (m.group("yr") != null) {
            Integer y = year(m.group("YY"), referenceYear);
            String stripped = text.stripTrailing();
            return yearPart(m.start(), m.start() + stripped.length(), stripped, y, true, m.group("YQ"),
                    m.group("YQN"));
        }
        String rq = m.group("RQ");
        Integer y = carried;
        String phrase = rq;
        if (rq != null) {
            phrase = rq.startsWith("年") ? rq.substring(1) : rq;
        }
        return yearPart(m.start(), m.end(), text, y, false, phrase, m.group("RQN"));
    }

    private static DateMention yearPart(int start, int end, String text, Integer y, boolean explicit, String qualifier,
                                        String quarter) {
        Precision p = Precision.YEAR;
        int firstMonth = 1;
        int lastMonth = 12;
        if (quarter != null) {
            int q = small(quarter);
            p = Precision.QUARTER;
            firstMonth = q * 3 - 2;
            lastMonth = q * 3;
        } else if ("上半年".equals(qualifier)) {
            p = Precision.HALF_YEAR;
            lastMonth = 6;
        } else if ("下半年".equals(qualifier)) {
            p = Precision.HALF_YEAR;
            firstMonth = 7;
        }
        if (y == null) {
            return new DateMention(start, end, text, null, null, p, null, explicit);
        }
        LocalDate first = LocalDate.of(y, firstMonth, 1);
        LocalDate last = YearMonth.of(y, lastMonth).atEndOfMonth();
        return new DateMention(start, end, text, first, last, p, y, explicit);
    }

    /** The year of a year group: digits, Chinese digits, or 今/本/当 (reference), 明/次 (+1), 去 (-1). */
    private static Integer year(String g, Integer referenceYear) {
        if (g == null) {
            return referenceYear;
        }
        switch (g) {
            case "今": case "本": case "当":
                return referenceYear;
            case "明": case "次":
                return referenceYear == null ? null : referenceYear + 1;
            case "去":
                return referenceYear == null ? null : referenceYear - 1;
            default:
                OptionalInt y = ChineseNumerals.year(g);
                return y.isPresent() ? y.getAsInt() : null;
        }
    }

    private static int small(String g) {
        OptionalInt v = ChineseNumerals.toInt(g);
        return v.isPresent() ? v.getAsInt() : -1;
    }

    private static LocalDate day(int y, int month, int dayOfMonth) {
        try {
            return LocalDate.of(y, month, dayOfMonth);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
