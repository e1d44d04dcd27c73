package org.govdoc.index.search;

import java.math.BigDecimal;

/**
 * The values of one group of matching entries that have a number.
 *
 * @param group  the group key (a district, a year, a docType, a city); "" when the entries have none
 * @param unit   the measurement unit as written ("" when none): values of different units are not mixed
 * @param median the middle value, or the mean of the two middle values
 */
public record CompareRow(String group, String unit, long count, BigDecimal min, BigDecimal max, BigDecimal median) {
}
