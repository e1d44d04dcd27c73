package org.govdoc.record;

import java.math.BigDecimal;
import org.govdoc.model.Location;

/**
 * A money figure. A document lists each amount once (the same total in two cells, or repeated as
 * its 财政拨款 part, is one figure); amounts of 0 are left out.
 *
 * @param amountYuan  exact amount in yuan (69.381万元 → 693810)
 * @param text        the figure as written
 * @param role        allocation (the project's own annual total) | component (a listed part of it:
 *                    其中…, parts in parentheses, an item's budget) | midterm (the multi-year total
 *                    beside the annual one) | total (a department's total above several projects) |
 *                    subsidy | tax | cost_saving | other
 * @param qualifier   最高, 约, 以上 … as written, or null
 * @param approximate true when the text says the amount is approximate (约, 左右, 近)
 * @param context     the sentence (or table row) the figure stands in
 * @param location    where it stands
 */
public record FundingAmount(BigDecimal amountYuan, String text, String role, String qualifier,
                            boolean approximate, String context, Location location) {
}
