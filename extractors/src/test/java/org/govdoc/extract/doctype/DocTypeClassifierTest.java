package org.govdoc.extract.doctype;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdoc.record.DocType;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class DocTypeClassifierTest {

    private final DocTypeClassifier classifier = new DocTypeClassifier();

    @Test
    void budgetProjectFromTitleAndIndicatorTable() {
        var doc = Docs.doc().p("昆明市某区政务服务管理局").p("2021年营商环境改革工作经费项目")
                .p("项目名称").p("营商环境改革工作经费")
                .p("本项目按照《昆明市全面提升一流营商环境工作方案》要求实施，牵头单位负责。")
                .table(t -> t.row("一级指标", "二级指标", "三级指标", "指标值")).build();
        assertThat(classifier.classify(doc)).isEqualTo(DocType.BUDGET_PROJECT);
    }

    @Test
    void budgetProjectFromHeadingsAlone() {
        var doc = Docs.doc().p("某某专项").heading(1, "项目支出绩效目标申报表").p("资金安排情况").build();
        assertThat(classifier.classify(doc)).isEqualTo(DocType.BUDGET_PROJECT);
    }

    @Test
    void workPlanFromTitleAndTaskTable() {
        var doc = Docs.doc().p("东营商办发〔2023〕7号").p("关于印发打造便捷高效的政务环境2023年工作方案的通知")
                .p("各乡镇（街道），区级各部门：现将方案印发给你们，请认真贯彻执行。")
                .table(t -> t.row("序号", "工作任务", "牵头单位", "责任单位", "完成时限")).build();
        assertThat(classifier.classify(doc)).isEqualTo(DocType.WORK_PLAN);
    }

    @Test
    void proposalReplyFromTitle() {
        var doc = Docs.doc().p("关于区政协十届一次会议第130号提案的答复")
                .p("王委员：您提出的关于优化营商环境的提案收悉，现答复如下。").build();
        assertThat(classifier.classify(doc)).isEqualTo(DocType.PROPOSAL_REPLY);
    }

    @Test
    void metadataTitleCounts() {
        var doc = Docs.doc().title("优化营商环境实施方案").p("一、总体要求").build();
        assertThat(classifier.classify(doc)).isEqualTo(DocType.WORK_PLAN);
    }

    @Test
    void otherWhenNothingPoints() {
        var doc = Docs.doc().p("关于召开2023年第一次全体会议的通知").p("定于下周一上午召开会议，请准时参加。").build();
        assertThat(classifier.classify(doc)).isEqualTo(DocType.OTHER);
    }

    @Test
    void quotedTitlesOfOtherDocumentsDoNotCount() {
        var doc = Docs.doc().p("情况说明").p("根据《某某区工作方案》《某某实施方案》《工作要点》要求，特此说明。").build();
        assertThat(classifier.classify(doc)).isEqualTo(DocType.OTHER);
    }

    @Test
    void aCueRepeatedDownAnIndicatorColumnIsOnePieceOfEvidence() {
        var doc = Docs.doc().p("某县住房和城乡建设局").p("2025年背街小巷提升改造项目")
                .table(t -> {
                    t.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据");
                    for (int i = 0; i < 12; i++) {
                        t.row("产出指标", "数量指标", "改造道路" + i, ">=100", "项目实施方案");
                    }
                }).build();
        assertThat(classifier.classify(doc)).isEqualTo(DocType.BUDGET_PROJECT);
    }

    @Test
    void numberedItemsCarryingAssignmentsMakeAWorkPlanWhateverItsTitle() {
        var doc = Docs.doc().p("某县促进消费若干政策措施")
                .p("为提振消费，结合本县实际，制定如下措施。")
                .p("1.发放消费券。全年发放消费券500万元。（县商务局牵头，县财政局配合）")
                .p("2.举办促销活动。（县商务局牵头，各乡镇配合）")
                .build();
        assertThat(classifier.classify(doc)).isEqualTo(DocType.WORK_PLAN);
    }

    @Test
    void aResponsibilityBreakdownWithBareUnitParenthesesIsAWorkPlan() {
        var doc = Docs.doc().p("某市2019年市政府工作主要目标责任分解")
                .p("一、主要目标")
                .p("1.地区生产总值增长7%。（市发改委）")
                .p("2.城镇新增就业3万人。（市人社局）")
                .build();
        assertThat(classifier.classify(doc)).isEqualTo(DocType.WORK_PLAN);
    }

    @Test
    void aTaskTableWithAResponsibleColumnIsEvidence() {
        var doc = Docs.doc().p("重点项目推进表")
                .table(t -> t.row("序号", "建设内容", "责任单位").row("1", "新建污水管网5公里", "县住建局")).build();
        assertThat(DocTypeClassifier.assignments(doc)).isEqualTo(1);
        assertThat(classifier.classify(doc)).isEqualTo(DocType.WORK_PLAN);
    }

    @Test
    void aReplyMentioningAnAssignmentStaysAReply() {
        var doc = Docs.doc().p("关于县政协十一届二次会议第21号提案的答复")
                .p("李委员：您提出的关于改善农村道路的提案收悉。经研究，现答复如下。")
                .p("一、加快道路建设。（县交通运输局牵头，各乡镇配合）")
                .build();
        assertThat(classifier.classify(doc)).isEqualTo(DocType.PROPOSAL_REPLY);
    }
}
