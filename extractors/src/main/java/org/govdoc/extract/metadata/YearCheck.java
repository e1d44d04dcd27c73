package org.govdoc.extract.metadata;

import java.time.LocalDate;
import org.govdoc.text.DateParser.DeadlinePhrase;

/**
 * Which years can be right in a local-government document (1900..2100), and the repair of a
 * deadline whose year is an evident typo of the document's year (2223年9月底前 in a 2023 plan →
 * 2023-09-30): the typo must differ from the reference year in exactly one digit.
 */
public final class YearCheck {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private YearCheck() {
    }

    public static boolean implausible(int year) {
        return year < MIN_YEAR || year > MAX_YEAR;
    }

    /** The reference year when {@code year} is implausible and one digit away from it, else {@code year}. */
    public static int repair(int year, Integer referenceYear) {
        if (!implausible(year) || referenceYear == null || implausible(referenceYear)) {
            return year;
        }
        String a = Integer.toString(year);
        String b = Integer.toString(referenceYear);
        if (a.length() != b.length()) {
            return year;
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                diff++;
            }
        }
        return diff == 1 ? referenceYear : year;
    }

    /** The deadline's date with an implausible year repaired (see {@link #repair}); the date as parsed otherwise. */
    public static LocalDate repairedDate(DeadlinePhrase phrase, Integer referenceYear) {
        LocalDate d = phrase.date();
        if (d == null || !implausible(d.getYear())) {
            return d;
        }
        int y = repair(d.getYear(), referenceYear);
        if (y == d.getYear()) {
            return d;
        }
        return moveYear(d, y);
    }

    /** The same day in another year; a month's last day stays the month's last day. */
    static LocalDate moveYear(LocalDate d, int y) {
        LocalDate moved = d.withYear(y);
        boolean wasMonthEnd = d.getDayOfMonth() == d.lengthOfMonth();
        return wasMonthEnd ? moved.withDayOfMonth(moved.lengthOfMonth()) : moved;
    }
}
