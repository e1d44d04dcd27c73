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
        assertThat(all).extracting(FundingAmount::role).containsExactly("allocation", "other", "other");
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
        assertThat(all).extracting(FundingAmount::role).containsExactly("other", "allocation");
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
        assertThat(all).extracting(FundingAmount::role).containsExactly("allocation", "other");
        assertThat(all.get(1).text()).isEqualTo("30万元");
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
        assertThat(yuan(all)).containsExactly("1286500", "1286500", "20000", "0");
        assertThat(all).extracting(FundingAmount::role).containsExactly("allocation", "other", "other", "other");
    }
}
