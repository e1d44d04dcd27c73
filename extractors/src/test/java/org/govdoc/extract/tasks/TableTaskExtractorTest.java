package org.govdoc.extract.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.govdoc.extract.DocContext;
import org.govdoc.model.Document;
import org.govdoc.record.Task;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class TableTaskExtractorTest {

    private static final DocContext CTX = new DocContext(2024, LocalDate.of(2024, 3, 1), null, null, null);
    private final TaskExtractor extractor = new TaskExtractor();

    @Test
    void aBreakdownTableWithOnlyAResponsibleColumnGivesItsRowsAsTasks() {
        Document d = Docs.doc()
                .p("附件").p("重点任务责任分解表")
                .table(t -> t
                        .row("序号", "重点任务", "责任单位", "完成时限")
                        .row("1", "新建高标准农田2万亩", "县农业农村局", "2024年10月底前")
                        .row("2", "完成老旧小区改造12个", "县住建局、各乡镇人民政府", "年底前"))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).extracting(Task::origin).containsExactly("body", "body");
        assertThat(tasks.get(0).leadUnits()).isEmpty();
        assertThat(tasks.get(0).responsibleUnits()).containsExactly("县农业农村局");
        assertThat(tasks.get(1).responsibleUnits()).containsExactly("县住建局", "各乡镇人民政府");
        assertThat(tasks.get(1).deadline().date()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aUnitCellWithRoleLabelsOfItsOwnGivesEachLabelsUnitsToItsRole() {
        Document d = Docs.doc()
                .table(t -> t
                        .row("序号", "目标任务", "责任领导", "责任单位", "完成时间")
                        .row("1", "新建幼儿园8所", "区政府分管副区长", "牵头：区教育局\n配合：区发改委、区财政局", "2024年8月")
                        .row("2", "新建助餐点20个", "区政府分管副区长", "区民政局、各街道办事处", "2024年12月"))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).leadUnits()).containsExactly("区教育局");
        assertThat(tasks.get(0).responsibleUnits()).containsExactly("区发改委", "区财政局");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(tasks.get(1).leadUnits()).isEmpty();
        assertThat(tasks.get(1).responsibleUnits()).containsExactly("区民政局", "各街道办事处");
    }

    @Test
    void aHeaderOfTwoRowsTakesTheRolesOfTheLowerRowUnderAMergedCell() {
        Document d = Docs.doc()
                .table(t -> t
                        .row(Docs.span("序号", 2, 1), Docs.span("工作任务", 2, 1), Docs.span("责任单位", 1, 2),
                                Docs.span("完成时限", 2, 1))
                        .row("牵头单位", "配合单位")
                        .row("1", "新增规模以上工业企业15家", "县工信局", "县统计局、县园区管委会", "2024年")
                        .row("2", "新造油茶林1.5万亩", "县林业局", "各乡镇人民政府", "2024年4月"))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).extracting(Task::text).containsExactly("新增规模以上工业企业15家", "新造油茶林1.5万亩");
        assertThat(tasks.get(0).leadUnits()).containsExactly("县工信局");
        assertThat(tasks.get(0).responsibleUnits()).containsExactly("县统计局", "县园区管委会");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(tasks.get(1).leadUnits()).containsExactly("县林业局");
        assertThat(tasks.get(1).deadline().date()).isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void aTitleRowSpanningTheTableIsNotItsHeader() {
        Document d = Docs.doc()
                .table(t -> t
                        .row(Docs.span("2024年重点工作任务及责任单位分解表", 1, 3))
                        .row("序号", "工作举措", "责任单位")
                        .row("1", "推进农村寄递物流体系建设", "县邮政管理局")
                        .row("2", "实施城区供水管网改造", "县水务局"))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).extracting(Task::text).containsExactly("推进农村寄递物流体系建设", "实施城区供水管网改造");
        assertThat(tasks).extracting(Task::origin).containsOnly("body");
        assertThat(tasks.get(1).responsibleUnits()).containsExactly("县水务局");
    }

    @Test
    void sectionRowsOfATaskTableAreSectionsNotTasks() {
        Document d = Docs.doc()
                .table(t -> t
                        .row("序号", "主要任务", "牵头单位", "责任单位")
                        .row(Docs.span("一、壮大特色优势产业", 1, 4))
                        .row("1", "培育规上工业企业5户", "县工信局", "各乡镇人民政府")
                        .row("一", Docs.span("提升城乡基础设施", 1, 3))
                        .row("2", "建成农村公路30公里", "县交通运输局", "")
                        .row("二、", "优化营商环境", "", ""))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).extracting(Task::text).containsExactly("培育规上工业企业5户", "建成农村公路30公里");
        assertThat(tasks.get(0).leadUnits()).containsExactly("县工信局");
        assertThat(tasks.get(0).section()).containsExactly("一、壮大特色优势产业");
        assertThat(tasks.get(1).leadUnits()).containsExactly("县交通运输局");
        assertThat(tasks.get(1).section()).containsExactly("提升城乡基础设施");
    }

    @Test
    void leaderColumnsAreNotUnits() {
        Document d = Docs.doc()
                .table(t -> t
                        .row("序号", "目标任务", "牵头领导", "牵头单位", "责任人")
                        .row("1", "引进亿元以上项目8个", "李某某", "县投促局", "张某"))
                .build();
        Task t = extractor.extract(d, CTX).get(0);
        assertThat(t.leadUnits()).containsExactly("县投促局");
        assertThat(t.responsibleUnits()).isEmpty();
        assertThat(t.text()).isEqualTo("引进亿元以上项目8个");
    }

    @Test
    void aTaskColumnWithAnUnusualHeaderIsTheText() {
        Document d = Docs.doc()
                .table(t -> t
                        .row("序号", "类别", "具体抓手", "落实单位")
                        .row("1", "民生", "新增城镇就业3000人", "县人社局")
                        .row("2", "", "改造农村户厕500座", "县农业农村局"))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).extracting(Task::text).containsExactly("新增城镇就业3000人", "改造农村户厕500座");
        assertThat(tasks.get(1).responsibleUnits()).containsExactly("县农业农村局");
    }

    @Test
    void aScoringTableWithOnlyAResponsibleColumnStaysATable() {
        Document d = Docs.doc()
                .table(t -> t
                        .row("考核内容", "分值", "评分标准", "责任单位")
                        .row("按时报送信息", "5", "迟报一次扣1分", "各乡镇"))
                .build();
        assertThat(extractor.extract(d, CTX)).extracting(Task::origin).containsExactly("table");
    }

    @Test
    void aDeadlineWrittenInTheTaskCellCountsWhenThereIsNoDeadlineColumn() {
        Document d = Docs.doc()
                .table(t -> t
                        .row("序号", "工作任务", "责任单位")
                        .row("1", "9月底前建成县级物流中心", "县商务局"))
                .build();
        assertThat(extractor.extract(d, CTX).get(0).deadline().date()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void aTableBrokenByASectionLineContinuesWithTheSameColumns() {
        Document d = Docs.doc()
                .table(t -> t
                        .row("序号", "重点任务", "责任单位", "完成时限")
                        .row("1", "建成便民服务站10个", "县民政局", "6月底前"))
                .p("二、加快城乡融合")
                .table(t -> t.row("2", "改造县乡公路20公里", "县交通运输局、各乡（镇）人民政府", "年底前"))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).extracting(Task::text).containsExactly("建成便民服务站10个", "改造县乡公路20公里");
        assertThat(tasks.get(1).responsibleUnits()).containsExactly("县交通运输局", "各乡（镇）人民政府");
        assertThat(tasks.get(1).section()).containsExactly("二、加快城乡融合");
        assertThat(tasks).extracting(Task::origin).containsOnly("body");
    }

    @Test
    void aSectionLineBetweenTheHeaderAndTheRowsKeepsTheColumns() {
        // the shape of a plain-text table (the reader makes tables of its tab-separated lines)
        Document d = Docs.doc()
                .p("附表")
                .table(t -> t.row("序号", "工作任务", "责任单位"))
                .p("一、稳定粮食生产")
                .table(t -> t.row("1", "新建高标准农田1万亩", "县农业农村局"))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("新建高标准农田1万亩");
            assertThat(t.responsibleUnits()).containsExactly("县农业农村局");
        });
    }

    @Test
    void aTableFarFromTheTaskTableDoesNotContinueIt() {
        Document d = Docs.doc()
                .table(t -> t.row("序号", "重点任务", "责任单位").row("1", "建成便民服务站10个", "县民政局"))
                .p("各单位要高度重视，认真组织实施，确保各项任务按时完成。")
                .table(t -> t.row("联系人", "张某", "电话"))
                .build();
        assertThat(extractor.extract(d, CTX)).hasSize(1);
    }

    @Test
    void aTwoRowHeaderWithTheUnitColumnsUnderOneHeading() {
        Document d = Docs.doc()
                .table(t -> t
                        .row(Docs.span("序号", 2, 1), Docs.span("重点任务", 2, 1), Docs.span("责任分工", 1, 2),
                                Docs.span("完成时限", 2, 1))
                        .row("牵头单位", "配合单位")
                        .row("1", "建设智慧停车平台", "县城管局", "县公安局、县住建局", "2024年9月底前"))
                .build();
        Task t = extractor.extract(d, CTX).get(0);
        assertThat(t.text()).isEqualTo("建设智慧停车平台");
        assertThat(t.leadUnits()).containsExactly("县城管局");
        assertThat(t.responsibleUnits()).containsExactly("县公安局", "县住建局");
        assertThat(t.deadline().date()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void aCategoryColumnMergedDownTheRowsIsNotTheTask() {
        Document d = Docs.doc()
                .table(t -> t
                        .row("序号", "类别", "重点任务", "责任单位")
                        .row("1", Docs.span("产业发展", 2, 1), "新增规上企业3户", "县工信局")
                        .row("2", "培育省级专精特新企业1户", "县科技局"))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).extracting(Task::text).containsExactly("新增规上企业3户", "培育省级专精特新企业1户");
        assertThat(tasks.get(1).responsibleUnits()).containsExactly("县科技局");
    }
}
