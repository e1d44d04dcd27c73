package org.govdoc.extract.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.govdoc.record.DocType;
import org.govdoc.record.FundingAmount;
import org.govdoc.text.NumberParser;

/**
 * Settles the roles of a document's money figures together, once each has the role its own cues
 * give ({@link MoneyRoles}), and lists each amount once:
 * <ol>
 *   <li>amounts of 0 are left out (其他资金 0.00 is no money);</li>
 *   <li>a figure in a row of the performance indicators (成本指标 ≤250万) is never an allocation,
 *       nor is a listed part (in parentheses after a total, 其中 …);</li>
 *   <li>a column header over two or more amounts (预算金额（万元） above a list of items), or over
 *       an amount of a form whose own labels name its allocation (资金总额), names each item's
 *       budget: those are components;</li>
 *   <li>beside an annual total (年度资金总额) of the same form, a multi-year total (中期资金总额,
 *       项目资金总额, 总投资) is {@code midterm}; 中期/实施期 totals are midterm whenever the document
 *       has another allocation;</li>
 *   <li>a budget project without any allocation cue whose form has one 小计/合计/总计 (财政拨款小计
 *       with every other source 0) takes that subtotal as its allocation;</li>
 *   <li>an allocation at least the sum of the allocations of two or more other forms (a
 *       department's total above its projects' forms), or larger than every other form's and
 *       named as a department's or unit's budget (部门预算总额), is the {@code total};</li>
 *   <li>when forms (tables) give allocations, a paragraph's allocation of another amount (a list of
 *       projects above the form) is not one: the form's own total wins;</li>
 *   <li>listed parts (其中 …, in parentheses after a total) of a form or paragraph that has an
 *       allocation, and other figures of such a form each alone in its cell outside the indicators
 *       (项目支出, 基本支出 under 资金总额), below it in amount, are {@code component}s;</li>
 *   <li>a repeated amount is one amount: an allocation once per form (a paragraph's allocation
 *       repeating a table's is dropped), and any figure repeating an allocation, total or midterm
 *       amount (其中：财政拨款 equal to the total, the same total printed twice) is dropped.</li>
 * </ol>
 */
final class FundingRoles {

    private static final Pattern ANNUAL = Pattern.compile("年度|本年|当年|全年|年初|本级预算");
    private static final Pattern MULTI_YEAR = Pattern.compile("中期|实施期|项目期|执行期|总投资|项目总金额|项目总预算|项目资金总额");
    private static final Pattern EXPLICIT_MULTI_YEAR = Pattern.compile("中期|实施期|执行期");
    /** Words naming a department's (or unit's) whole budget, not a project's. */
    private static final Pattern DEPARTMENT = Pattern.compile("部门|单位(?:预算|资金|支出|收入)|整体支出|本级全部");
    private static final Pattern SUBTOTAL = Pattern.compile("小计|合计|总计");

    private FundingRoles() {
    }

    static List<FundingAmount> settle(List<MoneyFigure> read, DocType type) {
        List<MoneyFigure> f = new ArrayList<>();
        for (MoneyFigure m : read) {
            if (m.amount().amountYuan().signum() != 0) {
                f.add(m);
            }
        }
        partsAndTargets(f);
        headerLists(f);
        multiYear(f);
        if (type == DocType.BUDGET_PROJECT) {
            subtotals(f);
        }
        totals(f);
        paragraphsUnderForms(f);
        components(f);
        return fold(f);
    }

    private static void partsAndTargets(List<MoneyFigure> f) {
        for (int i = 0; i < f.size(); i++) {
            MoneyFigure m = f.get(i);
            if (m.part() && is(m, MoneyRoles.ALLOCATION)) {
                f.set(i, m.withRole(MoneyRoles.COMPONENT));
            } else if (m.indicatorRow() && is(m, MoneyRoles.ALLOCATION)) {
                f.set(i, m.withRole(MoneyRoles.OTHER));
            }
        }
    }

    private static void headerLists(List<MoneyFigure> f) {
        Map<List<Integer>, Integer> perColumn = new HashMap<>();
        Set<Integer> labelled = new HashSet<>();
        for (MoneyFigure m : f) {
            if (m.fromHeader() && is(m, MoneyRoles.ALLOCATION)) {
                perColumn.merge(column(m), 1, Integer::sum);
            } else if (m.inTable() && is(m, MoneyRoles.ALLOCATION)) {
                labelled.add(m.form());
            }
        }
        for (int i = 0; i < f.size(); i++) {
            MoneyFigure m = f.get(i);
            if (m.fromHeader() && is(m, MoneyRoles.ALLOCATION)
                    && (perColumn.get(column(m)) >= 2 || labelled.contains(m.form()))) {
                f.set(i, m.withRole(MoneyRoles.COMPONENT));
            }
        }
    }

    private static void multiYear(List<MoneyFigure> f) {
        List<MoneyFigure> before = List.copyOf(f);
        for (int i = 0; i < f.size(); i++) {
            MoneyFigure m = f.get(i);
            if (!is(m, MoneyRoles.ALLOCATION) || ANNUAL.matcher(m.roleCue()).find()
                    || !MULTI_YEAR.matcher(m.roleCue()).find()) {
                continue;
            }
            boolean explicit = EXPLICIT_MULTI_YEAR.matcher(m.roleCue()).find();
            boolean annualBeside = false;
            boolean otherAllocation = false;
            for (MoneyFigure o : before) {
                if (o == m || !is(o, MoneyRoles.ALLOCATION) || same(o, m)
                        || MULTI_YEAR.matcher(o.roleCue()).find() && !ANNUAL.matcher(o.roleCue()).find()) {
                    continue;
                }
                otherAllocation = true;
                annualBeside |= m.inTable() && m.form() == o.form() && ANNUAL.matcher(o.roleCue()).find();
            }
            if (annualBeside || explicit && otherAllocation) {
                f.set(i, m.withRole(MoneyRoles.MIDTERM));
            }
        }
    }

    private static void subtotals(List<MoneyFigure> f) {
        if (f.stream().anyMatch(m -> is(m, MoneyRoles.ALLOCATION))) {
            return;
        }
        Map<Integer, Set<BigDecimal>> perTable = new HashMap<>();
        for (MoneyFigure m : f) {
            if (m.inTable() && !m.indicatorRow() && SUBTOTAL.matcher(m.label()).find()) {
                perTable.computeIfAbsent(m.form(), k -> new HashSet<>()).add(key(m));
            }
        }
        for (int i = 0; i < f.size(); i++) {
            MoneyFigure m = f.get(i);
            Set<BigDecimal> s = perTable.get(m.form());
            if (s != null && s.size() == 1 && !m.indicatorRow() && SUBTOTAL.matcher(m.label()).find()) {
                f.set(i, m.withRole(MoneyRoles.ALLOCATION));
            }
        }
    }

    private static void totals(List<MoneyFigure> f) {
        Map<Integer, BigDecimal> largestPerScope = new HashMap<>();
        for (MoneyFigure m : f) {
            if (is(m, MoneyRoles.ALLOCATION)) {
                largestPerScope.merge(scope(m), key(m), BigDecimal::max);
            }
        }
        if (largestPerScope.size() < 2) {
            return;
        }
        for (int i = 0; i < f.size(); i++) {
            MoneyFigure m = f.get(i);
            if (!is(m, MoneyRoles.ALLOCATION)) {
                continue;
            }
            BigDecimal others = BigDecimal.ZERO;
            BigDecimal largestOther = BigDecimal.ZERO;
            for (Map.Entry<Integer, BigDecimal> e : largestPerScope.entrySet()) {
                if (!e.getKey().equals(scope(m))) {
                    others = others.add(e.getValue());
                    largestOther = largestOther.max(e.getValue());
                }
            }
            boolean aboveSeveral = largestPerScope.size() >= 3 && key(m).compareTo(others) >= 0;
            boolean department = DEPARTMENT.matcher(m.roleCue() + " " + m.label()).find()
                    && key(m).compareTo(largestOther) > 0;
            if (aboveSeveral || department) {
                f.set(i, m.withRole(MoneyRoles.TOTAL));
            }
        }
    }

    private static void paragraphsUnderForms(List<MoneyFigure> f) {
        Set<BigDecimal> inTables = new HashSet<>();
        for (MoneyFigure m : f) {
            if (m.inTable() && is(m, MoneyRoles.ALLOCATION)) {
                inTables.add(key(m));
            }
        }
        if (inTables.isEmpty()) {
            return;
        }
        for (int i = 0; i < f.size(); i++) {
            MoneyFigure m = f.get(i);
            if (!m.inTable() && is(m, MoneyRoles.ALLOCATION) && !inTables.contains(key(m))) {
                f.set(i, m.withRole(MoneyRoles.OTHER));
            }
        }
    }

    private static void components(List<MoneyFigure> f) {
        Map<List<Integer>, BigDecimal> largest = new HashMap<>();
        for (MoneyFigure m : f) {
            if (is(m, MoneyRoles.ALLOCATION) || is(m, MoneyRoles.MIDTERM) || is(m, MoneyRoles.TOTAL)) {
                largest.merge(unit(m), key(m), BigDecimal::max);
            }
        }
        for (int i = 0; i < f.size(); i++) {
            MoneyFigure m = f.get(i);
            BigDecimal a = largest.get(unit(m));
            boolean listedPart = m.part() || m.inTable() && m.alone() && !m.indicatorRow();
            if (a != null && is(m, MoneyRoles.OTHER) && listedPart && key(m).compareTo(a) < 0) {
                f.set(i, m.withRole(MoneyRoles.COMPONENT));
            }
        }
    }

    /** Where parts are read with their whole: a form, or one paragraph. */
    private static List<Integer> unit(MoneyFigure m) {
        Integer block = m.amount().location() == null ? null : m.amount().location().block();
        return java.util.Arrays.asList(m.form(), m.inTable() ? null : block);
    }

    /** Each amount once; see the class comment. Document order is kept. */
    private static List<FundingAmount> fold(List<MoneyFigure> f) {
        boolean[] keep = new boolean[f.size()];
        Set<BigDecimal> tableAllocations = new HashSet<>();
        for (MoneyFigure m : f) {
            if (m.inTable() && is(m, MoneyRoles.ALLOCATION)) {
                tableAllocations.add(key(m));
            }
        }
        Set<List<Object>> allocations = new HashSet<>();
        Set<BigDecimal> headline = new HashSet<>();
        for (int i = 0; i < f.size(); i++) {
            MoneyFigure m = f.get(i);
            if (is(m, MoneyRoles.ALLOCATION) && !(!m.inTable() && tableAllocations.contains(key(m)))
                    && allocations.add(List.of(scope(m), key(m)))) {
                keep[i] = true;
                headline.add(key(m));
            }
        }
        for (String role : List.of(MoneyRoles.TOTAL, MoneyRoles.MIDTERM)) {
            for (int i = 0; i < f.size(); i++) {
                if (is(f.get(i), role) && headline.add(key(f.get(i)))) {
                    keep[i] = true;
                }
            }
        }
        List<FundingAmount> out = new ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            MoneyFigure m = f.get(i);
            if (keep[i] || !is(m, MoneyRoles.ALLOCATION) && !is(m, MoneyRoles.TOTAL) && !is(m, MoneyRoles.MIDTERM)
                    && !headline.contains(key(m))) {
                out.add(m.amount());
            }
        }
        return out;
    }

    private static boolean is(MoneyFigure m, String role) {
        return role.equals(m.role());
    }

    private static boolean same(MoneyFigure a, MoneyFigure b) {
        return key(a).compareTo(key(b)) == 0;
    }

    private static BigDecimal key(MoneyFigure m) {
        return NumberParser.plain(m.amount().amountYuan());
    }

    /** The form a figure belongs to; every paragraph of the document is one scope. */
    private static Integer scope(MoneyFigure m) {
        return m.form();
    }

    private static List<Integer> column(MoneyFigure m) {
        return java.util.Arrays.asList(m.form(), m.amount().location() == null ? null : m.amount().location().column());
    }
}
