package org.govdoc.extract.funding;

import java.util.regex.Pattern;
import org.govdoc.record.DocType;

/**
 * The role of a money figure, from the words before it in its clause (or its row label and
 * column header in a table):
 * <ul>
 *   <li>{@code allocation}: the money the budget project itself is given (全年安排资金, 预算金额,
 *       项目总金额, 申报金额, 年度资金申请总额, 年度本级预算金额, money handed down: 下达…预算/投资 …), or a
 *       work plan's own funding (财政局安排专项工作经费X万元); never for a
 *       part of it (其中, 用于, 人均 …) and never in other kinds of document;</li>
 *   <li>{@code tax}: 税, 减免, 退税 …;</li>
 *   <li>{@code subsidy}: 补助, 补贴, 奖励, 奖补, 资助, 扶持 …;</li>
 *   <li>{@code cost_saving}: 节约, 节省, 降低成本, 减负 …;</li>
 *   <li>{@code other} otherwise.</li>
 * </ul>
 * {@link FundingRoles} then settles the document's figures together and may make a figure a
 * {@code component}, {@code midterm} or {@code total}.
 */
public final class MoneyRoles {

    public static final String ALLOCATION = "allocation";
    public static final String SUBSIDY = "subsidy";
    public static final String TAX = "tax";
    public static final String COST_SAVING = "cost_saving";
    public static final String OTHER = "other";
    /** A listed part of the project's money (其中：财政拨款, 项目支出 under 资金总额, an item's budget). */
    public static final String COMPONENT = "component";
    /** A total above several projects' allocations (a department's budget above its projects' forms). */
    public static final String TOTAL = "total";
    /** The multi-year total beside the annual allocation (中期资金总额, 项目资金总额 beside 年度资金总额). */
    public static final String MIDTERM = "midterm";

    private static final Pattern ALLOCATION_CUES = Pattern.compile(
            "安排资金|安排经费|安排预算|预算安排|全年安排|年度安排|预算金额|预算资金|预算总额|预算数|预算为|年度预算|本年预算|项目预算"
                    + "|项目总金额|项目金额|总金额|申报金额|申请金额|申请资金|申报资金|申请总额|资金申请|项目资金|资金总额|本级预算|资金规模|资金预算|总预算"
                    + "|项目总投资|总投资|经费预算|项目经费|工作经费|所需经费|所需资金|资金需求|下达资金|拨付资金"
                    // 申请财政资金, 安排专项经费, 需财政预算资金, 拟安排项目资金
                    + "|(?:安排|申请|申报|下达|拨付|需要|需|拟安排|计划安排)(?:财政|专项|项目|工作|本级|上级|预算){0,2}(?:资金|经费)");
    /**
     * Money handed down ending the clause (现下达你区2022年预算2350万元, 下达中央预算内投资（万元）):
     * a verb of handing down, then within a few words the money word right before the figure.
     */
    private static final Pattern HANDED_DOWN = Pattern.compile(
            "(?:下达|安排|拨付|分配|核定)[^，,。；;：:]{0,14}(?:预算|资金|投资|经费)(?:指标)?(?:[（(][^）)]{0,8}[）)])?[:：]?\\s*$");
    /** The cues that make a work plan's own money an allocation (经费保障: 财政局安排专项工作经费X万元). */
    private static final Pattern PLAN_ALLOCATION_CUES = Pattern.compile(
            "安排(?:财政|专项|项目|工作|本级|配套){0,3}(?:经费|资金)|预算安排|安排预算|全年安排");
    private static final Pattern PART_CUES = Pattern.compile("其中|包括|含|用于|分别|人均|每人|每次|每户|每家|单价|/|其他资金|上年结转|结转资金|自筹");
    private static final Pattern TAX_CUES = Pattern.compile("税|减免|免征|减征|退库|缓缴|抵扣|留抵");
    private static final Pattern SUBSIDY_CUES = Pattern.compile("补助|补贴|奖励|奖补|资助|扶持|贴息|救助|慰问|以奖代补|资金支持");
    private static final Pattern SAVING_CUES = Pattern.compile("节约|节省|节支|降低成本|减少成本|降本|减负|降低费用|减少支出|省钱");

    private MoneyRoles() {
    }

    /** True when the words mark a part of a larger sum (其中, 用于, 人均, 单价 …). */
    public static boolean isPart(String cue) {
        return cue != null && PART_CUES.matcher(cue).find();
    }

    /** {@link #of(String, String, DocType)} with nothing after the figure. */
    public static String of(String cue, DocType docType) {
        return of(cue, "", docType);
    }

    /**
     * @param cue     the words the figure is read with: the clause before it, or its row label
     *                and column header
     * @param after   the rest of the clause after the figure (给予5万元补助): read for tax, subsidy
     *                and saving words, not for allocation
     * @param docType the document's type: allocations are the own money of a budget project
     *                (any allocation cue) or of a work plan (安排…经费/资金 only)
     */
    public static String of(String cue, String after, DocType docType) {
        String before = cue == null ? "" : cue;
        Pattern allocation = docType == DocType.BUDGET_PROJECT ? ALLOCATION_CUES
                : docType == DocType.WORK_PLAN ? PLAN_ALLOCATION_CUES : null;
        if (allocation != null && (allocation.matcher(before).find()
                || docType == DocType.BUDGET_PROJECT && HANDED_DOWN.matcher(before).find()) && !isPart(before)) {
            return ALLOCATION;
        }
        String c = before + " " + (after == null ? "" : after);
        if (TAX_CUES.matcher(c).find()) {
            return TAX;
        }
        if (SUBSIDY_CUES.matcher(c).find()) {
            return SUBSIDY;
        }
        if (SAVING_CUES.matcher(c).find()) {
            return COST_SAVING;
        }
        return OTHER;
    }
}
