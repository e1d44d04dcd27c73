package org.govdoc.text;

import java.math.BigDecimal;

/**
 * A number with its unit as found in a text: "200万件" → value 2000000, unit 件;
 * "95%" → value 95, unit %.
 *
 * @param value the number, multipliers (万, 亿) applied
 * @param unit  the unit as written after the number (null when none)
 * @param text  the quantity as written
 * @param start offset of the quantity in the parsed text
 * @param end   offset just after it
 */
public record Quantity(BigDecimal value, String unit, String text, int start, int end) {
}
