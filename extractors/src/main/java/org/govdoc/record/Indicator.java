package org.govdoc.record;

import java.math.BigDecimal;
import org.govdoc.model.Location;

/**
 * One row of a performance-indicator table (绩效指标) that names a third-level indicator.
 *
 * <p>A numeric target ("≥95%", "100%", "3500公斤", "≤30万元") has an operator ("=" when no
 * comparison is written), its number as written and its unit as written. A text target ("按时完成",
 * "12月底到位", "2021年全年") has operator, value and unit null and only {@code valueText}.
 * Where a long-term (中长期 / 中期 / 实施期) and an annual (年度) target stand side by side, the
 * annual one is the target and the long-term one is kept in the {@code longTerm…} fields.
 *
 * @param level1            一级指标 as written (预期产出指标, 项目完成指标 …), null when the table has none
 * @param level2            二级指标 as written, null when empty
 * @param level3            三级指标 as written
 * @param operator          folded to {@code >}, {@code >=}, {@code =}, {@code <}, {@code <=}; null for a text target
 * @param value             the number as written ("100%" → 100, "250万" → 250, "80,000元" → 80000), null for a text target
 * @param valueText         the target as written
 * @param unit              the unit as written ("%", "人次", "元/亩", "万元", "万"), null when none or for a text target
 * @param kind              定量指标 / 定性指标 as written, or null
 * @param longTermOperator  the long-term target's operator, as {@code operator}; null when none
 * @param longTermValue     the long-term target's number, as {@code value}; null when none
 * @param longTermValueText the long-term target as written; null when the table has no long-term target
 * @param longTermUnit      the long-term target's unit, as {@code unit}
 */
public record Indicator(String level1, String level2, String level3, String operator, BigDecimal value,
                        String valueText, String unit, String kind, String scoring, String content,
                        String basis, Location location, String longTermOperator, BigDecimal longTermValue,
                        String longTermValueText, String longTermUnit) {

    /** An indicator with an annual target only. */
    public Indicator(String level1, String level2, String level3, String operator, BigDecimal value,
                     String valueText, String unit, String kind, String scoring, String content,
                     String basis, Location location) {
        this(level1, level2, level3, operator, value, valueText, unit, kind, scoring, content, basis, location,
                null, null, null, null);
    }
}
