package org.govdoc.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.testing.Docs.span;

import java.util.List;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.model.Document;
import org.govdoc.record.Indicator;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

/**
 * The shapes of indicator tables met in declarations of many provinces, each on a hand-made
 * table with invented wording: how targets are written and how the columns are laid out.
 */
class IndicatorTargetShapesTest {

    private static List<Indicator> run(Document doc) {
        ExtractionDraft d = new ExtractionDraft();
        new IndicatorExtractor().extract(doc, d);
        return d.indicators();
    }

    private static Indicator named(List<Indicator> all, String level3) {
        return all.stream().filter(i -> i.level3().equals(level3)).findFirst().orElseThrow();
    }

    @Test
    void boundsWithAnInclusiveNoteOrFramingWordsOrABareNei() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row(span("产出指标", 6, 1), "质量指标", "验收合格率", "95%(含)以上")
                .row("质量指标", "档案完整率", "≥98%（含）")
                .row("质量指标", "抽检覆盖率", "90%以上(含90%)")
                .row("时效指标", "故障响应时间", "24小时内")
                .row("成本指标", "损耗率", "控制在3%以内")
                .row("成本指标", "返工率", "不足2%"))
                .build());
        assertThat(all).extracting(Indicator::operator).containsExactly(">=", ">=", ">=", "<=", "<=", "<");
        assertThat(all).extracting(i -> i.value().toPlainString()).containsExactly("95", "98", "90", "24", "3", "2");
        assertThat(all).extracting(Indicator::unit).containsExactly("%", "%", "%", "小时", "%", "%");
    }

    @Test
    void targetsRestatedAfterWordsOrFollowedByANote() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row(span("产出指标", 6, 1), "数量指标", "培训农村实用人才", "培训人数≥500人")
                .row("数量指标", "巡查次数", "全年不少于12次")
                .row("质量指标", "档案归档率", "归档率达100%")
                .row("质量指标", "验收评分", "≥90分（优秀）")
                .row("质量指标", "抽检合格率", "≥95%。")
                .row("时效指标", "完成时间", "12月底前完成"))
                .build());
        assertThat(all).extracting(Indicator::operator).containsExactly(">=", ">=", "=", ">=", ">=", null);
        assertThat(all).extracting(i -> i.value() == null ? null : i.value().toPlainString())
                .containsExactly("500", "12", "100", "90", "95", null);
        assertThat(all).extracting(Indicator::unit).containsExactly("人", "次", "%", "分", "%", null);
    }

    @Test
    void aTwoLevelTableWithACategoryColumnOfLevelNames() {
        Document doc = Docs.doc().table(t -> t
                .row("项目名称", "某某项目", "", "")
                .row("指标类别", "指标名称", "指标值", "指标值说明")
                .row("数量指标", "改造市场数量", "5个", "按计划")
                .row("质量指标", "验收合格率", "100%", "")
                .row("满意度指标", "商户满意度", "≥85%", "问卷"))
                .build();
        ExtractionDraft d = new ExtractionDraft();
        d.docType(org.govdoc.record.DocType.BUDGET_PROJECT);
        new IndicatorExtractor().extract(doc, d);
        List<Indicator> all = d.indicators();
        assertThat(all).extracting(Indicator::level3).containsExactly("改造市场数量", "验收合格率", "商户满意度");
        assertThat(all).extracting(Indicator::level2).containsExactly("数量指标", "质量指标", "满意度指标");
        assertThat(all).extracting(Indicator::kind).containsOnlyNulls();
        assertThat(all).extracting(Indicator::operator).containsExactly("=", "=", ">=");
    }

    @Test
    void aKindColumnOfQuantitativeAndQualitativeWordsStaysTheKind() {
        Document doc = Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值", "指标类型")
                .row("产出指标", "数量指标", "改造市场数量", "5个", "定量")
                .row("效益指标", "社会效益指标", "环境状况", "明显改善", "定性"))
                .build();
        ExtractionDraft d = new ExtractionDraft();
        d.docType(org.govdoc.record.DocType.BUDGET_PROJECT);
        new IndicatorExtractor().extract(doc, d);
        assertThat(d.indicators()).extracting(Indicator::kind).containsExactly("定量指标", "定性指标");
    }

    @Test
    void aNumberWithoutAComparisonIsAnEqualityTarget() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row(span("产出指标", 3, 1), "数量指标", "收购青贮饲料", "3500公斤")
                .row("质量指标", "设备验收合格率", "100%")
                .row("成本指标", "补助资金", "80000"))
                .build());
        assertThat(all).extracting(Indicator::operator).containsExactly("=", "=", "=");
        assertThat(all).extracting(i -> i.value().toPlainString()).containsExactly("3500", "100", "80000");
        assertThat(all).extracting(Indicator::unit).containsExactly("公斤", "%", null);
    }

    @Test
    void textTargetsHoldingNumbersHaveNoValue() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row(span("产出指标", 5, 1), span("时效指标", 5, 1), "补贴发放时间", "11月底到位")
                .row("工程完工时间", "2024年年底前")
                .row("服务期限", "2023年全年")
                .row("资金拨付", "10月底前100%拨付")
                .row("项目推进", "按时完成"))
                .build());
        assertThat(all).hasSize(5);
        assertThat(all).extracting(Indicator::value).containsOnlyNulls();
        assertThat(all).extracting(Indicator::operator).containsOnlyNulls();
        assertThat(all).extracting(Indicator::unit).containsOnlyNulls();
        assertThat(all).extracting(Indicator::valueText)
                .containsExactly("11月底到位", "2024年年底前", "2023年全年", "10月底前100%拨付", "按时完成");
    }

    @Test
    void operatorInItsOwnColumnBeforeTheNumberAndAUnitColumn() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "计算符号", "目标值", "计量单位")
                .row(span("产出指标", 3, 1), span("数量指标", 2, 1), "培育家庭农场", "≥", "12", "家")
                .row("维护灌溉渠道", "=", "4.5", "公里")
                .row("质量指标", "服务质量", "定性", "良好", ""))
                .build());
        assertThat(all).extracting(Indicator::operator).containsExactly(">=", "=", null);
        assertThat(all).extracting(Indicator::unit).containsExactly("家", "公里", null);
        assertThat(named(all, "维护灌溉渠道").value()).isEqualByComparingTo("4.5");
        assertThat(named(all, "服务质量").kind()).isEqualTo("定性指标");
        assertThat(named(all, "服务质量").value()).isNull();
    }

    @Test
    void valueAndUnitInOneCellWithAsciiOperators() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row(span("产出指标", 4, 1), "数量指标", "修缮村道", "≥100公里")
                .row("成本指标", "种植补助标准", "1600元/亩")
                .row("成本指标", "项目总成本", "≤30万元")
                .row("质量指标", "检测达标率", ">=97%"))
                .build());
        assertThat(all).extracting(Indicator::operator).containsExactly(">=", "=", "<=", ">=");
        assertThat(all).extracting(i -> i.value().toPlainString()).containsExactly("100", "1600", "30", "97");
        assertThat(all).extracting(Indicator::unit).containsExactly("公里", "元/亩", "万元", "%");
    }

    @Test
    void moneyTargetsKeepTheirTenThousandUnitAndThousandsSeparators() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row(span("产出指标", 3, 1), span("成本指标", 3, 1), "控制在预算内", "180万")
                .row("设备购置费", "60,000元")
                .row("维修费用", "＜2.5万元"))
                .build());
        assertThat(all).extracting(i -> i.value().toPlainString()).containsExactly("180", "60000", "2.5");
        assertThat(all).extracting(Indicator::unit).containsExactly("万", "元", "万元");
        assertThat(all).extracting(Indicator::operator).containsExactly("=", "=", "<");
    }

    @Test
    void longTermAndAnnualSetsSideBySideKeepTheAnnualAsTheTarget() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row(span("总体目标", 2, 1), span("实施期目标", 1, 3), span("年度目标", 1, 3))
                .row(span("推进示范片建设。", 1, 3), span("完成当年示范片建设。", 1, 3))
                .row("一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
                .row(span("产出指标", 2, 1), "数量指标", "建设示范片", "≥6个", "数量指标", "建设示范片", "≥2个")
                .row("质量指标", "验收合格率", "100%", "质量指标", "验收合格率", "≥98%"))
                .build());
        assertThat(all).extracting(Indicator::level3).containsExactly("建设示范片", "验收合格率");
        Indicator a = all.get(0);
        assertThat(a.value()).isEqualByComparingTo("2");
        assertThat(a.valueText()).isEqualTo("≥2个");
        assertThat(a.longTermValue()).isEqualByComparingTo("6");
        assertThat(a.longTermValueText()).isEqualTo("≥6个");
        assertThat(a.longTermOperator()).isEqualTo(">=");
        assertThat(a.longTermUnit()).isEqualTo("个");
        assertThat(all.get(1).operator()).isEqualTo(">=");
        assertThat(all.get(1).longTermOperator()).isEqualTo("=");
    }

    @Test
    void aGoalTextAboveTheSetsNamesNoSet() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("年度绩效目标", "按期完成年度目标任务，提升服务水平。", "", "", "", "", "")
                .row("一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
                .row("产出指标", "数量指标", "培训人次", "900", "数量指标", "培训人次", "300"))
                .build());
        assertThat(all).hasSize(1);
        assertThat(all.get(0).value()).isEqualByComparingTo("300");
        assertThat(all.get(0).longTermValue()).isEqualByComparingTo("900");
    }

    @Test
    void annualSetFirstIsFoundByItsHeaderWords() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "年度指标值", "中长期指标值")
                .row("产出指标", "数量指标", "新增林地", "500亩", "2000亩"))
                .build());
        assertThat(all).hasSize(1);
        assertThat(all.get(0).value()).isEqualByComparingTo("500");
        assertThat(all.get(0).longTermValue()).isEqualByComparingTo("2000");
        assertThat(all.get(0).unit()).isEqualTo("亩");
    }

    @Test
    void truncatedHeadersVerticalLabelsAndLevelNamesAsWritten() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row(span("绩\n效\n指\n标", 4, 1), "一级", "二级", "三级", "指标值")
                .row(span("预期产出指标", 2, 1), "数量指标", "培训农技人员", "120人次")
                .row("时效指标", "完成时限", "2024年12月")
                .row("效果指标", "社会效益指标", "带动农户增收", "≥5%"))
                .build());
        assertThat(all).extracting(Indicator::level1).containsExactly("预期产出指标", "预期产出指标", "效果指标");
        assertThat(all).extracting(Indicator::level2).containsExactly("数量指标", "时效指标", "社会效益指标");
        assertThat(all.get(1).value()).isNull();
        assertThat(all.get(2).operator()).isEqualTo(">=");
    }

    @Test
    void spacedLevelNamesAreKeptAndGroupHeaderSpansTheLevels() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row(span("绩效指标", 1, 3), span("年度指标值", 2, 1))
                .row("一级指标", "二级指标", "三级指标")
                .row("产 出 指 标", "数量指标", "安装路灯", "40盏"))
                .build());
        assertThat(all).hasSize(1);
        assertThat(all.get(0).level1().replace(" ", "")).isEqualTo("产出指标");
        assertThat(all.get(0).unit()).isEqualTo("盏");
    }

    @Test
    void aPerformanceIndicatorHeaderSpanningTheLevelsWithoutLevelNames() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("项目名称", span("某某项目", 1, 3))
                .row(span("绩效指标", 1, 3), "指标值")
                .row(span("产出指标", 2, 1), "数量指标", "新建步道", "≥3公里")
                .row("质量指标", "验收合格率", "100%")
                .row(span("绩效指标", 1, 3), "指标值")
                .row("满意度指标", "满意度指标", "游客满意度", "≥90%"))
                .build());
        assertThat(all).extracting(Indicator::level3).containsExactly("新建步道", "验收合格率", "游客满意度");
        assertThat(all).extracting(Indicator::level1).containsExactly("产出指标", "产出指标", "满意度指标");
        assertThat(all).extracting(Indicator::operator).containsExactly(">=", "=", ">=");
    }

    @Test
    void comparisonWordsAroundTheNumberAndWordsThatCompareNothing() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row(span("产出指标", 3, 1), span("质量指标", 3, 1), "水质达标率", "≥95%以上")
                .row("任务完成率", "达到100%")
                .row("建设进度", "完成12月底前"))
                .build());
        assertThat(all).extracting(Indicator::operator).containsExactly(">=", "=", null);
        assertThat(all.get(0).value()).isEqualByComparingTo("95");
        assertThat(all.get(1).value()).isEqualByComparingTo("100");
        assertThat(all.get(2).value()).isNull();
    }

    @Test
    void unitInTheNameServesWhenTheValueHasNone() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row(span("产出指标", 4, 1), span("数量指标", 4, 1), "人工造林面积(亩)", "450")
                .row("新建项目个数(含续建)", "3")
                .row("受益群众（人）", "1200人")
                .row("线上缴费笔数（万笔）", "8万"))
                .build());
        assertThat(all).extracting(Indicator::unit).containsExactly("亩", null, "人", "万笔");
        assertThat(all).extracting(Indicator::level3)
                .containsExactly("人工造林面积(亩)", "新建项目个数(含续建)", "受益群众（人）", "线上缴费笔数（万笔）");
    }

    @Test
    void templatePlaceholdersInTheNameGiveSignAndUnitWhenTheValueHasNone() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row(span("效益指标", 2, 1), "社会效益指标", "指标1：群众知晓率(≥**%)", "85")
                .row("成本指标", "指标2：项目总成本（≤**万元）", "＝40万元")
                .row("满意度指标", "满意度指标", "受益对象满意度≥**%", "90%"))
                .build());
        assertThat(all).extracting(Indicator::operator).containsExactly(">=", "=", ">=");
        assertThat(all).extracting(Indicator::unit).containsExactly("%", "万元", "%");
        assertThat(all.get(0).level3()).isEqualTo("指标1：群众知晓率(≥**%)");
    }

    @Test
    void textRowsUnderMergedLevelsAndRowsWithEmptySecondLevel() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row("", "", "工程验收合格率", "100%")
                .row(span("效益指标", 3, 1), span("社会效益指标", 2, 1), "改善村容村貌", "明显改善")
                .row("群众出行条件", "有效提升")
                .row("", "长效管护机制", "逐步建立"))
                .build());
        assertThat(all).extracting(Indicator::level3)
                .containsExactly("工程验收合格率", "改善村容村貌", "群众出行条件", "长效管护机制");
        assertThat(all.get(0).level1()).isNull();
        assertThat(all.get(0).level2()).isNull();
        assertThat(all.get(1).level2()).isEqualTo("社会效益指标");
        assertThat(all.get(2).level2()).isEqualTo("社会效益指标");
        assertThat(all.subList(1, 4)).extracting(Indicator::value).containsOnlyNulls();
    }

    @Test
    void twoProjectsFormsInOneTableEachGiveTheirIndicators() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("项目名称", span("甲项目", 1, 4))
                .row("一级指标", "二级指标", "三级指标", "指标值", "备注")
                .row("产出指标", "数量指标", "举办比赛", "2场", "")
                .row("项目名称", span("乙项目", 1, 4))
                .row("年度资金总额", span("300万元", 1, 4))
                .row("一级指标", "二级指标", "三级指标", "度量单位", "指标值")
                .row("产出指标", "数量指标", "参赛队伍", "支", "16"))
                .build());
        assertThat(all).extracting(Indicator::level3).containsExactly("举办比赛", "参赛队伍");
        assertThat(all.get(1).unit()).isEqualTo("支");
        assertThat(all.get(1).value()).isEqualByComparingTo("16");
        assertThat(all.get(1).level1()).isEqualTo("产出指标");
    }

    @Test
    void approximateAndQualifiedNumbersAreNumeric() {
        List<Indicator> all = run(Docs.doc().table(t -> t
                .row("一级指标", "二级指标", "三级指标", "指标值")
                .row(span("产出指标", 3, 1), span("数量指标", 3, 1), "覆盖农户", "300户以上")
                .row("发放宣传资料", "2000份左右")
                .row("投诉率", "5%以下"))
                .build());
        assertThat(all).extracting(Indicator::operator).containsExactly(">=", "=", "<=");
        assertThat(all).extracting(Indicator::unit).containsExactly("户", "份", "%");
    }
}
