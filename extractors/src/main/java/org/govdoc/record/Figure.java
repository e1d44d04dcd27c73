package org.govdoc.record;

import java.math.BigDecimal;
import org.govdoc.model.Location;

/**
 * A narrative statistic: 全区新增市场主体23299户 → label 新增市场主体, value 23299, unit 户.
 */
public record Figure(String label, BigDecimal value, String unit, String text, String context,
                     Location location) {
}
