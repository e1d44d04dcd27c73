package org.govdoc.index.search;

import java.math.BigDecimal;

/**
 * The values of one group of matching entries that have a number, with the same measurement unit and the
 * same operator (a target of {@code >100} is not one of {@code =100}). One document held in several files
 * counts once.
 *
 * @param group    the group key (a district, a year, a docType, a city); "" when the entries have none
 * @param measure  the measurement unit as written ("" when none; 元 for amounts): values of different units are
 *                 not mixed
 * @param operator {@code >}, {@code >=}, {@code =}, {@code <}, {@code <=}
 * @param count    how many values the statistics are of
 * @param sum      their sum
 * @param mean     their mean (rounded to 6 decimals at most)
 * @param median   the middle value, or the mean of the two middle values
 * @param flagged  values a warning points at: left out of the statistics ({@link FlaggedValues#EXCLUDE}) or
 *                 counted in them ({@link FlaggedValues#INCLUDE}); a row whose values are all flagged and left
 *                 out has count 0 and null statistics
 */
public record CompareRow(String group, String measure, String operator, long count, BigDecimal sum,
                         BigDecimal mean, BigDecimal min, BigDecimal max, BigDecimal median, long flagged) {
}
