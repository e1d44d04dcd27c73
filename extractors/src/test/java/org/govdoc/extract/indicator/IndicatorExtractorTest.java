package org.govdoc.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.testing.Docs.span;

import java.math.BigDecimal;
import java.util.List;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.model.Document;
import org.govdoc.record.Indicator;
import org.govdoc.record.Warning;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class IndicatorExtractorTest {

    private static ExtractionDraft run(Document doc) {
        ExtractionDraft d = new ExtractionDraft();
        new IndicatorExtractor().extract(doc, d);
        return d;
    }

    /** The shape of a 项目绩效目标表: a group row above the header, categories in rows of their own marked 空. */
    private static Document twoRowHeaderWithCategoryRows() {
        return Docs.doc().p("项目绩效目标表").table(t -> t
                .row("总体目标", span("完成改革任务。", 1, 6))
                .row(span("绩效指标", 1, 5), "评（扣）分标准", "绩效指标值设定\n依据及数据来源")
                .row("一级\n指标", "二级指标", "三级指标", "指标\n性质", "指标值", "", "")
                .row("产出指标", "", "", "", "空", "空", "")
                .row("", "数量指标", "", "", "空", "空", "")
                .row("", "", "开展专题培训", ">", "50人次", "未开展扣10分", "年度计划")
                .row("", "", "开展宣传活动", "≥", "4次", "低于4次扣5分", "年度计划")
                .row("", "质量指标", "", "", "空", "空", "")
                .row("", "", "事项清单梳理完成率", "＝", "100%", "低于90%扣5分", "")
                .row("效益指标", "", "空", "", "空", "", "")
                .row("", "社会效益指标", "", "", "", "", "")
                .row("", "", "群众满意度", "", "≥95%", "", ""))
                .build();
    }

    @Test
    void headerOverTwoRowsCategoriesCarriedAndEmptyRowsSkipped() {
        List<Indicator> all = run(twoRowHeaderWithCategoryRows()).indicators();
        assertThat(all).extracting(Indicator::level3)
                .containsExactly("开展专题培训", "开展宣传活动", "事项清单梳理完成率", "群众满意度");
        assertThat(all).extracting(Indicator::level1).containsExactly("产出指标", "产出指标", "产出指标", "效益指标");
        assertThat(all).extracting(Indicator::level2).containsExactly("数量指标", "数量指标", "质量指标", "社会效益指标");
        assertThat(all).extracting(Indicator::operator).containsExactly(">", ">=", "=", ">=");
        assertThat(all).extracting(i -> i.value().toPlainString()).containsExactly("50", "4", "100", "95");
        assertThat(all).extracting(Indicator::unit).containsExactly("人次", "次", "%", "%");
        Indicator first = all.get(0);
        assertThat(first.scoring()).isEqualTo("未开展扣10分");
        assertThat(first.basis()).isEqualTo("年度计划");
        assertThat(first.valueText()).isEqualTo("50人次");
        assertThat(first.location().table()).isZero();
        assertThat(first.location().row()).isEqualTo(5);
        assertThat(first.location().column()).isEqualTo(2);
    }

    @Test
    void mergedLevelCellsCarryDownAndANewLevel1ClearsLevel2() {
        Document doc = Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值", "度量单位")
                .row(span("产出指标", 3, 1), span("数量指标", 2, 1), "培训人数", "200", "人")
                .row("发放手册", "1.5万", "册")
                .row("质量指标", "合格率", "98", "%")
                .row(span("满意度指标", 1, 1), "", "服务对象满意度", "90", "%"))
                .build();
        List<Indicator> all = run(doc).indicators();
        assertThat(all).extracting(Indicator::level1).containsExactly("产出指标", "产出指标", "产出指标", "满意度指标");
        assertThat(all).extracting(Indicator::level2).containsExactly("数量指标", "数量指标", "质量指标", null);
        assertThat(all.get(1).value()).isEqualByComparingTo("1.5");
        assertThat(all.get(1).unit()).isEqualTo("万册");
        assertThat(all).extracting(Indicator::operator).containsOnly("=");
    }

    @Test
    void aColumnOfLevel1NamesUnderAMisreadHeaderIsTheLevel1Column() {
        // a scan that lost the flat 一 of 一级指标; a label column left of it (绩效指标) holds nothing below
        Document doc = Docs.doc().table(t -> t
                .row(span("绩效指标", 4, 1), "级指标", "二级指标", "三级指标", "指标值")
                .row(span("产出指标", 3, 1), span("数量指标", 2, 1), "培训人数", "≥200人")
                .row("发放手册", "≥1500册")
                .row("质量指标", "合格率", "≥98%"))
                .build();
        List<Indicator> all = run(doc).indicators();
        assertThat(all).extracting(Indicator::level3).containsExactly("培训人数", "发放手册", "合格率");
        assertThat(all).extracting(Indicator::level1).containsOnly("产出指标");
        assertThat(all).extracting(Indicator::level2).containsExactly("数量指标", "数量指标", "质量指标");
        // a column holding other words stays unnamed
        Document other = Docs.doc().table(t -> t
                .row("序号", "二级指标", "三级指标", "指标值")
                .row("1", "数量指标", "培训人数", "≥200人")
                .row("2", "质量指标", "合格率", "≥98%"))
                .build();
        assertThat(run(other).indicators()).extracting(Indicator::level1).containsOnlyNulls();
    }

    @Test
    void columnsInAnotherOrderAndRenamed() {
        Document doc = Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "指标类型", "计量单位", "目标值", "指标名称", "指标解释")
                .row("产出指标", "数量指标", "定量", "件", "≥200万件", "办件量", "全年办件")
                .row("", "", "定性", "%", "不低于90%", "办结率", ""))
                .build();
        List<Indicator> all = run(doc).indicators();
        assertThat(all).hasSize(2);
        Indicator a = all.get(0);
        assertThat(a.level3()).isEqualTo("办件量");
        assertThat(a.operator()).isEqualTo(">=");
        assertThat(a.value()).isEqualByComparingTo(new BigDecimal("200"));
        assertThat(a.unit()).isEqualTo("万件");
        assertThat(a.kind()).isEqualTo("定量指标");
        assertThat(a.content()).isEqualTo("全年办件");
        assertThat(all.get(1).operator()).isEqualTo(">=");
        assertThat(all.get(1).value()).isEqualByComparingTo("90");
        assertThat(all.get(1).kind()).isEqualTo("定性指标");
    }

    @Test
    void valueHeaderWithBracketedAliasAndOperatorSuffix() {
        Document doc = Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值（目标值）")
                .row("效益指标", "社会效益", "覆盖率", "90%以上")
                .row("", "", "投诉率", "小于5%")
                .row("", "", "办理时限", "5个工作日以内"))
                .build();
        List<Indicator> all = run(doc).indicators();
        assertThat(all).extracting(Indicator::operator).containsExactly(">=", "<", "<=");
        assertThat(all).extracting(Indicator::unit).containsExactly("%", "%", "个工作日");
        assertThat(all).extracting(i -> i.value().toPlainString()).containsExactly("90", "5", "5");
    }

    @Test
    void natureColumnHoldingKindsIsTheKindColumn() {
        Document doc = Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "单位")
                .row("产出指标", "数量指标", "新建站点", "定量指标", "≤3", "个")
                .row("", "", "服务质量", "定性指标", "优", ""))
                .build();
        List<Indicator> all = run(doc).indicators();
        assertThat(all).extracting(Indicator::kind).containsExactly("定量指标", "定性指标");
        assertThat(all.get(0).operator()).isEqualTo("<=");
        assertThat(all.get(1).value()).isNull();
        assertThat(all.get(1).valueText()).isEqualTo("优");
    }

    @Test
    void subHeaderRowSplitsTheValueColumnIntoOperatorAndNumber() {
        Document doc = Docs.doc().table(t -> t
                .row(span("一级指标", 2, 1), span("二级指标", 2, 1), span("三级指标", 2, 1), span("指标值", 1, 2),
                        span("度量单位", 2, 1))
                .row("符号", "数值")
                .row("产出指标", "时效指标", "按时完成率", "＞＝", "95", "%"))
                .build();
        List<Indicator> all = run(doc).indicators();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).operator()).isEqualTo(">=");
        assertThat(all.get(0).value()).isEqualByComparingTo("95");
        assertThat(all.get(0).unit()).isEqualTo("%");
    }

    @Test
    void operatorColumnWithoutAHeaderIsFoundByItsCells() {
        Document doc = Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", span("指标值", 1, 2))
                .row("产出指标", "数量指标", "培训场次", "≥", "4场")
                .row("", "", "参训人数", "＞", "100人"))
                .build();
        List<Indicator> all = run(doc).indicators();
        assertThat(all).extracting(Indicator::operator).containsExactly(">=", ">");
        assertThat(all).extracting(Indicator::unit).containsExactly("场", "人");
    }

    @Test
    void tableSplitOverPagesContinuesWithCarriedLevelsAndRepeatedHeaderSkipped() {
        Document doc = Docs.doc()
                .table(t -> t
                        .row("一级指标", "二级指标", "三级指标", "指标值", "度量单位")
                        .row("产出指标", "数量指标", "培训人次", "50", "人次"))
                .page(2)
                .p("")
                .table(t -> t
                        .row("", "", "宣传次数", "4", "次")
                        .row("效益指标", "社会效益指标", "知晓率", "80", "%"))
                .page(3)
                .table(t -> t
                        .row("一级指标", "二级指标", "三级指标", "指标值", "度量单位")
                        .row("", "", "满意度", "90", "%"))
                .build();
        List<Indicator> all = run(doc).indicators();
        assertThat(all).extracting(Indicator::level3).containsExactly("培训人次", "宣传次数", "知晓率", "满意度");
        assertThat(all.get(1).level1()).isEqualTo("产出指标");
        assertThat(all.get(1).level2()).isEqualTo("数量指标");
        assertThat(all.get(1).location().page()).isEqualTo(2);
        assertThat(all.get(1).location().table()).isEqualTo(1);
        assertThat(all.get(3).level2()).isEqualTo("社会效益指标");
    }

    @Test
    void unrelatedTableAfterTextIsNotAContinuation() {
        Document doc = Docs.doc()
                .table(t -> t.row("一级指标", "二级指标", "三级指标", "指标值").row("产出指标", "数量指标", "人次", "5"))
                .p("以下为资金明细表，本段文字较长用于说明表格内容，不属于绩效指标的部分，请阅读后续内容。")
                .table(t -> t.row("支出项目", "用途", "说明", "金额").row("培训费", "培训", "无", "5"))
                .build();
        assertThat(run(doc).indicators()).hasSize(1);
    }

    @Test
    void impossibleTargetsWarn() {
        Document doc = Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")
                .row("满意度指标", "服务对象满意度指标", "群众满意度", ">", "100%", "%")
                .row("", "", "企业满意度", "≥", "120", "%")
                .row("", "", "投诉件数", "<", "0", "件")
                .row("", "", "收入增长率", ">", "150", "%")
                .row("", "", "办结率", "=", "100", "%"))
                .build();
        ExtractionDraft d = run(doc);
        assertThat(d.indicators()).hasSize(5);
        assertThat(d.warnings()).extracting(Warning::code).containsExactly("impossible_target", "impossible_target",
                "impossible_target");
        assertThat(d.warnings().get(0).message()).contains("群众满意度");
        assertThat(d.warnings().get(0).location().row()).isEqualTo(1);
        assertThat(d.warnings().get(2).message()).contains("投诉件数");
    }

    @Test
    void indicatorTableWithoutValueColumnWarns() {
        Document doc = Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "备注")
                .row("产出指标", "数量指标", "培训人次", "无"))
                .build();
        ExtractionDraft d = run(doc);
        assertThat(d.indicators()).isEmpty();
        assertThat(d.warnings()).extracting(Warning::code).containsExactly("unidentified_columns");
        assertThat(d.warnings().get(0).message()).contains("指标值");
        assertThat(d.warnings().get(0).location().table()).isZero();
    }

    @Test
    void budgetTableNamingLevelsWithoutAThirdLevelHeaderWarns() {
        Document doc = Docs.doc().table(t -> t
                .row("一级指标", "考核内容", "分值")
                .row("产出指标", "培训", "10"))
                .build();
        ExtractionDraft d = new ExtractionDraft();
        d.docType(org.govdoc.record.DocType.BUDGET_PROJECT);
        new IndicatorExtractor().extract(doc, d);
        assertThat(d.indicators()).isEmpty();
        assertThat(d.warnings()).extracting(Warning::code).containsExactly("unidentified_columns");
        ExtractionDraft plan = new ExtractionDraft();
        plan.docType(org.govdoc.record.DocType.WORK_PLAN);
        new IndicatorExtractor().extract(doc, plan);
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void tablesWithoutIndicatorsGiveNothing() {
        Document doc = Docs.doc().table(t -> t.row("项目名称", "X项目").row("单位", "Y局")).build();
        ExtractionDraft d = run(doc);
        assertThat(d.indicators()).isEmpty();
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void aTableAsAPlainTextFileGivesIt() {
        // what the text reader makes of tab-separated lines: one row per line, a cell per field
        Document doc = Docs.doc()
                .p("绩效目标申报表")
                .table(t -> t.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "评（扣）分标准")
                        .row("产出指标", "数量指标", "政务服务网办件量", ">=258万件", "件", "完成258万件及以上得满分")
                        .row("效益指标", "社会效益指标", "问题投诉办结率", ">91", "%", "按完成比例计分")
                        .row("效益指标", "可持续影响指标", "长效管理机制建立情况", "逐步完善", "", "综合评定"))
                .build();
        List<Indicator> all = run(doc).indicators();
        assertThat(all).extracting(Indicator::level3).containsExactly("政务服务网办件量", "问题投诉办结率", "长效管理机制建立情况");
        assertThat(all.get(0).value()).isEqualByComparingTo("258");
        assertThat(all.get(0).unit()).isEqualTo("万件");
        assertThat(all.get(1).operator()).isEqualTo(">");
        assertThat(all.get(2).level2()).isEqualTo("可持续影响指标");
        assertThat(all.get(2).value()).isNull();
    }

    /** A borderless PDF table read line by line: a cell's wrapped lines come as rows of their own. */
    @Test
    void wrappedCellLinesReadAsRowsAreJoined() {
        Document doc = Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值", "度量单位", "指标属性", "评（扣）分标准")
                .row("产出指标", "数量指标", "维修养护", ">=25587", "平方米", "定量指标", "未完成的")
                .row("", "", "城市道路", "", "", "", "，扣3分")
                .row("", "", "", "", "", "", "每低于10%扣1分")
                .row("", "", "资助困难群", "大于等于", "人", "定量指标", "达到目标值")
                .row("", "", "众参保", "9962", "", "", "得7分")
                .row("", "", "长效管理机制建立情况", "逐步完善", "", "定性指标", "")
                .row("", "", "服务对象满意度", "≥90%", "%", "定量指标", ""))
                .build();
        List<Indicator> all = run(doc).indicators();
        assertThat(all).extracting(Indicator::level3)
                .containsExactly("维修养护城市道路", "资助困难群众参保", "长效管理机制建立情况", "服务对象满意度");
        assertThat(all.get(0).scoring()).isEqualTo("未完成的，扣3分每低于10%扣1分");
        assertThat(all.get(1).operator()).isEqualTo(">=");
        assertThat(all.get(1).value()).isEqualByComparingTo("9962");
        assertThat(all.get(1).unit()).isEqualTo("人");
        assertThat(all.get(2).value()).isNull();
        assertThat(all.get(3).value()).isEqualByComparingTo("90");
    }
}
