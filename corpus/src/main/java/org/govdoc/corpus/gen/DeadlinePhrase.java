package org.govdoc.corpus.gen;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A 完成时限 as an office writes it, with the date it means.
 *
 * @param text    as printed: 2023年10月底前, 6月30日前, 年底前, 上半年, 一季度, 长期坚持 …
 * @param dates   the acceptable dates, the meant one first; a misprinted year adds the printed date;
 *                empty for a standing obligation without a date
 * @param ongoing 长期坚持 / 持续推进
 * @param typo    the year is misprinted (2223年): a careful reader flags it
 */
public record DeadlinePhrase(String text, List<LocalDate> dates, boolean ongoing, boolean typo) {

    public DeadlinePhrase {
        dates = List.copyOf(dates);
    }

    /**
     * A random deadline in {@code year}.
     *
     * @param typoChance probability of misprinting the year (only when the year is written)
     */
    public static DeadlinePhrase random(Rng rng, int year, double typoChance) {
        int form = rng.nextInt(100);
        if (form < 8) {
            return new DeadlinePhrase(rng.pick("长期坚持", "持续推进", "长期坚持", "持续开展"), List.of(), true, false);
        }
        String yearText = rng.chance(0.55) ? year + "年" : "";
        boolean typo = !yearText.isEmpty() && rng.chance(typoChance);
        int printedYear = typo ? year + 200 : year;
        String printedYearText = yearText.isEmpty() ? "" : printedYear + "年";
        LocalDate date;
        String phrase;
        if (form < 45) {
            int m = rng.between(3, 12);
            date = YearMonth.of(year, m).atEndOfMonth();
            phrase = m + "月底前";
        } else if (form < 65) {
            int m = rng.between(2, 12);
            int d = rng.between(1, YearMonth.of(year, m).lengthOfMonth());
            date = LocalDate.of(year, m, d);
            phrase = m + "月" + d + "日前";
        } else if (form < 77) {
            date = LocalDate.of(year, 12, 31);
            phrase = rng.pick("年底前", "12月底前", "年内");
            if (phrase.equals("年内")) {
                printedYearText = "";
                typo = false;
            }
        } else if (form < 87) {
            boolean first = rng.chance(0.6);
            date = first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            phrase = first ? "上半年" : "下半年";
        } else {
            int q = rng.between(1, 4);
            date = YearMonth.of(year, q * 3).atEndOfMonth();
            phrase = (rng.chance(0.5) ? "第" : "") + Numerals.chinese(q) + "季度";
        }
        boolean ongoing = rng.chance(0.25);
        String text = printedYearText + phrase + (ongoing ? rng.pick("，长期坚持", "，持续推进", "并长期坚持") : "");
        List<LocalDate> dates = new ArrayList<>();
        dates.add(date);
        if (typo) {
            dates.add(date.withYear(printedYear).withDayOfMonth(
                    Math.min(date.getDayOfMonth(), YearMonth.of(printedYear, date.getMonthValue()).lengthOfMonth())));
        }
        return new DeadlinePhrase(text, dates, ongoing, typo);
    }
}
