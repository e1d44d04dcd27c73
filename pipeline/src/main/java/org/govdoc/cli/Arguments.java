package org.govdoc.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.govdoc.text.ChineseText;
import org.govdoc.text.DateParser;
import picocli.CommandLine.TypeConversionException;

/** Command-line values read with the project's parsers; a bad value is a sentence, never a Java exception text. */
final class Arguments {

    private Arguments() {
    }

    /** A day: 2023-06-30, 2023/6/30, 2023.6.30, 2023年6月30日, 二〇二三年六月三十日 (the one date parser). */
    static LocalDate date(String text) {
        String t = text.strip();
        for (DateParser.DateMention d : DateParser.find(t, null)) {
            if (d.start() == 0 && d.end() == t.length() && d.precision() == DateParser.Precision.DAY
                    && d.yearExplicit() && d.first() != null) {
                return d.first(); // the whole value is one day with its year
            }
        }
        throw new TypeConversionException("expected a date such as 2023-06-30 or 2023年6月30日, got '" + text + "'");
    }

    /** A plain number (95, 200000, 92.5, 1,000, full-width digits). */
    static BigDecimal number(String text) {
        String t = ChineseText.toHalfWidth(text).strip().replace(",", "");
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected a number such as 95 or 200000, got '" + text + "'");
        }
    }

    /** A count of at least 0, or "all" (read as {@code all}). */
    static int countOrAll(String option, String text, int all) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("all")) {
            return all;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // a sentence below
        }
        throw new IllegalArgumentException(option + ": expected a number of 0 or more, or all, got '" + text + "'");
    }
}
