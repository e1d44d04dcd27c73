package org.govdoc.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Chinese numerals to numbers: positional numerals (一百二十三, 两千, 十五, 廿三, 三万五千, 一亿零五百万),
 * financial numerals (壹佰贰拾叁, 肆拾伍), numerals read digit by digit as in years (二〇二三 → 2023),
 * Arabic digits mixed with Chinese units (3万 → 30000) and decimals (三点五 → 3.5, 1.5万 → 15000).
 * Full-width digits are accepted. Everything here is stateless.
 */
public final class ChineseNumerals {

    private ChineseNumerals() {
    }

    /** The value of one digit character (一 壹 1 １ 〇 零 两 …), or -1. */
    public static int digitValue(char c) {
        switch (c) {
            case '〇': case '零': case '0': case '０': case '○':
                return 0;
            case '一': case '壹': case '幺': case '1': case '１':
                return 1;
            case '二': case '贰': case '貳': case '两': case '兩': case '2': case '２':
                return 2;
            case '三': case '叁': case '參': case '3': case '３':
                return 3;
            case '四': case '肆': case '4': case '４':
                return 4;
            case '五': case '伍': case '5': case '５':
                return 5;
            case '六': case '陆': case '陸': case '6': case '６':
                return 6;
            case '七': case '柒': case '7': case '７':
                return 7;
            case '八': case '捌': case '8': case '８':
                return 8;
            case '九': case '玖': case '9': case '９':
                return 9;
            default:
                return -1;
        }
    }

    /** The multiplier of a unit character (十 拾 百 佰 千 仟 万 萬 亿 億), or 0. */
    public static long unitValue(char c) {
        switch (c) {
            case '十': case '拾':
                return 10L;
            case '百': case '佰':
                return 100L;
            case '千': case '仟':
                return 1_000L;
            case '万': case '萬':
                return 10_000L;
            case '亿': case '億':
                return 100_000_000L;
            default:
                return 0L;
        }
    }

    /** The value of 廿 (20), 卅 (30) and 卌 (40), or 0. */
    private static int tensValue(char c) {
        switch (c) {
            case '廿': case '念':
                return 20;
            case '卅':
                return 30;
            case '卌':
                return 40;
            default:
                return 0;
        }
    }

    private static boolean isArabic(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** True for every character that may stand in a numeral (digits, units, 廿, 点). */
    public static boolean isNumeralChar(char c) {
        return digitValue(c) >= 0 || unitValue(c) > 0 || tensValue(c) > 0;
    }

    /** True for the Chinese (not Arabic) digit and unit characters. */
    public static boolean isChineseNumeralChar(char c) {
        return isNumeralChar(c) && !isArabic(c);
    }

    /**
     * The whole string as an integer, or empty when it is not a numeral. A string of digits
     * without any unit is read digit by digit (二〇二三 → 2023, 一二 → 12).
     */
    public static OptionalLong toLong(String s) {
        if (s == null) {
            return OptionalLong.empty();
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return OptionalLong.empty();
        }
        boolean hasUnit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (unitValue(c) > 0 || tensValue(c) > 0) {
                hasUnit = true;
            } else if (digitValue(c) < 0) {
                return OptionalLong.empty();
            }
        }
        if (!hasUnit) {
            return digitByDigit(t);
        }
        return positional(t);
    }

    /** {@link #toLong} as an int, empty when out of range. */
    public static OptionalInt toInt(String s) {
        OptionalLong v = toLong(s);
        if (v.isEmpty() || v.getAsLong() > Integer.MAX_VALUE) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) v.getAsLong());
    }

    /**
     * The whole string as a decimal: integers as in {@link #toLong}, decimals with 点 or '.'
     * (三点五 → 3.5, 1.5万 → 15000, 二点零五亿 → 205000000). Empty when it is not a numeral.
     */
    public static Optional<BigDecimal> toBigDecimal(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = ChineseText.toHalfWidth(s).strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        int point = indexOfPoint(t);
        if (point < 0) {
            OptionalLong v = toLong(t);
            return v.isPresent() ? Optional.of(BigDecimal.valueOf(v.getAsLong())) : Optional.empty();
        }
        // integer part, fraction digits, then trailing units (万, 亿, 千万) multiplying the whole
        String intPart = t.substring(0, point);
        int j = point + 1;
        StringBuilder frac = new StringBuilder();
        while (j < t.length() && digitValue(t.charAt(j)) >= 0) {
            frac.append(digitValue(t.charAt(j)));
            j++;
        }
        if (frac.length() == 0) {
            return Optional.empty();
        }
        BigDecimal multiplier = BigDecimal.ONE;
        for (; j < t.length(); j++) {
            long u = unitValue(t.charAt(j));
            if (u == 0) {
                return Optional.empty();
            }
            multiplier = multiplier.multiply(BigDecimal.valueOf(u));
        }
        BigDecimal whole;
        if (intPart.isEmpty()) {
            whole = BigDecimal.ZERO;
        } else {
            OptionalLong iv = toLong(intPart);
            if (iv.isEmpty()) {
                return Optional.empty();
            }
            whole = BigDecimal.valueOf(iv.getAsLong());
        }
        BigDecimal value = whole.add(new BigDecimal("0." + frac)).multiply(multiplier);
        return Optional.of(plain(value));
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static int indexOfPoint(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '点' || c == '.' || c == '點') {
                return i;
            }
        }
        return -1;
    }

    /**
     * A four-digit year written digit by digit (二〇二三, 二零二三, 2023, ２０２３); empty otherwise
     * (two-digit years are not guessed).
     */
    public static OptionalInt year(String s) {
        if (s == null) {
            return OptionalInt.empty();
        }
        String t = s.strip();
        if (t.length() != 4) {
            return OptionalInt.empty();
        }
        OptionalLong v = digitByDigit(t);
        return v.isPresent() ? OptionalInt.of((int) v.getAsLong()) : OptionalInt.empty();
    }

    private static OptionalLong digitByDigit(String t) {
        if (t.length() > 18) {
            return OptionalLong.empty();
        }
        long v = 0;
        for (int i = 0; i < t.length(); i++) {
            int d = digitValue(t.charAt(i));
            if (d < 0) {
                return OptionalLong.empty();
            }
            v = v * 10 + d;
        }
        return OptionalLong.of(v);
    }

    /**
     * Positional reading. {@code pending} is the number read since the last unit (Arabic runs
     * accumulate: 12万); {@code section} the part below 万; {@code total} what 万 and 亿 closed.
     * A trailing digit right after a unit of 百 or more without 零 counts one unit lower
     * (三万五 → 35000, 一百五 → 150).
     */
    private static OptionalLong positional(String t) {
        long total = 0;
        long section = 0;
        long pending = 0;
        boolean pendingSet = false;
        boolean prevArabic = false;
        long lastUnit = 0;
        boolean zeroSinceUnit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int d = digitValue(c);
            if (d >= 0) {
                if (d == 0 && !isArabic(c)) {
                    zeroSinceUnit = true;
                    prevArabic = false;
                    continue;
                }
                if (isArabic(c) && prevArabic) {
                    pending = pending * 10 + d;
                } else {
                    if (pendingSet) {
                        return OptionalLong.empty(); // two digits without a unit between: 三五百
                    }
                    pending = d;
                }
                pendingSet = true;
                prevArabic = isArabic(c);
                continue;
            }
            prevArabic = false;
            int tens = tensValue(c);
            if (tens > 0) {
                if (pendingSet) {
                    return OptionalLong.empty();
                }
                section += tens;
                lastUnit = 10;
                zeroSinceUnit = false;
                continue;
            }
            long u = unitValue(c);
            if (u == 0) {
                return OptionalLong.empty();
            }
            if (u == 10_000L || u == 100_000_000L) {
                long part = section + pending;
                if (part == 0 && !pendingSet && section == 0 && total == 0) {
                    part = 1; // 万 alone
                }
                if (u == 100_000_000L) {
                    total = (total + part) * u;
                } else {
                    // 一亿三千万: the 万 multiplies only what came after 亿
                    total = total + part * u;
                }
                section = 0;
            } else {
                long n = pendingSet ? pending : 1; // 十五: the leading 一 is implied
                section += n * u;
            }
            pending = 0;
            pendingSet = false;
            lastUnit = u;
            zeroSinceUnit = false;
        }
        if (pendingSet && !zeroSinceUnit && lastUnit >= 100 && !isArabic(t.charAt(t.length() - 1))) {
            long lower = lastUnit == 10_000L ? 1_000L : lastUnit == 100_000_000L ? 10_000_000L : lastUnit / 10;
            pending = pending * lower;
        }
        return OptionalLong.of(total + section + pending);
    }
}
