package org.govdoc.text;

import java.math.BigDecimal;

/**
 * A number with its unit as found in a text. Found in running text ({@link QuantityParser#findAll})
 * the multiplier is applied ("200万件" → 2000000 件); read as a whole value
 * ({@link QuantityParser#parse}) it is kept as written ("200万件" → 200 万件).
 *
 * @param value the number
 * @param unit  the unit after the number (null when none)
 * @param text  the quantity as written
 * @param start offset of the quantity in the parsed text
 * @param end   offset just after it
 */
public record Quantity(BigDecimal value, String unit, String text, int start, int end) {
}
