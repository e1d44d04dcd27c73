package org.govdoc.record;

import java.math.BigDecimal;
import org.govdoc.model.Location;

/**
 * One row of a performance-indicator table (绩效指标) that names a third-level indicator.
 *
 * @param operator  folded to {@code >}, {@code >=}, {@code =}, {@code <}, {@code <=}, or null
 * @param value     the target as a number ("100%" → 100, "200万件" → 2000000), or null
 * @param valueText the target as written
 * @param unit      the unit (度量单位) as written; "%" for percentages
 * @param kind      定量指标 / 定性指标 as written, or null
 */
public record Indicator(String level1, String level2, String level3, String operator, BigDecimal value,
                        String valueText, String unit, String kind, String scoring, String content,
                        String basis, Location location) {
}
