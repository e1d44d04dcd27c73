package org.govdoc.corpus.gen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.corpus.spec.SpecBlock.Cell;
import org.govdoc.record.DocType;

/** Work plans (工作方案): numbered sections, tasks under 牵头单位/责任单位/完成时限 blocks. */
final class WorkPlanGenerator {

    private static final List<String> SECTIONS = List.of("强化组织推进，夯实工作基础", "聚焦重点领域，提升服务质效",
            "深化改革创新，激发发展活力", "加强统筹协调，形成工作合力", "完善制度机制，巩固提升成效",
            "坚持问题导向，补齐短板弱项");
    private static final List<String> DETAILS = List.of("要明确责任分工，细化工作措施，确保各项任务按时保质完成。",
            "建立工作台账，实行清单化管理、项目化推进。", "定期开展督促检查，及时通报工作进展情况。",
            "加强部门协同配合，形成上下联动、齐抓共管的工作格局。", "年内完成率达到%d%%以上。",
            "全年组织开展专项行动不少于%d次。", "及时总结推广好经验好做法，形成可复制可推广的工作机制。",
            "各责任单位每季度末将工作进展情况报送牵头单位。");

    private WorkPlanGenerator() {
    }

    /** Tasks sharing one assignment block. */
    private record Assignment(List<String> lead, List<String> responsible, DeadlinePhrase deadline) {
    }

    static GeneratedDocument generate(Rng rng, long index, District d, int year) {
        WorkPlanVariants.Layout layout = WorkPlanVariants.pick(rng);
        if (layout != null) {
            return WorkPlanVariants.generate(layout, rng, index, d, year);
        }
        Style style = Style.random(rng);
        Themes.Theme theme = rng.pick(Themes.ALL);
        Issuers issuer = Issuers.random(rng, d, theme);
        String planName = d.name() + theme.planTitle() + year + "年工作方案";
        boolean notice = rng.chance(0.6);
        LocalDate issued = LocalDate.of(year, rng.between(1, 6), rng.between(1, 28));
        int number = rng.between(1, 60);
        String docNumber = null;
        boolean chineseDate = rng.chance(0.35);
        String dateText = chineseDate ? Numerals.dateChinese(issued) : Numerals.date(issued);
        SpecBuilder b = new SpecBuilder(style);
        if (notice) {
            docNumber = Issuers.canonical(issuer.numberPrefix(), year, number);
            if (rng.chance(0.2)) {
                // a notice as reprinted on a web page: the 发文字号 in brackets under the title, no header mark
                b.title("关于印发《" + planName + "》的通知");
                b.center("（" + Issuers.printed(rng, issuer.numberPrefix(), year, number) + "）");
            } else {
                b.center(issuer.name() + (rng.chance(0.5) ? "文件" : ""));
                b.center(Issuers.printed(rng, issuer.numberPrefix(), year, number));
                b.title("关于印发《" + planName + "》的通知");
            }
            b.p(String.join("，", Units.collective(d).subList(0, 2)) + "：");
            b.p("《" + planName + "》已经" + d.name() + "人民政府同意，现印发给你们，请认真贯彻执行。");
            b.sign(issuer.name());
            b.sign(dateText);
            b.p(rng.pick("（此件公开发布）", "（此件主动公开）", "（此件公开发布）"));
            if (rng.chance(0.6)) {
                b.pageBreak(false);
            }
        }
        b.title(planName);
        int provNo = rng.between(3, 80);
        b.p("为深入贯彻落实《云南省" + theme.topic() + "工作实施方案》（云政办发〔" + (year - 1) + "〕" + provNo
                + "号）精神，进一步做好" + theme.planTitle() + "工作，结合" + d.name() + "实际，制定本方案。");
        b.heading(style.item1(1) + "总体目标", 2);
        b.p("以习近平新时代中国特色社会主义思想为指导，坚持目标导向、问题导向、结果导向，到" + year
                + "年底，" + theme.planTitle() + "工作取得明显成效，群众满意度进一步提升。");
        b.heading(style.item1(2) + "重点任务", 2);

        List<String> heads = new ArrayList<>(theme.tasks());
        rng.shuffle(heads);
        int headAt = 0;
        List<Gold.Task> tasks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String[]> tableRows = new ArrayList<>(); // headline, lead, responsible
        int sections = rng.between(2, 4);
        List<String> sectionNames = rng.sample(SECTIONS, sections);
        for (int s = 0; s < sections && headAt < heads.size(); s++) {
            b.heading(style.item2(s + 1) + sectionNames.get(s), 3);
            int items = rng.between(2, 4);
            for (int it = 1; it <= items && headAt < heads.size(); it++) {
                boolean children = rng.chance(0.3) && heads.size() - headAt >= 3;
                if (!children) {
                    String head = heads.get(headAt++);
                    String text = head + "。" + detail(rng);
                    b.p(style.item3(it) + text);
                    Assignment a = assignment(rng, d, theme, year, b, style, true, null);
                    tasks.add(task(text, a, year));
                    tableRows.add(new String[] {head, String.join("、", a.lead()), String.join("、", a.responsible())});
                    if (a.deadline() != null && a.deadline().typo()) {
                        warnings.add("implausible_year");
                    }
                } else {
                    String heading = style.item3(it) + rng.pick("统筹推进重点工作落实", "扎实开展专项行动", "健全完善工作机制");
                    // the lead named once on the heading's line, the sub-items with their helpers only
                    List<String> headingLead = rng.chance(0.2) ? List.of(d.local(theme.unit().shortBody())) : null;
                    b.p(heading + (headingLead == null ? "。" : "（牵头单位" + style.colon() + headingLead.get(0) + "）"));
                    int kids = Math.min(rng.between(2, 3), heads.size() - headAt);
                    boolean shared = headingLead == null && rng.chance(0.6);
                    List<String> pending = new ArrayList<>();
                    for (int k = 1; k <= kids; k++) {
                        String head = heads.get(headAt++);
                        String text = head + "。" + detail(rng);
                        if (rng.chance(0.1)) {
                            b.p(style.item4(k));
                            b.p(text);
                        } else {
                            b.p(style.item4(k) + text);
                        }
                        pending.add(text);
                        if (!shared || k == kids) {
                            Assignment a = assignment(rng, d, theme, year, b, style, pending.size() == 1, headingLead);
                            for (String t : pending) {
                                tasks.add(task(t, a, year));
                            }
                            tableRows.add(new String[] {head, String.join("、", a.lead()),
                                    String.join("、", a.responsible())});
                            if (a.deadline() != null && a.deadline().typo()) {
                                warnings.add("implausible_year");
                            }
                            pending.clear();
                        }
                    }
                }
            }
        }
        b.heading(style.item1(3) + "保障措施", 2);
        b.p(style.item2(1) + "加强组织领导。成立工作领导小组，统筹协调解决工作推进中的重大问题。");
        List<Gold.Amount> amounts = new ArrayList<>();
        if (rng.chance(0.35)) {
            Money m = Money.wan(rng, 5, 800);
            b.p(style.item2(2) + "强化经费保障。" + d.local(Units.FINANCE.shortBody()) + "安排专项工作经费" + m.text()
                    + "，保障各项工作顺利开展。");
            // 安排…经费: money the plan allocates to its own work, as 全年安排资金 in a declaration
            amounts.add(new Gold.Amount(m.yuan(), "allocation", m.text()));
        } else {
            b.p(style.item2(2) + "强化督促检查。将各项任务纳入年度目标考核，定期通报工作进展。");
        }
        if (rng.chance(0.25)) {
            int perHousehold = rng.between(5, 30) * 100;
            b.p(style.item2(3) + "加大政策支持。对按期完成任务的村（社区）给予每个最高" + perHousehold + "元奖补。");
            amounts.add(new Gold.Amount(BigDecimal.valueOf(perHousehold), "subsidy", perHousehold + "元"));
        }
        if (!notice) {
            b.sign(issuer.name());
            b.sign(dateText);
        }
        if (rng.chance(0.3)) {
            assessmentTable(rng, b, tableRows);
        }
        Gold gold = new Gold(DocType.WORK_PLAN, d, year, docNumber, issued, null, amounts, List.of(), tasks, null,
                warnings);
        String stem = String.format("%06d_%s", index, planName);
        return new GeneratedDocument(index, stem, b.build(planName, issuer.name(), SpecBuilder.furniture(rng, planName)),
                gold);
    }

    private static String detail(Rng rng) {
        String t = rng.pick(DETAILS);
        return t.contains("%d") ? String.format(t, t.contains("%%") ? rng.between(80, 100) : rng.between(2, 12)) : t;
    }

    /**
     * The gold task. Without a 完成时限 the task's own text sets its deadline when it names one
     * (年内完成率达到90%: the end of the plan year).
     */
    private static Gold.Task task(String text, Assignment a, int year) {
        DeadlinePhrase p = a.deadline();
        List<LocalDate> dates = p != null ? p.dates() : text.contains("年内") ? List.of(LocalDate.of(year, 12, 31)) : List.of();
        return new Gold.Task(text, a.lead(), a.responsible(), dates, p != null && p.ongoing());
    }

    /**
     * Writes a 牵头单位/责任单位/完成时限 block and returns what it says.
     *
     * @param single the block covers one task only, so it may also be written inside the task's
     *               paragraph: （牵头单位：…；责任单位：…；完成时限：…）
     */
    private static Assignment assignment(Rng rng, District d, Themes.Theme theme, int year, SpecBuilder b, Style style,
                                         boolean single, List<String> headingLead) {
        List<String> lead = new ArrayList<>();
        if (headingLead == null && rng.chance(0.88)) {
            List<Units.Name> pool = new ArrayList<>(theme.partners());
            rng.shuffle(pool);
            lead.add(d.local(theme.unit().shortBody()));
            int more = rng.chance(0.35) ? rng.between(1, 2) : 0;
            for (int i = 0; i < more; i++) {
                lead.add(d.local(pool.get(i).shortBody()));
            }
            if (rng.chance(0.2)) {
                rng.shuffle(lead);
            }
        }
        List<String> responsible;
        if (rng.chance(0.6)) {
            responsible = rng.sample(Units.collective(d), rng.between(1, 2));
        } else {
            responsible = new ArrayList<>();
            for (Units.Name n : rng.sample(Units.ALL, rng.between(2, 4))) {
                String u = d.local(n.shortBody());
                if (!lead.contains(u)) {
                    responsible.add(u);
                }
            }
            if (headingLead != null) {
                responsible.removeAll(headingLead); // a unit under both is a lead only
            }
            if (responsible.isEmpty()) {
                responsible.add(Units.collective(d).get(0));
            }
        }
        DeadlinePhrase deadline = rng.chance(0.93) ? DeadlinePhrase.random(rng, year, 0.04) : null;
        String c = style.colon();
        String sep = style.unitSep();
        String leadLine = lead.isEmpty() ? null : "牵头单位" + c + String.join(sep, lead);
        String respLine = "责任单位" + c + String.join(sep, responsible);
        String dueLine = deadline == null ? null : "完成时限" + c + deadline.text();
        int layout = rng.nextInt(100);
        if (single && layout >= 93 && lead.size() <= 1 && (deadline == null || !deadline.typo())) {
            // one 责任单位 bracket carrying the lead, the role and the time limit after commas:
            // （责任单位：区发改局牵头，区财政局、区税务局，按职责分工负责，2023年6月底前）
            StringBuilder v = new StringBuilder("（责任单位" + c);
            if (!lead.isEmpty()) {
                v.append(lead.get(0)).append("牵头，");
            }
            v.append(String.join(sep, responsible)).append(rng.chance(0.5) ? "，按职责分工负责" : "按职责分工负责");
            if (deadline != null) {
                v.append("，").append(deadline.text());
            }
            b.appendToLast(v.append("）").toString());
        } else if (single && layout >= 85) {
            List<String> parts = new ArrayList<>();
            if (leadLine != null) {
                parts.add(leadLine);
            }
            parts.add(respLine);
            if (dueLine != null) {
                parts.add(dueLine);
            }
            b.appendToLast("（" + String.join("；", parts) + "）");
        } else if (layout < 60) {
            if (leadLine != null) {
                b.p(leadLine);
            }
            b.p(respLine);
            if (dueLine != null) {
                b.p(dueLine);
            }
        } else {
            List<String> parts = new ArrayList<>();
            if (leadLine != null) {
                parts.add(leadLine);
            }
            parts.add(respLine);
            if (dueLine != null) {
                parts.add(dueLine);
            }
            b.p(String.join("  ", parts));
        }
        return new Assignment(headingLead != null ? headingLead : lead, responsible, deadline);
    }

    /** 考评细则: rows of the tasks with units, points and scoring (not part of the gold tasks). */
    private static void assessmentTable(Rng rng, SpecBuilder b, List<String[]> rows) {
        b.pageBreak(rng.chance(0.3));
        b.p("附件");
        b.title("考评细则");
        boolean unitsFirst = rng.chance(0.5);
        List<List<Cell>> table = new ArrayList<>();
        table.add(unitsFirst
                ? List.of(Cell.of("序号"), Cell.of("考评内容"), Cell.of("牵头单位"), Cell.of("责任单位"), Cell.of("分值"),
                        Cell.of("评分标准"))
                : List.of(Cell.of("序号"), Cell.of("考评内容"), Cell.of("分值"), Cell.of("评分标准"), Cell.of("牵头单位"),
                        Cell.of("责任单位")));
        int n = Math.min(rows.size(), rng.between(3, 8));
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i);
            String points = String.valueOf(rng.between(1, 4) * 5);
            String scoring = "按时完成得" + points + "分；未按时完成的扣" + rng.between(1, 3) + "分；未开展的不得分。";
            table.add(unitsFirst
                    ? List.of(Cell.of(String.valueOf(i + 1)), Cell.of(r[0]), Cell.of(r[1]), Cell.of(r[2]), Cell.of(points),
                            Cell.of(scoring))
                    : List.of(Cell.of(String.valueOf(i + 1)), Cell.of(r[0]), Cell.of(points), Cell.of(scoring),
                            Cell.of(r[1]), Cell.of(r[2])));
        }
        b.table(new SpecBlock.Table(table, rng.chance(0.85), 1, true));
    }
}
