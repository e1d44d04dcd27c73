package org.govdoc.extract.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.testing.Docs.span;

import java.util.List;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.model.Document;
import org.govdoc.record.DocType;
import org.govdoc.record.FundingAmount;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class FundingExtractorTest {

    private static List<FundingAmount> run(Document doc, DocType type) {
        ExtractionDraft d = new ExtractionDraft();
        d.docType(type);
        new FundingExtractor().extract(doc, d);
        return d.fundingAmounts();
    }

    private static List<String> yuan(List<FundingAmount> all) {
        return all.stream().map(f -> f.amountYuan().toPlainString()).toList();
    }

    @Test
    void allocationSentenceOfABudgetProject() {
        List<FundingAmount> all = run(Docs.doc().p("资金安排情况").p("全年安排资金69.381万元。").build(),
                DocType.BUDGET_PROJECT);
        assertThat(all).hasSize(1);
        FundingAmount f = all.get(0);
        assertThat(f.amountYuan().toPlainString()).isEqualTo("693810");
        assertThat(f.role()).isEqualTo("allocation");
        assertThat(f.text()).isEqualTo("69.381万元");
        assertThat(f.context()).isEqualTo("全年安排资金69.381万元。");
        assertThat(f.location().block()).isEqualTo(1);
    }

    @Test
    void allocationOnlyForTheDocumentsOwnMoney() {
        Document doc = Docs.doc().p("项目资金总额500万元。").build();
        assertThat(run(doc, DocType.WORK_PLAN)).extracting(FundingAmount::role).containsExactly("other");
        assertThat(run(doc, DocType.BUDGET_PROJECT)).extracting(FundingAmount::role).containsExactly("allocation");
        Document plan = Docs.doc().p("（二）强化经费保障。区财政局安排专项工作经费39.1万元，保障各项工作顺利开展。").build();
        assertThat(run(plan, DocType.WORK_PLAN)).extracting(FundingAmount::role).containsExactly("allocation");
        assertThat(run(plan, DocType.PROPOSAL_REPLY)).extracting(FundingAmount::role).containsExactly("other");
    }

    @Test
    void keyValueTableRowReadsItsOwnCellFirst() {
        Document doc = Docs.doc().table(t -> t
                .row("项目名称", "城乡居民医疗救助资金")
                .row("项目基本概况", "本项目资金用于城乡居民医疗救助相关工作，含临时救助。")
                .row("资金安排情况", "全年安排资金15.2万元。"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("152000");
        assertThat(all.get(0).role()).isEqualTo("allocation");
        assertThat(all.get(0).context()).isEqualTo("资金安排情况 | 全年安排资金15.2万元。");
    }

    @Test
    void partsOfTheAllocationAreNotAllocations() {
        List<FundingAmount> all = run(Docs.doc()
                .p("项目总金额69.381万元，其中培训费10万元、宣传费5万元。").build(), DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("693810", "100000", "50000");
        assertThat(all).extracting(FundingAmount::role).containsExactly("allocation", "component", "component");
        assertThat(all.get(1).context()).isEqualTo("项目总金额69.381万元，其中培训费10万元、宣传费5万元。");
    }

    @Test
    void rolesFromTheWordsBefore() {
        List<FundingAmount> all = run(Docs.doc()
                .p("对新开办企业给予最高5万元补助；为企业减免税费约2200万元；通过集中采购节约资金30万元；办公场地租金12万元。")
                .build(), DocType.WORK_PLAN);
        assertThat(yuan(all)).containsExactly("50000", "22000000", "300000", "120000");
        assertThat(all).extracting(FundingAmount::role).containsExactly("subsidy", "tax", "cost_saving", "other");
        assertThat(all.get(0).qualifier()).isEqualTo("最高");
        assertThat(all.get(1).approximate()).isTrue();
        assertThat(all.get(1).qualifier()).isEqualTo("约");
        assertThat(all.get(1).context()).isEqualTo("为企业减免税费约2200万元；");
    }

    @Test
    void tableHeaderInWanYuanScalesBareNumbers() {
        Document doc = Docs.doc().table(t -> t
                .row("支出内容", "金额（万元）")
                .row("培训费", "10.5")
                .row("预算金额合计", "69.381"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("105000", "693810");
        assertThat(all).extracting(FundingAmount::role).containsExactly("component", "allocation");
        assertThat(all.get(1).context()).isEqualTo("预算金额合计 | 69.381");
        assertThat(all.get(1).location().row()).isEqualTo(2);
        assertThat(all.get(1).location().column()).isEqualTo(1);
    }

    @Test
    void labelWithUnitOnTheLeftAndUnitCellOnTheRight() {
        Document doc = Docs.doc().table(t -> t
                .row("项目名称", "某某项目", "申报金额（万元）", "120")
                .row("其他资金", "30", "万元", "")
                .row("成立年度", "2019", "人数", "25"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("1200000", "300000");
        assertThat(all).extracting(FundingAmount::role).containsExactly("allocation", "component");
        assertThat(all.get(1).text()).isEqualTo("30万元");
    }

    @Test
    void moneyLabelsAndBareNumbersInOneCellUnderALabelInWanYuan() {
        Document doc = Docs.doc().table(t -> t
                .row("部门名称", "某区某局", "", "")
                .row("年度预算申请（万元）", "资金总额：1,286.5", "财政拨款：1,186.5", "其他资金：100")
                .row("人员情况（万元）", "编制人数：25", "", ""))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("12865000", "11865000", "1000000");
        assertThat(all).extracting(FundingAmount::role).containsExactly("allocation", "component", "component");
    }

    @Test
    void severalMoneyLabelsWithBareNumbersInOneCell() {
        Document doc = Docs.doc().table(t -> t
                .row("项目名称", "某某项目")
                .row("项目资金（元）", "年度资金总额：2,450,000.00　其中：财政资金2,300,000.00，其他资金150,000.00")
                .row("绩效目标", "资金到位率100%，完成5个市场改造"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("2450000", "2300000", "150000");
        assertThat(all).extracting(FundingAmount::role).containsExactly("allocation", "component", "component");
    }

    @Test
    void captionDeclaresTheUnit() {
        Document doc = Docs.doc().p("表2 资金测算明细").p("单位：万元")
                .table(t -> t.row("科目", "金额").row("印刷费", "2.5"))
                .build();
        assertThat(yuan(run(doc, DocType.BUDGET_PROJECT))).containsExactly("25000");
    }

    @Test
    void writtenMoneyInCellsAndMergedCellsOnce() {
        Document doc = Docs.doc().table(t -> t
                .row("资金来源", span("财政拨款50万元", 2, 1), "说明")
                .row("", "无")
                .row("预算金额", "壹佰万元", ""))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("500000", "1000000");
        assertThat(all.get(1).role()).isEqualTo("allocation");
    }

    @Test
    void numbersWithoutMoneyUnitAreNotMoney() {
        Document doc = Docs.doc().p("培训50人次，开展活动4次，时间为2021年1月1日。")
                .table(t -> t.row("指标", "指标值").row("人次", "50")).build();
        assertThat(run(doc, DocType.BUDGET_PROJECT)).isEmpty();
    }

    @Test
    void rangesGiveBothEnds() {
        List<FundingAmount> all = run(Docs.doc().p("每家企业奖励10-20万元。").build(), DocType.WORK_PLAN);
        assertThat(yuan(all)).containsExactly("100000", "200000");
        assertThat(all).extracting(FundingAmount::role).containsOnly("subsidy");
    }

    @Test
    void rangeInsideACell() {
        Document doc = Docs.doc().table(t -> t.row("奖励标准", "每家奖励5-10万元")).build();
        assertThat(yuan(run(doc, DocType.WORK_PLAN))).containsExactly("50000", "100000");
    }

    @Test
    void aGroupLabelBesideAHeaderRowLeavesTheRoleToEachColumnHeader() {
        Document doc = Docs.doc().p("金额单位：元").table(t -> t
                .row("项目名称", "森林防火专项经费", "", "", "")
                .row(Docs.span("项目资金", 2, 1), "年度资金总额", "其中：财政拨款", "其他资金", "上年结转")
                .row("1,286,500.00", "1,286,500.00", "20,000.00", "0.00"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        // the 财政拨款 part repeats the total: one amount; 0.00 is no money
        assertThat(yuan(all)).containsExactly("1286500", "20000");
        assertThat(all).extracting(FundingAmount::role).containsExactly("allocation", "component");
    }

    private static List<String> allocations(List<FundingAmount> all) {
        return all.stream().filter(f -> f.role().equals("allocation")).map(f -> f.amountYuan().toPlainString()).toList();
    }

    private static List<String> roles(List<FundingAmount> all) {
        return all.stream().map(FundingAmount::role).toList();
    }

    @Test
    void wanWithoutYuanBesideAMoneyLabel() {
        Document doc = Docs.doc().table(t -> t
                .row("项目名称", "村道硬化工程")
                .row("资金情况（万元）", "年度资金总额：36万", "其中：财政拨款36")
                .row("年度预算", "854万"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("360000", "8540000");
        assertThat(all.get(0).text()).isEqualTo("36万");
    }

    @Test
    void wanWithoutYuanInATextLineOnlyAfterAMoneyWord() {
        List<FundingAmount> all = run(Docs.doc()
                .p("资金总额：50万，用于修建灌溉水渠。受益群众约6万人，覆盖耕地2万亩，辐射全乡3万。").build(),
                DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("500000");
        assertThat(all.get(0).role()).isEqualTo("allocation");
    }

    @Test
    void unitInTheLabelOrAboveTheTableScalesBareNumbers() {
        Document labelled = Docs.doc().table(t -> t.row("年度资金总额（万元）", "854")).build();
        assertThat(allocations(run(labelled, DocType.BUDGET_PROJECT))).containsExactly("8540000");
        Document captioned = Docs.doc().p("金额单位：万元")
                .table(t -> t.row("项目名称", "农机购置服务").row("年度资金总额", "32.5")).build();
        assertThat(allocations(run(captioned, DocType.BUDGET_PROJECT))).containsExactly("325000");
        Document inside = Docs.doc()
                .table(t -> t.row(span("单位：万元", 1, 2)).row("年度资金总额", "12.8")).build();
        assertThat(allocations(run(inside, DocType.BUDGET_PROJECT))).containsExactly("128000");
    }

    @Test
    void aTotalFollowedByItsPartsInParentheses() {
        List<FundingAmount> text = run(Docs.doc()
                .p("项目资金总额854万（道路改造400万元，绿化提升295万元，管护159万）。").build(), DocType.BUDGET_PROJECT);
        assertThat(yuan(text)).containsExactly("8540000", "4000000", "2950000", "1590000");
        assertThat(roles(text)).containsExactly("allocation", "component", "component", "component");
        List<FundingAmount> cell = run(Docs.doc().table(t -> t
                .row("年度资金总额", "854万元(道路改造400万元,绿化提升295万元,管护159万元)")).build(), DocType.BUDGET_PROJECT);
        assertThat(roles(cell)).containsExactly("allocation", "component", "component", "component");
        assertThat(allocations(cell)).containsExactly("8540000");
    }

    @Test
    void theSameAmountRepeatedIsOneAmount() {
        Document doc = Docs.doc().p("本项目安排资金120万元，用于乡村道路养护。").table(t -> t
                .row("项目名称", "乡村道路养护")
                .row(span("项目资金（万元）", 3, 1), "年度资金总额：", "120")
                .row("其中：财政拨款", "120")
                .row("其他资金", "0.00")
                .row("项目总金额", "120"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("1200000");
        assertThat(all.get(0).role()).isEqualTo("allocation");
        assertThat(all.get(0).location().table()).isEqualTo(0); // the form's figure, not the sentence's
    }

    @Test
    void aDepartmentTotalAboveSeveralProjects() {
        Document doc = Docs.doc().p("本部门2024年预算总额3600万元，分项目列示如下。")
                .table(t -> t.row("项目名称", "城区绿化管护").row("年度资金总额（万元）", "1200"))
                .table(t -> t.row("项目名称", "公园设施维修").row("年度资金总额（万元）", "800"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("36000000", "12000000", "8000000");
        assertThat(roles(all)).containsExactly("total", "allocation", "allocation");
        Document three = Docs.doc()
                .table(t -> t.row("单位名称", "某局").row("资金总额（万元）", "2100"))
                .table(t -> t.row("项目名称", "甲").row("年度资金总额（万元）", "1200"))
                .table(t -> t.row("项目名称", "乙").row("年度资金总额（万元）", "800"))
                .build();
        assertThat(roles(run(three, DocType.BUDGET_PROJECT))).containsExactly("total", "allocation", "allocation");
    }

    @Test
    void yuanWithThousandSeparators() {
        Document doc = Docs.doc().table(t -> t
                .row("年度资金总额", "1,535,184.00元")
                .row(span("支出明细", 3, 1), "科目", "金额（元）")
                .row("苗木采购", "1,035,184.00")
                .row("栽植管护", "500,000.00"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("1535184", "1035184", "500000");
        assertThat(roles(all)).containsExactly("allocation", "component", "component");
    }

    @Test
    void theAnnualTotalBesideTheMidTermTotal() {
        Document doc = Docs.doc().table(t -> t
                .row(span("项目资金（万元）", 2, 1), "中期资金总额：", "90.00", "年度资金总额：", "30.00")
                .row("其中：财政拨款", "90.00", "其中：财政拨款", "30.00"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("900000", "300000");
        assertThat(roles(all)).containsExactly("midterm", "allocation");
        Document applied = Docs.doc().table(t -> t
                .row("资金情况（万元）", "项目资金总额：", "600", "年度资金申请总额", "200")).build();
        assertThat(roles(run(applied, DocType.BUDGET_PROJECT))).containsExactly("midterm", "allocation");
        Document same = Docs.doc().table(t -> t
                .row("资金情况（万元）", "项目资金总额：", "150", "年度资金申请总额", "150")).build();
        assertThat(allocations(run(same, DocType.BUDGET_PROJECT))).containsExactly("1500000");
    }

    @Test
    void theSubtotalOfTheBudgetWhenNoTotalIsWritten() {
        Document doc = Docs.doc().table(t -> t
                .row("项目资金（万元）", "年度资金总额", "金额（万元）")
                .row(span("（一）财政拨款小计", 1, 2), "8.20")
                .row(span("1、一般公共预算", 1, 2), "8.20")
                .row(span("2、政府性基金", 1, 2), "0.00")
                .row(span("（二）其他资金小计", 1, 2), "0.00"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("82000");
        assertThat(roles(all)).containsExactly("allocation");
    }

    @Test
    void moneyHandedDownInTheLetterAndTheForm() {
        Document doc = Docs.doc().p("现下达你县2023年预算1800万元，专项用于农村供水保障工程。")
                .table(t -> t.row("下达中央预算内投资（万元）", "1800")).build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("18000000");
        assertThat(all.get(0).role()).isEqualTo("allocation");
        Document wan = Docs.doc().table(t -> t.row("下达中央预算内投资", "1800万")).build();
        assertThat(allocations(run(wan, DocType.BUDGET_PROJECT))).containsExactly("18000000");
        Document text = Docs.doc().p("下达中央预算内投资1800万，用于农村供水保障工程。").build();
        assertThat(allocations(run(text, DocType.BUDGET_PROJECT))).containsExactly("18000000");
    }

    @Test
    void theFormsOwnTotalWinsOverAListOfProjectsAbove() {
        Document doc = Docs.doc().p("水库除险加固项目安排资金300万元").p("河道清淤项目安排资金120万元")
                .table(t -> t.row("项目名称", "河道清淤项目").row("年度资金总额（万元）", "120")).build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(allocations(all)).containsExactly("1200000");
        assertThat(yuan(all)).containsExactly("3000000", "1200000");
    }

    @Test
    void aDepartmentTableWithItsPartsAndItemBudgets() {
        Document doc = Docs.doc().table(t -> t
                .row("部门名称", "某档案馆", "", "")
                .row(span("年度预算安排（万元）", 3, 1), "资金总额", span("95.5", 1, 2))
                .row("项目支出", span("40.5", 1, 2))
                .row("基本支出", span("55", 1, 2))
                .row("职能", "年度任务", "支出项目名称", "预算金额（万元）")
                .row("档案管理", "设备更新", "办公设备购置", "12")
                .row("档案管理", "档案数字化", "档案数字化加工", "28.5")
                .row("日常运转", "人员工资", "基本支出", "55"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(allocations(all)).containsExactly("955000");
        assertThat(yuan(all)).containsExactly("955000", "405000", "550000", "120000", "285000", "550000");
        assertThat(roles(all)).containsOnly("allocation", "component");
    }

    @Test
    void oneItemUnderABudgetHeaderIsAPartOfTheFormsLabelledTotal() {
        Document doc = Docs.doc().table(t -> t
                .row("资金总额（万元）", "30", "")
                .row("职能", "支出项目名称", "预算金额（万元）")
                .row("宣传教育", "科普资料印制", "6"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(allocations(all)).containsExactly("300000");
        assertThat(roles(all)).containsExactly("allocation", "component");
        Document alone = Docs.doc().table(t -> t
                .row("支出项目名称", "预算金额（万元）")
                .row("科普资料印制", "6"))
                .build();
        assertThat(allocations(run(alone, DocType.BUDGET_PROJECT))).containsExactly("60000");
    }

    @Test
    void moneyInIndicatorTargetsIsNeverTheAllocation() {
        Document doc = Docs.doc().table(t -> t
                .row("项目名称", "垃圾清运服务", "", "")
                .row("年度资金总额（万元）", "60", "", "")
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row("产出指标", "成本指标", "项目预算控制数", "≤60万元")
                .row("产出指标", "成本指标", "项目预算成本", "≤55万元"))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("600000", "550000");
        assertThat(roles(all)).containsExactly("allocation", "other");
    }

    @Test
    void aDepartmentTotalAboveProjectsInOneMergedTable() {
        Document doc = Docs.doc().table(t -> t
                .row("部门名称", "某区水务局", "", "")
                .row("部门预算总额（万元）", "3600", "", "")
                .row("项目名称", "河道保洁", "", "")
                .row("年度资金总额（万元）", "1200", "", "")
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row("项目名称", "泵站运维", "", "")
                .row("年度资金总额（万元）", "800", "", ""))
                .build();
        List<FundingAmount> all = run(doc, DocType.BUDGET_PROJECT);
        assertThat(yuan(all)).containsExactly("36000000", "12000000", "8000000");
        assertThat(roles(all)).containsExactly("total", "allocation", "allocation");
    }

    @Test
    void twoFormsMergedIntoOneTableEachKeepTheirAllocation() {
        Document doc = Docs.doc().table(t -> t
                .row("项目名称", "网球赛事", "", "")
                .row("项目资金（万元）", "年度资金总额：", "100.00", "")
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row("产出指标", "成本指标", "项目总成本", "≤100万元")
                .row("项目名称", "篮球联赛", "", "")
                .row("项目资金（万元）", "年度资金总额：", "100.00", "")
                .row("一级指标", "二级指标", "三级指标", "指标值"))
                .build();
        assertThat(allocations(run(doc, DocType.BUDGET_PROJECT))).containsExactly("1000000", "1000000");
    }
}
