package org.govdoc.corpus.gen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govdoc.corpus.spec.SpecBlock.Cell;

/**
 * The ways a budget declaration writes its money, with the gold each way calls for (see
 * shared/eval/README.md: the project's own total is the allocation, its listed parts are
 * components, a mid-term total beside the annual one is midterm, a department's total above the
 * project is total, a repeated amount is one amount):
 * <ul>
 *   <li>in a sentence: as written; 万 without 元 (年度资金总额：854万); the total with its parts in
 *       parentheses; the total repeated as its 财政拨款 part; the mid-term total beside the annual one;</li>
 *   <li>in a key/value grid: as written; a bare number under a label in 万元 or 元 (with thousand
 *       separators); 万 without 元; a bare number with 金额单位：万元 above the table; the total
 *       repeated in a 财政拨款 row (and 其他资金 0.00); the mid-term total beside the annual one; a
 *       department's total in a sentence above the table.</li>
 * </ul>
 */
final class FundingVariants {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final List<String> PART_NAMES = List.of("设备购置", "场地租赁", "宣传培训", "工程建设",
            "劳务费用", "专家咨询", "运行维护", "物资采购");

    /**
     * A sentence naming the money and its gold amounts.
     *
     * @param text the sentence without its ending punctuation
     */
    record Sentence(String text, List<Gold.Amount> gold) {
    }

    /**
     * The cells of the grid row that names the money (label, value), rows to add below it, a
     * paragraph to print right above the table (or null), and the gold amounts.
     */
    record Grid(String label, String value, List<List<Cell>> extraRows, String paragraphAbove,
                List<Gold.Amount> gold) {
    }

    private FundingVariants() {
    }

    static Sentence sentence(Rng rng, Money money, String label) {
        int k = rng.nextInt(100);
        Money wan = inWan(money);
        if (k < 45 || wan == null) {
            return new Sentence(label + money.text(), List.of(allocation(money)));
        }
        if (k < 60) {
            String bare = wan.text().replace("万元", "万");
            return new Sentence("年度资金总额：" + bare, List.of(new Gold.Amount(money.yuan(), "allocation", bare)));
        }
        if (k < 75) {
            List<Money> parts = split(rng, wan);
            if (parts != null) {
                List<Gold.Amount> gold = new ArrayList<>(List.of(allocation(wan)));
                StringBuilder b = new StringBuilder(label + wan.text() + "（");
                List<String> names = rng.sample(PART_NAMES, parts.size());
                for (int i = 0; i < parts.size(); i++) {
                    b.append(i == 0 ? "" : "，").append(names.get(i)).append(parts.get(i).text());
                    gold.add(new Gold.Amount(parts.get(i).yuan(), "component", parts.get(i).text()));
                }
                return new Sentence(b.append("）").toString(), gold);
            }
        }
        if (k < 87) {
            return new Sentence(label + money.text() + "，其中财政拨款" + money.text(), List.of(allocation(money)));
        }
        Money midterm = times(wan, rng.between(2, 3));
        return new Sentence("项目中期资金总额" + midterm.text() + "，年度资金总额" + wan.text(),
                List.of(new Gold.Amount(midterm.yuan(), "midterm", midterm.text()), allocation(wan)));
    }

    static Grid grid(Rng rng, Money money, String label, int year) {
        int k = rng.nextInt(100);
        Money wan = inWan(money);
        if (k < 30 || wan == null && k < 60) {
            return new Grid(label, money.text(), List.of(), null, List.of(allocation(money)));
        }
        if (k < 40 || wan == null && k < 80) {
            // a bare number in 元 with thousand separators, the unit in the label
            DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
            String bare = f.format(money.yuan());
            return new Grid(label + "（元）", bare, List.of(), null, List.of(new Gold.Amount(money.yuan(), "allocation", bare)));
        }
        if (wan == null) {
            return new Grid(label, money.text(), List.of(), null, List.of(allocation(money)));
        }
        String bare = wan.text().replace("万元", "");
        Gold.Amount byBare = new Gold.Amount(wan.yuan(), "allocation", bare);
        if (k < 52) {
            return new Grid(label + "（万元）", bare, List.of(), null, List.of(byBare));
        }
        if (k < 62) {
            String noYuan = bare + "万";
            return new Grid("年度资金总额", noYuan, List.of(), null,
                    List.of(new Gold.Amount(wan.yuan(), "allocation", noYuan)));
        }
        if (k < 72) {
            return new Grid(label, bare, List.of(), "金额单位：万元", List.of(byBare));
        }
        if (k < 82) {
            List<List<Cell>> rows = List.of(List.of(Cell.of("其中：财政拨款（万元）"), Cell.of(bare),
                    Cell.of("其他资金（万元）"), Cell.of("0.00")));
            return new Grid("年度资金总额（万元）", bare, rows, null, List.of(byBare));
        }
        if (k < 91) {
            Money midterm = times(wan, rng.between(2, 3));
            String m = midterm.text().replace("万元", "");
            List<List<Cell>> rows = List.of(List.of(Cell.of("年度资金总额（万元）"), Cell.of(bare),
                    Cell.of("其中：财政拨款（万元）"), Cell.of(bare)));
            return new Grid("中期资金总额（万元）", m, rows, null,
                    List.of(new Gold.Amount(midterm.yuan(), "midterm", m), byBare));
        }
        Money total = times(wan, rng.between(4, 9));
        String paragraph = "本部门" + year + "年部门预算总额" + total.text() + "，分项目申报如下。";
        return new Grid(label, money.text(), List.of(), paragraph,
                List.of(new Gold.Amount(total.yuan(), "total", total.text()), allocation(money)));
    }

    private static Gold.Amount allocation(Money m) {
        return new Gold.Amount(m.yuan(), "allocation", m.text());
    }

    /** The money written in 万元, or null when it is not a whole number of 元 in at most 4 decimals of 万. */
    private static Money inWan(Money m) {
        if (m.text().endsWith("万元")) {
            return m;
        }
        if (m.yuan().compareTo(WAN) < 0 || m.yuan().stripTrailingZeros().scale() > 0) {
            return null;
        }
        BigDecimal w = m.yuan().divide(WAN, 4, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return new Money(m.yuan(), w.toPlainString() + "万元");
    }

    private static Money times(Money wan, int factor) {
        BigDecimal w = wan.yuan().multiply(BigDecimal.valueOf(factor)).divide(WAN, 4, RoundingMode.UNNECESSARY)
                .stripTrailingZeros();
        return new Money(Money.plain(w.multiply(WAN)), w.toPlainString() + "万元");
    }

    /** Two or three parts in whole 万元 adding up to the total (the last takes the rest); null when too small. */
    private static List<Money> split(Rng rng, Money wan) {
        BigDecimal w = wan.yuan().divide(WAN, 4, RoundingMode.UNNECESSARY);
        int whole = w.intValue();
        int n = rng.between(2, 3);
        if (whole < n * 2) {
            return null;
        }
        List<Money> parts = new ArrayList<>();
        BigDecimal rest = w;
        int left = whole;
        for (int i = 0; i < n - 1; i++) {
            int p = rng.between(1, left / (n - i) + 1);
            left -= p;
            rest = rest.subtract(BigDecimal.valueOf(p));
            parts.add(new Money(Money.plain(BigDecimal.valueOf(p).multiply(WAN)), p + "万元"));
        }
        BigDecimal last = rest.stripTrailingZeros();
        parts.add(new Money(Money.plain(last.multiply(WAN)), last.toPlainString() + "万元"));
        return parts;
    }
}
