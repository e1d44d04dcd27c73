package org.govdoc.corpus.gen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.corpus.spec.SpecBlock.Cell;
import org.govdoc.record.DocType;

/**
 * Budget project declarations (项目支出绩效目标申报表): a project table and a 绩效目标表. Variations of
 * real forms: the year only in a line under the title ((2022年度), ( 2022 年度), 2022年度）), the unit
 * under 预算单位/申报单位 with its budget code before it ([105001]…, 105001-…), and a place-like word
 * of the body (乡村振兴, a person 任木兰) that is not the region.
 */
final class BudgetDeclarationGenerator {

    /** 资金来源; {@code %s} is the district's level word (区级财政资金, 县级财政资金). */
    private static final List<String> SOURCES = List.of("财政全额拨款", "%s级财政资金", "本级财政预算安排",
            "上级专项补助资金", "中央和省级补助资金", "财政拨款");

    private BudgetDeclarationGenerator() {
    }

    static GeneratedDocument generate(Rng rng, long index, District d, int year) {
        Style style = Style.random(rng);
        Themes.Theme theme = rng.pick(Themes.ALL);
        String projectName = rng.pick(theme.projects());
        String unitFull = d.fullName(theme.unit().fullBody());
        String orgCode = OrgCode.generate(rng, d.code());
        boolean badCode = rng.chance(0.07);
        if (badCode) {
            orgCode = OrgCode.corrupt(rng, orgCode);
        }
        String codeLabel = rng.pick("组织机构代码", "统一社会信用代码");
        String address = Names.address(rng, d);
        String phone = Names.phone(rng, d, rng.chance(0.5));
        String legal = Names.person(rng);
        String source = String.format(rng.pick(SOURCES), d.level());
        boolean multiYear = rng.chance(0.2);
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(multiYear ? year + 2 : year, 12, 31);
        String period = switch (rng.nextInt(3)) {
            case 0 -> Numerals.date(start) + "至" + Numerals.date(end);
            case 1 -> year + ".1.1-" + end.getYear() + ".12.31";
            default -> year + "年1月至" + end.getYear() + "年12月";
        };
        Money money = Money.random(rng);
        boolean yearLineOnly = rng.chance(0.25);
        String title = (yearLineOnly ? "" : year + "年") + projectName + (projectName.endsWith("项目") ? "" : "项目")
                + (yearLineOnly ? "支出绩效目标表" : "");
        String yearLine = String.format(rng.pick("（%d年度）", "( %d 年度)", "%d年度）"), year);
        String unitLabel = rng.pick("实施单位", "实施单位", "预算单位", "申报单位", "项目实施单位");
        String unitCell = switch (rng.nextInt(6)) {
            case 0 -> "[" + d.code().substring(2) + "]" + unitFull;
            case 1 -> d.code().substring(2) + "001-" + unitFull;
            default -> unitFull;
        };
        String decoy = rng.chance(0.3) ? PlaceDecoys.pick(rng) : "";

        SpecBuilder b = new SpecBuilder(style);
        if (rng.chance(0.25)) {
            b.title(year + "年度项目支出绩效目标申报表");
            b.center("项目名称：" + projectName);
            b.center("申报单位：" + unitFull + "（盖章）");
            b.pageBreak(false);
        }
        b.center(unitFull);
        b.title(title);
        if (yearLineOnly) {
            b.center(yearLine);
        }

        int layout = rng.nextInt(3);
        List<Gold.Amount> amounts;
        String amountLabel = rng.pick("全年安排资金", "项目资金总额", "年度预算资金");
        String basisText = "《" + d.name() + "国民经济和社会发展第十四个五年规划纲要》、《" + d.city() + theme.topic()
                + "工作实施意见》等文件精神。";
        String summary = decoy + projectName + "用于" + theme.planTitle() + "相关工作，按照上级部署要求，结合" + d.name()
                + "实际，推进各项任务落实，提升工作质量和群众满意度。";
        if (layout == 0) {
            // the real form: two columns, the implementer in one multi-line cell
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(List.of(Cell.of("项目名称"), Cell.of(projectName)));
            rows.add(List.of(Cell.of("立项依据"), Cell.of(basisText)));
            rows.add(List.of(Cell.of("项目实施单位"), Cell.of(style.punct(String.join("\n",
                    "单位名称：" + unitFull, codeLabel + "：" + orgCode, "地址：" + address, "联系电话：" + phone,
                    "法人代表：" + legal, "经费来源：" + source,
                    "单位概况：" + unitFull + "是" + d.city() + d.name() + "人民政府工作部门。")))));
            rows.add(List.of(Cell.of("项目基本概况"), Cell.of(summary)));
            FundingVariants.Sentence funding = FundingVariants.sentence(rng, money, amountLabel);
            rows.add(List.of(Cell.of("资金安排情况"), Cell.of(funding.text() + "。")));
            rows.add(List.of(Cell.of("项目实施计划"), Cell.of("本项目开展时间为" + period + "。一季度完成前期准备，二、三季度组织实施，四季度开展总结评估。")));
            b.table(new SpecBlock.Table(rows, rng.chance(0.85), 0, false));
            amounts = funding.gold();
        } else if (layout == 1) {
            // a four-column key/value grid; the money written in one of the ways of FundingVariants
            FundingVariants.Grid funding = FundingVariants.grid(rng, money, amountLabel, year);
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(List.of(Cell.of("项目名称"), new Cell(projectName, 1, 3)));
            rows.add(List.of(Cell.of(unitLabel), Cell.of(unitCell), Cell.of(codeLabel), Cell.of(orgCode)));
            rows.add(List.of(Cell.of("单位地址"), Cell.of(address), Cell.of("联系电话"), Cell.of(phone)));
            rows.add(List.of(Cell.of("法定代表人"), Cell.of(legal), Cell.of("资金来源"), Cell.of(source)));
            rows.add(List.of(Cell.of("项目期限"), Cell.of(period), Cell.of(funding.label()), Cell.of(funding.value())));
            rows.addAll(funding.extraRows());
            rows.add(List.of(Cell.of("项目概况"), new Cell(summary, 1, 3)));
            if (funding.paragraphAbove() != null) {
                b.p(funding.paragraphAbove());
            }
            b.table(new SpecBlock.Table(rows, rng.chance(0.85), 0, false));
            amounts = funding.gold();
        } else {
            // key: value paragraphs
            b.heading("一、项目基本情况", 2);
            b.p("项目名称：" + projectName);
            b.p(unitLabel + "：" + unitCell);
            b.p(codeLabel + "：" + orgCode);
            b.p("单位地址：" + address);
            b.p("联系电话：" + phone);
            b.p("法定代表人：" + legal);
            b.p("资金来源：" + source);
            b.p("项目期限：" + period);
            b.p("立项依据：" + basisText);
            b.heading("二、资金安排情况", 2);
            FundingVariants.Sentence funding = FundingVariants.sentence(rng, money, amountLabel);
            b.p(funding.text() + "，主要用于" + theme.planTitle() + "相关支出。");
            amounts = funding.gold();
        }

        b.heading(rng.pick("项目绩效目标表", "三、项目绩效目标", "绩效目标申报表"), 2);
        IndicatorTable table = new IndicatorTable(rng);
        List<IndicatorTable.Line> lines = indicators(rng, table, theme, year);
        String goal = rng.chance(0.4) ? "以" + theme.planTitle() + "为重点，按期保质完成年度目标任务，提升群众满意度。" : null;
        for (SpecBlock block : table.blocks(lines, goal)) {
            if (block instanceof SpecBlock.PageBreak pb) {
                b.pageBreak(pb.landscapeAfter());
            } else {
                b.table((SpecBlock.Table) block);
            }
        }
        if (rng.chance(0.5)) {
            b.p("填报人：" + Names.person(rng) + "    联系电话：" + Names.phone(rng, d, true));
        }

        List<String> warnings = new ArrayList<>();
        if (badCode) {
            warnings.add("org_code_check_digit");
        }
        // a target written "> 100%" (as real declarations sometimes do) cannot hold
        for (IndicatorTable.Line line : lines) {
            Gold.Indicator g = line.gold();
            if ("%".equals(g.unit()) && ">".equals(g.operator()) && g.value() != null
                    && g.value().compareTo(BigDecimal.valueOf(100)) >= 0) {
                warnings.add("impossible_target");
            }
        }
        Gold gold = new Gold(DocType.BUDGET_PROJECT, d, year, null, null,
                new Gold.Project(projectName, unitFull, orgCode, !badCode, address, phone, legal, source, start, end),
                amounts, lines.stream().map(IndicatorTable.Line::gold).toList(), List.of(), null, warnings);
        String stem = String.format("%06d_%s%d年%s", index, d.name(), year, projectName);
        return new GeneratedDocument(index, stem,
                b.build(title, unitFull, SpecBuilder.furniture(rng, year + "年项目支出绩效目标申报表")), gold);
    }

    /** The indicator rows: 产出 (数量, 质量, 时效, 成本), 效益, 满意度, names distinct. */
    private static List<IndicatorTable.Line> indicators(Rng rng, IndicatorTable t, Themes.Theme theme, int year) {
        List<IndicatorTable.Line> lines = new ArrayList<>();
        boolean percentQualitative = rng.chance(0.4); // some offices call percentage targets 定性
        for (Themes.Measure m : rng.sample(theme.measures(), rng.between(2, 4))) {
            lines.add(t.line("产出指标", "数量指标", m, rng.pick(">=", ">=", ">=", ">", "="), "定量指标"));
        }
        for (Themes.Measure m : rng.sample(Themes.QUALITY, rng.between(1, 2))) {
            lines.add(t.line("产出指标", "质量指标", m, rng.pick(">=", "=", ">="), kind(m, percentQualitative)));
        }
        for (Themes.Measure m : rng.sample(Themes.TIMELINESS, 1)) {
            lines.add(t.line("产出指标", "时效指标", m, rng.pick(">=", "="), kind(m, percentQualitative)));
        }
        if (rng.chance(0.3)) { // a date as the target: a text target although it holds numbers
            String[] dated = rng.pick(Themes.DATED);
            lines.add(t.qualitative("产出指标", "时效指标", dated[0], dated[1].replace("{year}", String.valueOf(year))));
        }
        if (rng.chance(0.7)) {
            Themes.Measure m = rng.pick(Themes.COST);
            lines.add(t.line("产出指标", "成本指标", m, m.unit().equals("%") ? rng.pick(">=", "=") : rng.pick("<=", "<"),
                    kind(m, percentQualitative)));
        }
        if (rng.chance(0.3)) {
            Themes.Measure m = rng.pick(Themes.ECONOMIC);
            lines.add(t.line("效益指标", "经济效益指标", m, ">=", "定量指标"));
        }
        for (Themes.Measure m : rng.sample(Themes.SOCIAL, rng.between(1, 2))) {
            lines.add(t.line("效益指标", "社会效益指标", m, rng.pick(">=", ">"), kind(m, percentQualitative)));
        }
        if (rng.chance(0.35)) {
            String[] q = rng.pick(Themes.QUALITATIVE);
            lines.add(t.qualitative("效益指标", "可持续影响指标", q[0], q[1]));
        }
        for (Themes.Measure m : rng.sample(Themes.SATISFACTION, rng.between(1, 2))) {
            lines.add(t.line("满意度指标", "服务对象满意度指标", m, rng.pick(">=", ">=", ">"), kind(m, percentQualitative)));
        }
        return lines;
    }

    private static String kind(Themes.Measure m, boolean percentQualitative) {
        return m.unit().equals("%") && percentQualitative ? "定性指标" : "定量指标";
    }
}
