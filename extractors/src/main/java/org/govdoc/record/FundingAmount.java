package org.govdoc.record;

import java.math.BigDecimal;
import org.govdoc.model.Location;

/**
 * A money figure.
 *
 * @param amountYuan  exact amount in yuan (69.381万元 → 693810)
 * @param text        the figure as written
 * @param role        allocation | subsidy | tax | cost_saving | other
 * @param qualifier   最高, 约, 以上 … as written, or null
 * @param approximate true when the text says the amount is approximate (约, 左右, 近)
 * @param context     the sentence (or table row) the figure stands in
 * @param location    where it stands
 */
public record FundingAmount(BigDecimal amountYuan, String text, String role, String qualifier,
                            boolean approximate, String context, Location location) {
}
