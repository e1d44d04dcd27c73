package org.govdoc.corpus.gen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A money figure as printed (69.381万元, 1.2亿元, 693810元, 693,810.00元) with its exact value in
 * yuan.
 */
public record Money(BigDecimal yuan, String text) {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    /** A budget between about 3万 and 900万 yuan, rarely in 亿, printed in one of the usual ways. */
    public static Money random(Rng rng) {
        int style = rng.nextInt(100);
        if (style < 4) {
            BigDecimal yi = BigDecimal.valueOf(rng.between(11, 58)).movePointLeft(1);
            return new Money(plain(yi.multiply(YI)), yi.toPlainString() + "亿元");
        }
        // an amount in yuan with at most 4 decimals of 万 (whole yuan)
        long yuan = (long) rng.between(30, 9000) * 1000 + (rng.chance(0.5) ? rng.between(0, 99) * 10L : 0);
        BigDecimal y = BigDecimal.valueOf(yuan);
        if (style < 70) {
            BigDecimal wan = y.divide(WAN, 4, RoundingMode.UNNECESSARY).stripTrailingZeros();
            return new Money(plain(y), wan.toPlainString() + "万元");
        } else if (style < 85) {
            return new Money(plain(y), yuan + "元");
        } else {
            DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return new Money(plain(y), f.format(y) + "元");
        }
    }

    /** A figure in 万元 with the given number of decimals (for amounts named inside sentences). */
    public static Money wan(Rng rng, int min, int max) {
        BigDecimal wan = BigDecimal.valueOf(rng.between(min * 10, max * 10)).movePointLeft(1).stripTrailingZeros();
        return new Money(plain(wan.multiply(WAN)), wan.toPlainString() + "万元");
    }

    static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
