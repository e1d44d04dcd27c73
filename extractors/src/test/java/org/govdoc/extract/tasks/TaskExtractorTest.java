package org.govdoc.extract.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.govdoc.extract.DocContext;
import org.govdoc.model.Document;
import org.govdoc.record.Task;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class TaskExtractorTest {

    private static final DocContext CTX = new DocContext(2023, LocalDate.of(2023, 5, 4), null, null, null);
    private final TaskExtractor extractor = new TaskExtractor();

    private List<Task> body(Document d) {
        return extractor.bodyTasks(d, CTX);
    }

    @Test
    void leavesOfNestedNumberingAreTasksAndParentsAreNot() {
        Document d = Docs.doc()
                .p("一、总体目标")
                .p("全面提升政务服务水平。")
                .p("二、重点任务")
                .p("（一）推进标准化")
                .p("1.深入推进事项标准化。")
                .p("（1）编制实施规范。")
                .p("（2）更新办事指南。")
                .p("牵头单位：区政务服务局")
                .p("责任单位：区级各政务服务实施部门（单位），各乡镇（街道）")
                .p("完成时限：2023年10月底前")
                .p("2.优化热线工作。")
                .p("牵头单位：区政府办公室")
                .p("完成时限：2023年12月底前，长期坚持")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).extracting(Task::number).containsExactly("（1）", "（2）", "2.");
        Task first = tasks.get(0);
        assertThat(first.text()).isEqualTo("编制实施规范。");
        assertThat(first.section()).containsExactly("二、重点任务", "（一）推进标准化", "1.深入推进事项标准化");
        assertThat(first.leadUnits()).containsExactly("区政务服务局");
        assertThat(first.responsibleUnits()).containsExactly("区级各政务服务实施部门（单位）", "各乡镇（街道）");
        assertThat(first.deadline().date()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(first.deadline().ongoing()).isFalse();
        assertThat(first.origin()).isEqualTo("body");
        assertThat(first.location().block()).isEqualTo(5);
        assertThat(tasks.get(1).leadUnits()).containsExactly("区政务服务局");
        Task third = tasks.get(2);
        assertThat(third.leadUnits()).containsExactly("区政府办公室");
        assertThat(third.responsibleUnits()).isEmpty();
        assertThat(third.deadline().ongoing()).isTrue();
        assertThat(third.deadline().date()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(third.deadline().text()).isEqualTo("2023年12月底前，长期坚持");
    }

    @Test
    void aBlockAppliesToEveryLeafSinceThePreviousBlock() {
        Document d = Docs.doc()
                .p("（六）深化信用承诺")
                .p("1.做好信息归集。")
                .p("2.加强公示力度。")
                .p("3.拓展查询渠道。")
                .p("牵头单位：区发展改革局")
                .p("责任单位：各乡镇（街道）")
                .p("完成时限：年底前")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).hasSize(3);
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.leadUnits()).containsExactly("区发展改革局");
            assertThat(t.deadline().date()).isEqualTo(LocalDate.of(2023, 12, 31));
        });
    }

    @Test
    void leavesWithoutABlockAreNotTasksAndDoNotLeakIntoTheNextSection() {
        Document d = Docs.doc()
                .p("一、工作目标")
                .p("二、重点任务")
                .p("（一）推进便利化")
                .p("1.推行一窗通办。")
                .p("牵头单位：区政务局")
                .p("三、保障措施")
                .p("（一）加强领导。")
                .p("（二）强化督导。")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).extracting(Task::text).containsExactly("推行一窗通办。");
    }

    @Test
    void labelsInParenthesesAtTheEndOfTheItem() {
        Document d = Docs.doc()
                .p("1.规范窗口服务行为。（牵头单位：区政务局、区市场监管局；责任单位：各乡镇（街道）；完成时限：2023年6月底前）")
                .p("2.持续规范网上办事。(责任单位:区级各部门;完成时限:持续推进)")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).text()).isEqualTo("规范窗口服务行为。");
        assertThat(tasks.get(0).leadUnits()).containsExactly("区政务局", "区市场监管局");
        assertThat(tasks.get(0).responsibleUnits()).containsExactly("各乡镇（街道）");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(tasks.get(1).leadUnits()).isEmpty();
        assertThat(tasks.get(1).responsibleUnits()).containsExactly("区级各部门");
        assertThat(tasks.get(1).deadline().ongoing()).isTrue();
        assertThat(tasks.get(1).deadline().date()).isNull();
    }

    @Test
    void aUnitLabelsValueMayCloseWithTheRoleOrTheDeadline() {
        Document d = Docs.doc()
                .p("1.落实各项减税降费政策。（责任单位：区税务局、区财政局，按职责分工负责）")
                .p("2.建立政企沟通机制。（责任单位：区工商联、区营商环境局，长期坚持）")
                .p("3.推行一件事一次办。（责任单位：区政务局牵头，区直有关部门按职责分工负责，2023年9月底前完成）")
                .p("4.推动安全培训全覆盖。（区应急局牵头，区人社局配合，2023年6月底前完成，并长期坚持）")
                .p("5.完成燃气管道改造。（区住建局牵头，区财政局配合，12月20日前）")
                .p("6.开展示范创建。（区妇联牵头，各镇人民政府负责，十一月底前）")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).hasSize(6);
        assertThat(tasks.get(5).leadUnits()).as("people's organisations are units").containsExactly("区妇联");
        assertThat(tasks.get(5).responsibleUnits()).containsExactly("各镇人民政府");
        assertThat(tasks.get(5).deadline().date()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(tasks.get(3).leadUnits()).containsExactly("区应急局");
        assertThat(tasks.get(3).deadline().date()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(tasks.get(3).deadline().ongoing()).isTrue();
        assertThat(tasks.get(4).leadUnits()).containsExactly("区住建局");
        assertThat(tasks.get(0).responsibleUnits()).containsExactly("区税务局", "区财政局");
        assertThat(tasks.get(0).deadline().date()).isNull();
        assertThat(tasks.get(1).responsibleUnits()).containsExactly("区工商联", "区营商环境局");
        assertThat(tasks.get(1).deadline().ongoing()).isTrue();
        assertThat(tasks.get(1).deadline().text()).isEqualTo("长期坚持");
        assertThat(tasks.get(2).leadUnits()).containsExactly("区政务局");
        assertThat(tasks.get(2).responsibleUnits()).containsExactly("区直有关部门");
        assertThat(tasks.get(2).deadline().date()).isEqualTo(LocalDate.of(2023, 9, 30));
    }

    @Test
    void anAssignmentOnAHeadingsLineGoesToItsLeaves() {
        Document d = Docs.doc()
                .p("一、重点任务")
                .p("（一）打造精品线路（牵头单位：区文旅局）")
                .p("1.推出精品线路8条。")
                .p("责任单位：区交通运输局、区文旅局")
                .p("完成时限：9月底前")
                .p("2.举办文化旅游节。")
                .p("责任单位：区商务局")
                .p("（二）规范市场秩序（牵头单位：区市场监管局；完成时限：长期坚持）")
                .p("3.开展专项整治。")
                .p("责任单位：区公安局")
                .p("（三）推进深度治理。（牵头单位：区工信局；配合单位：各乡镇；完成时限：2023年6月底前）")
                .p("（1）完成超低排放改造；")
                .p("（2）开展泄漏检测专项检查。")
                .p("（四）优化服务。（区政务局牵头）")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).extracting(Task::number).containsExactly("1.", "2.", "3.", "（1）", "（2）", "（四）");
        assertThat(tasks.get(0).leadUnits()).containsExactly("区文旅局");
        assertThat(tasks.get(0).responsibleUnits()).as("a unit under both is a lead only")
                .containsExactly("区交通运输局");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(tasks.get(1).leadUnits()).containsExactly("区文旅局");
        assertThat(tasks.get(1).responsibleUnits()).containsExactly("区商务局");
        assertThat(tasks.get(1).deadline().date()).isNull();
        assertThat(tasks.get(2).leadUnits()).containsExactly("区市场监管局");
        assertThat(tasks.get(2).deadline().ongoing()).as("the heading's deadline when the leaf names none").isTrue();
        assertThat(tasks.get(3).text()).isEqualTo("完成超低排放改造；");
        assertThat(tasks.get(3).leadUnits()).containsExactly("区工信局");
        assertThat(tasks.get(3).responsibleUnits()).containsExactly("各乡镇");
        assertThat(tasks.get(4).deadline().date()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(tasks.get(5).text()).as("a leaf keeps its own assignment").isEqualTo("优化服务。");
        assertThat(tasks.get(5).leadUnits()).containsExactly("区政务局");
    }

    @Test
    void aLeadLineRightUnderAHeadingGoesToTheItemsBelowIt() {
        Document d = Docs.doc()
                .p("（一）推动港口功能调整")
                .p("牵头单位：市交通运输局")
                .p("1.推进西港区搬迁改造。")
                .p("配合单位：海港区人民政府")
                .p("完成时限：年内")
                .p("2.加快港区建设。")
                .p("配合单位：山海关区人民政府")
                .p("（二）发展临港产业")
                .p("牵头单位：市商务局")
                .p("完成时限：9月底前")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).extracting(Task::text).containsExactly("推进西港区搬迁改造。", "加快港区建设。", "发展临港产业");
        assertThat(tasks.get(0).leadUnits()).containsExactly("市交通运输局");
        assertThat(tasks.get(0).responsibleUnits()).containsExactly("海港区人民政府");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(tasks.get(1).leadUnits()).containsExactly("市交通运输局");
        assertThat(tasks.get(1).responsibleUnits()).containsExactly("山海关区人民政府");
        assertThat(tasks.get(2).leadUnits()).as("a leaf heading with its block stays a task").containsExactly("市商务局");
    }

    @Test
    void assignmentsWrittenWithoutLabels() {
        Document d = Docs.doc()
                .p("（一）优化审批服务")
                .p("1.推行一窗通办。（区政务局牵头，区人社局、各乡镇（街道）配合，2023年9月底前完成）")
                .p("2.推进掌上办。(区工科信局负责,长期坚持)")
                .p("3.开展调研（含问卷调查、座谈）。")
                .p("责任单位：区级各部门")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).hasSize(3);
        assertThat(tasks.get(0).text()).isEqualTo("推行一窗通办。");
        assertThat(tasks.get(0).leadUnits()).containsExactly("区政务局");
        assertThat(tasks.get(0).responsibleUnits()).containsExactly("区人社局", "各乡镇（街道）");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(tasks.get(1).leadUnits()).isEmpty();
        assertThat(tasks.get(1).responsibleUnits()).containsExactly("区工科信局");
        assertThat(tasks.get(1).deadline().ongoing()).isTrue();
        assertThat(tasks.get(2).text()).as("ordinary brackets are text").isEqualTo("开展调研（含问卷调查、座谈）。");
        assertThat(tasks.get(2).responsibleUnits()).containsExactly("区级各部门");
    }

    @Test
    void withoutADeadlineLabelTheLastDatedLimitOfTheTextIsTheDeadline() {
        Document d = Docs.doc()
                .p("1.全面推行容缺受理，6月底前出台办法，年内完成率达到90%。")
                .p("责任单位：各政务服务事项实施单位")
                .p("2.持续推进帮办代办，每季度末通报一次。")
                .p("责任单位：区政务局")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(tasks.get(0).deadline().text()).isEqualTo("年内");
        assertThat(tasks.get(0).deadline().ongoing()).isFalse();
        Task t = tasks.get(1);
        assertThat(t.deadline().date()).as("持续推进 in the wording is no deadline").isNull();
        assertThat(t.deadline().text()).isNull();
        assertThat(t.deadline().ongoing()).isFalse();
    }

    @Test
    void numberingOnItsOwnLineTakesTheNextParagraphAsText() {
        Document d = Docs.doc()
                .p("1.深入推进标准化。")
                .p("（1）")
                .p("按照国家部署要求，做好实施规范编制工作。")
                .p("（2）推进规范化管理。")
                .p("责任单位：区级各部门")
                .p("完成时限：10月底前")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).extracting(Task::text)
                .containsExactly("按照国家部署要求，做好实施规范编制工作。", "推进规范化管理。");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2023, 10, 31));
    }

    @Test
    void linesOfAPdfLayoutAreJoined() {
        Document d = Docs.doc()
                .p("6.创新政务大厅管理模式，出台大厅管理规")
                .p("范，实行清单管理。")
                .p("牵头单位：区政务服务局")
                .p("责任单位：区税务大厅、区车管所、区退役军人事")
                .p("务管理局、区民政局低保大厅")
                .p("完成时限：2023 年 9 月底前，长期坚持")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("创新政务大厅管理模式，出台大厅管理规范，实行清单管理。");
            assertThat(t.responsibleUnits()).containsExactly("区税务大厅", "区车管所", "区退役军人事务管理局", "区民政局低保大厅");
            assertThat(t.deadline().date()).isEqualTo(LocalDate.of(2023, 9, 30));
            assertThat(t.deadline().ongoing()).isTrue();
        });
    }

    @Test
    void aDeadlineWithAnImpossibleYearIsRepairedToThePlanYear() {
        Document d = Docs.doc()
                .p("11.深化证明事项告知承诺制。")
                .p("牵头单位：区司法局")
                .p("完成时限：2223年9月底前，长期坚持")
                .build();
        Task t = body(d).get(0);
        assertThat(t.deadline().date()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(t.deadline().text()).isEqualTo("2223年9月底前，长期坚持");
    }

    @Test
    void numberingStartsAfreshInAnAttachment() {
        Document d = Docs.doc()
                .p("三、保障措施")
                .p("（一）加强领导。")
                .p("附件：1.考评细则")
                .p("2.涉及部门名单")
                .p("附件1")
                .p("1.按时报送材料。")
                .p("责任单位：各部门")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).extracting(Task::text).containsExactly("按时报送材料。");
        assertThat(tasks.get(0).section()).isEmpty();
    }

    @Test
    void rowsOfTablesWithUnitColumnsAreTableTasks() {
        Document d = Docs.doc()
                .p("附件1")
                .table(t -> t
                        .row("重点任务和分值", Docs.span("具体目标和绩效要求", 1, 2), "评分标准", "牵头单位", "责任单位")
                        .row(Docs.span("一、推进标准化（12分）", 2, 1), Docs.span("1.深入推进事项标准化。（6分）", 2, 1),
                                "（1）编制实施规范并公布。（1分）", "按时公布得1分。", "区政务局", "各政务服务事项实施单位")
                        .row("（2）更新办事指南。（2分）", "每发现1次扣0.1分。", "区发展改革局、区住建局", "")
                        .row("二、推进便利化（30分）", "1.深化一窗通办。", "", "未实现的扣2分。", "区政务局", "区人社局\n区医保局"))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).hasSize(3).allSatisfy(t -> assertThat(t.origin()).isEqualTo("table"));
        Task a = tasks.get(0);
        assertThat(a.number()).isEqualTo("（1）");
        assertThat(a.text()).isEqualTo("编制实施规范并公布。（1分）");
        assertThat(a.section()).containsExactly("一、推进标准化（12分）", "1.深入推进事项标准化。（6分）");
        assertThat(a.points()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(a.scoring()).isEqualTo("按时公布得1分。");
        assertThat(a.leadUnits()).containsExactly("区政务局");
        assertThat(a.responsibleUnits()).containsExactly("各政务服务事项实施单位");
        assertThat(a.location().table()).isZero();
        assertThat(a.location().row()).isEqualTo(1);
        Task b = tasks.get(1);
        assertThat(b.points()).isEqualByComparingTo(new BigDecimal("2"));
        assertThat(b.leadUnits()).containsExactly("区发展改革局", "区住建局");
        assertThat(b.section()).containsExactly("一、推进标准化（12分）", "1.深入推进事项标准化。（6分）");
        Task c = tasks.get(2);
        assertThat(c.text()).isEqualTo("深化一窗通办。");
        assertThat(c.section()).containsExactly("二、推进便利化（30分）");
        assertThat(c.responsibleUnits()).containsExactly("区人社局", "区医保局");
        assertThat(c.points()).isNull();
    }

    @Test
    void pointsAndDeadlineColumns() {
        Document d = Docs.doc()
                .table(t -> t
                        .row("序号", "工作任务", "分值", "牵头单位", "配合单位", "完成时限")
                        .row("1", "建设一站式平台", "5", "区住建局", "区水务局", "2023年11月底前")
                        .row("2", "推进数据共享", "3分", "区工科信局", "", "长期坚持"))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).points()).isEqualByComparingTo("5");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(tasks.get(0).responsibleUnits()).containsExactly("区水务局");
        assertThat(tasks.get(1).points()).isEqualByComparingTo("3");
        assertThat(tasks.get(1).deadline().ongoing()).isTrue();
        assertThat(tasks.get(1).text()).isEqualTo("推进数据共享");
    }

    @Test
    void tablesWithoutUnitColumnsGiveNoTasks() {
        Document d = Docs.doc()
                .table(t -> t.row("序号", "考核项目", "考评内容", "评分标准").row("一", "标准化", "推进标准化", "得10分"))
                .build();
        assertThat(extractor.extract(d, CTX)).isEmpty();
    }

    private static Docs breakdownTable(Docs d) {
        return d.p("附件").p("重点任务分解表")
                .table(t -> t
                        .row("序号", "重点任务", "牵头单位", "责任单位", "完成时限")
                        .row("1", "完善农村生活垃圾收运处置体系", "市住房城乡建设局", "各街道办事处", "2023年6月底前")
                        .row("2", "开展村庄清洁行动", "市农业农村局（牵头）、市卫生健康局", "各街道办事处", "长期坚持"));
    }

    @Test
    void rowsOfABreakdownTableAreThePlansTasksWhenTheTextAssignsNone() {
        Document d = breakdownTable(Docs.doc()
                .p("一、总体目标").p("全面提升人居环境。")
                .p("二、重点任务").p("明确以下重点任务（详见附件）。")
                .p("三、保障措施").p("（一）加强组织领导。成立工作专班。"))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).extracting(Task::origin).containsExactly("body", "body");
        assertThat(tasks.get(0).text()).isEqualTo("完善农村生活垃圾收运处置体系");
        assertThat(tasks.get(0).leadUnits()).containsExactly("市住房城乡建设局");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(tasks.get(1).leadUnits()).containsExactly("市农业农村局", "市卫生健康局");
        assertThat(tasks.get(1).deadline().ongoing()).isTrue();
    }

    @Test
    void aBreakdownTableRepeatingTheBodysTasksStaysATable() {
        Document d = breakdownTable(Docs.doc()
                .p("二、重点任务")
                .p("（一）完善农村生活垃圾收运处置体系。在城区全面推行生活垃圾分类。")
                .p("牵头单位：市住房城乡建设局")
                .p("（二）开展村庄清洁行动。")
                .p("牵头单位：市农业农村局"))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).extracting(Task::origin).containsExactly("body", "body", "table", "table");
    }

    @Test
    void aBreakdownTableBesideOtherAssignedItemsGivesThePlansTasks() {
        Document d = breakdownTable(Docs.doc()
                .p("三、保障措施")
                .p("（一）加强组织领导。成立工作专班。（市政府办牵头，各街道办事处配合）"))
                .build();
        List<Task> tasks = extractor.extract(d, CTX);
        assertThat(tasks).extracting(Task::origin).containsExactly("body", "body", "body");
        assertThat(tasks.get(1).text()).isEqualTo("完善农村生活垃圾收运处置体系");
    }

    @Test
    void assessmentTablesStayTablesEvenWithoutBodyTasks() {
        Document d = Docs.doc()
                .p("附件").p("考评细则")
                .table(t -> t
                        .row("序号", "考评内容", "分值", "评分标准", "牵头单位")
                        .row("1", "推进标准化", "10", "未完成扣2分", "区政务局"))
                .build();
        assertThat(extractor.extract(d, CTX)).extracting(Task::origin).containsExactly("table");
    }

    @Test
    void aLeaderLineIsNeitherTextNorUnit() {
        Document d = Docs.doc()
                .p("一、主要预期目标")
                .p("1.城镇调查失业率控制在5.5%以内。")
                .p("牵头领导：赵 某")
                .p("牵头单位：州人力资源社会保障局")
                .p("责任单位：州财政局、州教育局等，各县（市）人民政府")
                .p("2.居民消费价格涨幅3%左右。")
                .p("责任领导：州政府分管领导同志")
                .p("牵头单位：州发展改革委")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).extracting(Task::text).containsExactly("城镇调查失业率控制在5.5%以内。", "居民消费价格涨幅3%左右。");
        assertThat(tasks.get(0).leadUnits()).containsExactly("州人力资源社会保障局");
        assertThat(tasks.get(0).responsibleUnits()).containsExactly("州财政局", "州教育局", "各县（市）人民政府");
        assertThat(tasks.get(1).leadUnits()).containsExactly("州发展改革委");
        assertThat(tasks.get(1).responsibleUnits()).isEmpty();
    }

    @Test
    void aLeaderAloneAssignsNothing() {
        Document d = Docs.doc()
                .p("三、保障措施")
                .p("（一）加强组织领导。")
                .p("责任领导：县长")
                .build();
        assertThat(body(d)).isEmpty();
    }

    @Test
    void aBareParenthesisOfUnitsClosingAnItemAssignsIt() {
        Document d = Docs.doc()
                .p("一、主要目标")
                .p("1.粮食产量稳定在30万吨以上。")
                .p("全年粮食播种面积稳定在60万亩。（县农业农村局）")
                .p("2.城乡居民收入增长7%。（县发改局、统计局）")
                .p("3.完成植树造林2万亩（含退化林修复）。")
                .p("（县林业局）")
                .p("4.开展宣传月活动（以下简称县宣传办）。")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).extracting(Task::text).containsExactly("粮食产量稳定在30万吨以上。\n全年粮食播种面积稳定在60万亩。",
                "城乡居民收入增长7%。", "完成植树造林2万亩（含退化林修复）。");
        assertThat(tasks.get(0).leadUnits()).isEmpty();
        assertThat(tasks.get(0).responsibleUnits()).containsExactly("县农业农村局");
        assertThat(tasks.get(0).deadline().date()).as("全年 is no deadline").isNull();
        assertThat(tasks.get(1).responsibleUnits()).containsExactly("县发改局", "统计局");
        assertThat(tasks.get(2).responsibleUnits()).containsExactly("县林业局");
    }

    @Test
    void ordinaryParenthesesOutsideItemsAreNoAssignment() {
        Document d = Docs.doc()
                .p("根据上级部署（市政府办公室），制定本方案。")
                .p("一、工作目标")
                .p("（一）提升服务水平。")
                .build();
        assertThat(body(d)).isEmpty();
    }

    @Test
    void plainUnitListsInAGroupTakeTheRoleOfTheNextPart() {
        Document d = Docs.doc()
                .p("1.加强项目储备。编制三年滚动计划。（县发改局牵头，县财政局、县住建局等部门，县城投公司、各乡镇配合）")
                .build();
        Task t = body(d).get(0);
        assertThat(t.leadUnits()).containsExactly("县发改局");
        assertThat(t.responsibleUnits()).containsExactly("县财政局", "县住建局等部门", "县城投公司", "各乡镇");
    }

    @Test
    void aGroupWrappedOverLinesIsJoined() {
        Document d = Docs.doc()
                .p("2.提高审批效率。（县政务服务局牵头，县自然资源局、")
                .p("县住建局配合）")
                .p("3.优化窗口服务。")
                .p("责任单位：县政务服务局")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).extracting(Task::text).containsExactly("提高审批效率。", "优化窗口服务。");
        assertThat(tasks.get(0).responsibleUnits()).containsExactly("县自然资源局", "县住建局");
    }

    @Test
    void withoutAPlanYearRelativeDeadlinesTakeTheYearOfTheNumbersItCites() {
        Document d = Docs.doc()
                .p("为落实《某市人民政府关于印发稳增长若干措施的通知》（某政发〔2019〕8号）精神，制定如下措施。")
                .p("1.简化审批。4月底前上线网上中介服务平台。（县政务局牵头，县级相关部门配合）")
                .build();
        // the year comes from the metadata (MetadataExtractor: the year of a cited 发文字号)
        Task t = new org.govdoc.extract.Extractor().extract(d).tasks().get(0);
        assertThat(t.deadline().date()).isEqualTo(LocalDate.of(2019, 4, 30));
        assertThat(t.deadline().text()).isEqualTo("4月底前");
    }

    @Test
    void labelsAfterACommaAndAUnitUnderBothRoles() {
        Document d = Docs.doc()
                .p("1.开展农村集中供水工程建设，牵头单位：县水务局；责任单位：县水务局、各乡镇")
                .build();
        Task t = body(d).get(0);
        assertThat(t.text()).isEqualTo("开展农村集中供水工程建设");
        assertThat(t.leadUnits()).containsExactly("县水务局");
        assertThat(t.responsibleUnits()).containsExactly("各乡镇");
    }

    @Test
    void anAssignmentOnTheLineAfterTheMeasure() {
        Document d = Docs.doc()
                .p("一、扩大有效投资")
                .p("1.加快专项债项目建设。做好项目储备，按月调度进度。")
                .p("（县发改局牵头，县财政局、")
                .p("各乡镇配合）")
                .p("2.强化要素保障。")
                .p("（县自然资源局）")
                .build();
        List<Task> tasks = body(d);
        assertThat(tasks).extracting(Task::text).containsExactly("加快专项债项目建设。做好项目储备，按月调度进度。", "强化要素保障。");
        assertThat(tasks.get(0).leadUnits()).containsExactly("县发改局");
        assertThat(tasks.get(0).responsibleUnits()).containsExactly("县财政局", "各乡镇");
        assertThat(tasks.get(1).leadUnits()).isEmpty();
        assertThat(tasks.get(1).responsibleUnits()).containsExactly("县自然资源局");
    }
}
