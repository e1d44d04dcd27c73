package org.govdoc.corpus.gen;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.corpus.spec.SpecBlock.Cell;
import org.govdoc.record.DocType;

/**
 * Work plans in the shapes offices use besides 牵头单位/责任单位/完成时限 blocks, each with its gold:
 * <ul>
 * <li>{@link Layout#TARGETS}: a 分工方案 of numbered targets, each followed by a 牵头领导 line (a
 *     person or a position, never a unit, never the task's text), 牵头单位 and 责任单位 lines whose
 *     lists end in a bare 等 (dropped) or 等相关部门 (kept) and hold names with their own
 *     parentheses (各乡（镇）人民政府);</li>
 * <li>{@link Layout#BARE}: a 责任分解 whose only assignment is a bare parenthesis of unit names
 *     closing each item or the paragraph under it: （区发改局） (responsible, no lead);</li>
 * <li>{@link Layout#INLINE}: 政策措施 without a year in the title, header or date: the plan year is
 *     only in the 发文字号 of the document it implements, and a deadline stands in the measure's
 *     text (4月底前…); assignments as （X牵头，Y、Z等部门，W配合）;</li>
 * <li>{@link Layout#TABLE}: a 任务分解 whose tasks are the rows of a table with a 责任单位 column
 *     (a 牵头单位 column only sometimes), section rows (一、… merged across the row, or 一 beside a
 *     merged heading), sometimes a title row merged across the table and a 牵头领导 column.</li>
 * </ul>
 * Deterministic for the random source given.
 */
final class WorkPlanVariants {

    /** The layouts of this class. */
    enum Layout { TARGETS, BARE, INLINE, TABLE }

    /** Economic and social targets of a 政府工作报告 breakdown: %d is a number. */
    private static final List<String> TARGETS = List.of("全域生产总值增长%d%%以上", "规上工业增加值增长%d%%左右",
            "地方一般公共预算收入增长%d%%", "社会消费品零售总额增长%d%%左右", "城镇新增就业%d00人以上",
            "粮食总产量稳定在%d万吨以上", "城乡居民人均可支配收入增长%d%%", "全社会固定资产投资增长%d%%",
            "外贸进出口总额增长%d%%以上", "单位生产总值能耗下降%d%%左右", "实际利用外资%d千万美元以上",
            "新增市场主体%d00户以上");
    /** A paragraph under a target that restates it (no date in it: 全年 is no deadline). */
    private static final List<String> RESTATEMENTS = List.of("全年力争完成%d亿元，同口径比上年有所提高。",
            "全年确保总量稳中有升，增幅高于全市平均%d个百分点。", "其中重点项目完成%d个，结构进一步优化。");
    private static final List<String> INLINE_DETAILS = List.of("简化办理流程，压缩办理时限，推行并联审批。",
            "建立项目储备库，实行动态管理，提高项目成熟度。", "落实减税降费政策，帮助企业纾困解难。",
            "加大金融支持力度，扩大信贷投放规模。");
    private static final List<String> SECTIONS = List.of("做优做强特色产业", "持续扩大有效投资", "全力稳定市场消费",
            "着力保障改善民生", "深化重点领域改革", "提升城乡建设水平");
    private static final List<String> SECTION_NUMBERS_STYLES = List.of("merged", "serial");

    private WorkPlanVariants() {
    }

    /** A layout of this class, or null for the standard 牵头单位 blocks (about half of the plans). */
    static Layout pick(Rng rng) {
        int r = rng.nextInt(100);
        if (r < 50) {
            return null;
        }
        return r < 62 ? Layout.TARGETS : r < 74 ? Layout.BARE : r < 87 ? Layout.INLINE : Layout.TABLE;
    }

    static GeneratedDocument generate(Layout layout, Rng rng, long index, District d, int year) {
        Style style = Style.random(rng);
        Themes.Theme theme = rng.pick(Themes.ALL);
        Issuers issuer = Issuers.random(rng, d, theme);
        SpecBuilder b = new SpecBuilder(style);
        List<Gold.Task> tasks = new ArrayList<>();
        String planName;
        String docNumber = null;
        LocalDate issued = null;
        if (layout == Layout.INLINE) {
            planName = d.name() + rng.pick("稳增长促消费若干政策措施", "促进民营经济发展政策措施", "扩大有效投资若干措施");
            b.title(planName);
            inline(rng, d, theme, year, b, style, tasks);
        } else {
            planName = d.name() + year + "年" + switch (layout) {
                case TARGETS -> rng.pick("政府工作报告重点任务分工方案", "政府工作报告目标任务责任分工");
                case BARE -> rng.pick("政府工作主要目标责任分解", "主要经济指标责任分解");
                default -> rng.pick("重点工作任务分解", "重点工作任务责任清单");
            };
            issued = LocalDate.of(year, rng.between(1, 6), rng.between(1, 28));
            int number = rng.between(1, 80);
            docNumber = Issuers.canonical(issuer.numberPrefix(), year, number);
            b.center(Issuers.printed(rng, issuer.numberPrefix(), year, number));
            b.title(planName);
            b.p(String.join("，", Units.collective(d).subList(0, 2)) + "：");
            b.p("经" + d.name() + "人民政府研究同意，现将" + planName.substring(d.name().length())
                    + "印发给你们，请各责任单位对照任务抓好落实。");
            b.sign(issuer.name());
            b.sign(Numerals.date(issued));
            switch (layout) {
                case TARGETS -> targets(rng, d, year, b, style, tasks);
                case BARE -> bare(rng, d, b, tasks);
                default -> table(rng, d, theme, year, b, tasks);
            }
        }
        Gold gold = new Gold(DocType.WORK_PLAN, d, year, docNumber, issued, null, List.of(), List.of(), tasks, null,
                List.of());
        String stem = String.format("%06d_%s", index, planName);
        return new GeneratedDocument(index, stem, b.build(planName, issuer.name(), SpecBuilder.furniture(rng, planName)),
                gold);
    }

    // ---- numbered targets with 牵头领导 lines

    private static void targets(Rng rng, District d, int year, SpecBuilder b, Style style, List<Gold.Task> tasks) {
        b.p("为抓好" + year + "年政府工作报告确定的目标任务落实，现将有关任务分解如下。");
        b.heading(style.item1(1) + "主要预期目标", 2);
        List<String> targets = rng.sample(TARGETS, rng.between(3, 6));
        String c = style.colon();
        boolean person = rng.chance(0.5);
        for (int i = 0; i < targets.size(); i++) {
            String text = String.format(targets.get(i), rng.between(3, 9)) + "。";
            b.p(style.item3(i + 1) + text);
            if (rng.chance(0.8)) {
                String leader = person ? spaced(rng, Names.person(rng)) : d.level() + "政府分管领导同志";
                b.p(rng.pick("牵头领导", "责任领导") + c + leader);
            }
            List<Units.Name> pool = new ArrayList<>(Units.ALL);
            rng.shuffle(pool);
            String lead = d.local(pool.get(0).shortBody());
            b.p("牵头单位" + c + lead);
            List<String> gold = new ArrayList<>();
            StringBuilder printed = new StringBuilder();
            int named = rng.between(1, 3);
            for (int k = 0; k < named; k++) {
                String u = d.local(pool.get(k + 1).shortBody());
                gold.add(u);
                printed.append(k == 0 ? "" : "、").append(u);
            }
            int ending = rng.nextInt(3);
            if (ending == 0) {
                printed.append("等"); // a bare trailing 等: dropped from the name
            } else if (ending == 1) {
                String last = gold.remove(gold.size() - 1);
                printed.append("等相关部门"); // 等 before a noun: kept as written
                gold.add(last + "等相关部门");
            }
            for (String collective : rng.sample(List.of("各乡（镇）人民政府", "各街道办事处", "各园区管委会", "各村（社区）"),
                    rng.between(1, 2))) {
                printed.append("，").append(collective);
                gold.add(collective);
            }
            b.p("责任单位" + c + printed);
            tasks.add(new Gold.Task(text, List.of(lead), gold, List.of(), false));
        }
    }

    /** A two-character name is often printed with a space between its characters (王　健). */
    private static String spaced(Rng rng, String name) {
        return name.length() == 2 && rng.chance(0.5) ? name.charAt(0) + " " + name.charAt(1) : name;
    }

    // ---- bare parentheses of unit names

    private static void bare(Rng rng, District d, SpecBuilder b, List<Gold.Task> tasks) {
        b.heading("一、主要目标", 2);
        List<String> targets = rng.sample(TARGETS, rng.between(3, 7));
        for (int i = 0; i < targets.size(); i++) {
            String text = String.format(targets.get(i), rng.between(3, 9)) + "。";
            List<String> units = new ArrayList<>();
            List<Units.Name> names = rng.sample(Units.ALL, rng.chance(0.3) ? 2 : 1);
            units.add(d.local(names.get(0).shortBody()));
            if (names.size() > 1) {
                // the second name often without its level word, as written (…局、统计局)
                units.add(rng.chance(0.5) ? names.get(1).shortBody() : d.local(names.get(1).shortBody()));
            }
            String group = "（" + String.join("、", units) + "）";
            if (rng.chance(0.5)) {
                b.p((i + 1) + "." + text + group);
            } else {
                b.p((i + 1) + "." + text);
                String restate = RESTATEMENTS.get(rng.nextInt(RESTATEMENTS.size()));
                b.p(String.format(restate, rng.between(2, 40)) + group);
            }
            tasks.add(new Gold.Task(text, List.of(), units, List.of(), false));
        }
    }

    // ---- 政策措施 with inline roles, the year only in a cited number

    private static void inline(Rng rng, District d, Themes.Theme theme, int year, SpecBuilder b, Style style,
                               List<Gold.Task> tasks) {
        int cited = rng.between(2, 60);
        b.p("为贯彻落实《" + d.city() + "人民政府关于印发" + theme.topic() + "若干措施的通知》（" + d.cityShortName().charAt(0)
                + "政发〔" + year + "〕" + cited + "号）精神，结合" + d.name() + "实际，制定如下措施。");
        List<String> heads = new ArrayList<>(theme.tasks());
        rng.shuffle(heads);
        int sections = 2;
        int n = 0;
        for (int s = 1; s <= sections && n < heads.size(); s++) {
            b.heading(style.item1(s) + SECTIONS.get(rng.nextInt(SECTIONS.size())), 2);
            for (int k = 0; k < rng.between(2, 3) && n < heads.size(); k++) {
                String head = heads.get(n++);
                List<LocalDate> dates = new ArrayList<>();
                String detail = INLINE_DETAILS.get(rng.nextInt(INLINE_DETAILS.size()));
                if (rng.chance(0.5)) {
                    int m = rng.between(3, 11);
                    detail = detail + m + "月底前" + rng.pick("完成", "实现", "建成") + "相关工作。";
                    dates.add(YearMonth.of(year, m).atEndOfMonth());
                }
                List<Units.Name> pool = new ArrayList<>(Units.ALL);
                rng.shuffle(pool);
                String lead = d.local(pool.get(0).shortBody());
                List<String> gold = new ArrayList<>();
                List<String> first = new ArrayList<>();
                for (int i = 1; i <= rng.between(1, 3); i++) {
                    first.add(d.local(pool.get(i).shortBody()));
                }
                String group;
                if (rng.chance(0.5)) {
                    // a plain list before the part that names the role: （X牵头，Y、Z等部门，W配合）
                    String last = first.remove(first.size() - 1) + "等部门";
                    first.add(last);
                    gold.addAll(first);
                    String more = rng.pick("各乡镇（街道）", d.level() + "城投公司", "各园区管委会");
                    gold.add(more);
                    group = "（" + lead + "牵头，" + String.join("、", first) + "，" + more + "配合）";
                } else {
                    gold.addAll(first);
                    group = "（" + lead + "牵头，" + String.join("、", first) + "配合）";
                }
                String text = head + "。" + detail;
                b.p((n) + ". " + text + group);
                tasks.add(new Gold.Task(text, List.of(lead), gold, dates, false));
            }
        }
    }

    // ---- a task breakdown table

    private static void table(Rng rng, District d, Themes.Theme theme, int year, SpecBuilder b,
                              List<Gold.Task> tasks) {
        b.p("现将" + year + "年重点工作任务分解如下（见附表），各责任单位要细化措施，按时完成。");
        b.pageBreak(rng.chance(0.3));
        b.p("附表");
        boolean leadColumn = rng.chance(0.4);
        boolean leaderColumn = rng.chance(0.3);
        List<String> header = new ArrayList<>(List.of("序号", rng.pick("重点任务", "工作任务", "主要任务")));
        if (leaderColumn) {
            header.add("牵头领导");
        }
        if (leadColumn) {
            header.add("牵头单位");
        }
        header.add("责任单位");
        header.add("完成时限");
        int cols = header.size();
        List<List<Cell>> rows = new ArrayList<>();
        int headerRows = 1;
        if (rng.chance(0.4)) {
            rows.add(List.of(new Cell(year + "年重点工作任务责任分解表", 1, cols)));
            headerRows = 2;
        }
        rows.add(header.stream().map(Cell::of).toList());
        List<String> heads = new ArrayList<>(theme.tasks());
        rng.shuffle(heads);
        String sectionStyle = SECTION_NUMBERS_STYLES.get(rng.nextInt(SECTION_NUMBERS_STYLES.size()));
        List<String> sections = rng.sample(SECTIONS, 2);
        int n = 0;
        for (int s = 0; s < sections.size() && n < heads.size(); s++) {
            if (sectionStyle.equals("merged")) {
                rows.add(List.of(new Cell(Numerals.chinese(s + 1) + "、" + sections.get(s), 1, cols)));
            } else {
                rows.add(List.of(Cell.of(Numerals.chinese(s + 1)), new Cell(sections.get(s), 1, cols - 1)));
            }
            for (int k = 0; k < rng.between(2, 3) && n < heads.size(); k++) {
                String head = heads.get(n++);
                List<Units.Name> pool = new ArrayList<>(Units.ALL);
                rng.shuffle(pool);
                List<String> lead = leadColumn ? List.of(d.local(pool.get(0).shortBody())) : List.of();
                List<String> responsible = new ArrayList<>();
                for (int i = 1; i <= rng.between(1, 2); i++) {
                    responsible.add(d.local(pool.get(i).shortBody()));
                }
                if (rng.chance(0.5)) {
                    responsible.add(rng.pick("各乡（镇）人民政府", "各乡镇（街道）", "各村（社区）"));
                }
                DeadlinePhrase due = DeadlinePhrase.random(rng, year, 0);
                List<Cell> row = new ArrayList<>();
                row.add(Cell.of(String.valueOf(n)));
                row.add(Cell.of(head));
                if (leaderColumn) {
                    row.add(Cell.of(rng.chance(0.5) ? Names.person(rng) : "分管副" + levelHead(d)));
                }
                if (leadColumn) {
                    row.add(Cell.of(lead.get(0)));
                }
                row.add(Cell.of(String.join("、", responsible)));
                row.add(Cell.of(due.text()));
                rows.add(row);
                tasks.add(new Gold.Task(head, lead, responsible, due.dates(), due.ongoing()));
            }
        }
        b.table(new SpecBlock.Table(rows, true, headerRows, true));
    }

    /** The head of the district's government: 区长, 县长, 市长. */
    private static String levelHead(District d) {
        return d.level() + "长";
    }
}
