package org.govdoc.text;

import java.math.BigDecimal;

/**
 * A money expression found in a text.
 *
 * @param yuan        exact amount in yuan (69.381万元 → 693810)
 * @param text        the expression as written, qualifiers included ("约2200万元")
 * @param qualifier   the qualifying words as written (最高, 约, 以上, 不超过 …; "约…左右" when
 *                    both sides carry one), "区间下限"/"区间上限" for the ends of a range, or null
 * @param approximate true for 约, 大约, 近, 左右, 上下, 余, 多
 * @param start       offset of {@code text} in the searched string
 * @param end         offset just after it
 */
public record MoneyAmount(BigDecimal yuan, String text, String qualifier, boolean approximate, int start, int end) {
}
