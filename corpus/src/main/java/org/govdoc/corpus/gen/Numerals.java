package org.govdoc.corpus.gen;

import java.time.LocalDate;

/** Chinese numerals as offices write them: 十二, 二〇二三年五月四日, （三）. */
public final class Numerals {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String SMALL = "零一二三四五六七八九";

    private Numerals() {
    }

    /** 1..99 as 一, 十, 十二, 二十, 二十三. */
    public static String chinese(int n) {
        if (n < 0 || n > 99) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        if (n < 10) {
            return String.valueOf(SMALL.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(SMALL.charAt(tens))) + "十" + (ones == 0 ? "" : SMALL.charAt(ones));
    }

    /** 2023 → 二〇二三. */
    public static String yearDigits(int year) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(year).toCharArray()) {
            b.append(DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }

    /** 2023年5月4日 in Arabic digits. */
    public static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 二〇二三年五月四日, the form of signature dates on formal documents. */
    public static String dateChinese(LocalDate d) {
        return yearDigits(d.getYear()) + "年" + chinese(d.getMonthValue()) + "月" + chinese(d.getDayOfMonth()) + "日";
    }

    /**
     * The date as a store that lost its 年月日 prints it (2023619 for 2023-06-19), or null when that
     * form could be read as another date too (2023111: 1-11 or 11-1).
     */
    public static String compactDate(LocalDate d) {
        String md = d.getMonthValue() + "" + d.getDayOfMonth();
        int readings = 0;
        for (int cut = 1; cut < md.length(); cut++) {
            String m = md.substring(0, cut);
            String day = md.substring(cut);
            if (m.length() > 2 || day.length() > 2) {
                continue;
            }
            int month = Integer.parseInt(m);
            int dom = Integer.parseInt(day);
            if (month >= 1 && month <= 12 && dom >= 1 && dom <= java.time.YearMonth.of(d.getYear(), month).lengthOfMonth()) {
                readings++;
            }
        }
        return readings == 1 ? d.getYear() + md : null;
    }
}
