package org.govdoc.extract.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.testing.Docs.span;

import java.time.LocalDate;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.model.Document;
import org.govdoc.record.DocType;
import org.govdoc.record.Project;
import org.govdoc.record.Warning;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class ProjectExtractorTest {

    private static ExtractionDraft run(Document doc, DocType type) {
        ExtractionDraft d = new ExtractionDraft();
        d.docType(type);
        new ProjectExtractor().extract(doc, d);
        return d;
    }

    @Test
    void theCentralTemplatesProjectPeriodLabel() {
        Document doc = Docs.doc().table(t -> t
                .row("项目名称", span("社区医疗设备更新", 1, 3))
                .row("项目属性", "延续项目", "项目期", "2023年1月—2025年12月"))
                .build();
        Project p = run(doc, DocType.BUDGET_PROJECT).project();
        assertThat(p.periodStart()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(p.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void periodsOfDottedMonthsAndOfYearsWithOneTrailingNian() {
        assertThat(ProjectExtractor.period("2023.01-2023.12"))
                .containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        assertThat(ProjectExtractor.period("2023-2024年"))
                .containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(ProjectExtractor.period("2023.3.1-2023.11.30"))
                .containsExactly(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 11, 30));
    }

    @Test
    void otherPeriodLabelsAndTheFillingUnitAboveAForm() {
        Document doc = Docs.doc()
                .p("填报单位：某市某区水务局　　　　　　　　单位：万元")
                .table(t -> t
                        .row("项目起止年限", "2023年—2024年")
                        .row("年度预算总额", "120"))
                .build();
        Project p = run(doc, DocType.BUDGET_PROJECT).project();
        assertThat(p.unit()).isEqualTo("某市某区水务局");
        Document sealed = Docs.doc().p("填报单位（盖章）：某市某区水务局　　　　金额单位：万元").build();
        assertThat(run(sealed, DocType.BUDGET_PROJECT).project().unit()).isEqualTo("某市某区水务局");
        Document executing = Docs.doc().table(t -> t.row("项目主管部门", "某区商务局", "项目执行单位", "某区市场服务中心")).build();
        assertThat(run(executing, DocType.BUDGET_PROJECT).project().unit()).isEqualTo("某区市场服务中心");
        assertThat(p.periodStart()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(p.periodEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void projectsIntroducedByNumberedHeadingsWithoutANameLabel() {
        Document doc = Docs.doc()
                .p("某区教育局2024年项目支出绩效目标")
                .p("项目一：校园安防设施维护")
                .p("项目资金：36万元")
                .p("项目二：课后服务补助")
                .build();
        assertThat(run(doc, DocType.BUDGET_PROJECT).project().name()).isEqualTo("校园安防设施维护");
        Document labelled = Docs.doc()
                .p("项目一：校园安防设施维护")
                .p("项目名称：课后服务补助")
                .build();
        assertThat(run(labelled, DocType.BUDGET_PROJECT).project().name()).isEqualTo("课后服务补助");
    }

    @Test
    void keyValueTableWithSeveralPairsPerRowAndSpacedLabels() {
        Document doc = Docs.doc().table(t -> t
                .row("项 目 名 称", span("营商环境改革工作经费", 1, 3))
                .row("实施单位\n名称", "昆明市某区\n政务服务管理局", "统一社会\n信用代码", "11530121MB198972XH")
                .row("单位地址", "某路1号", "联系电话", "0871-1234567")
                .row("法定代表人：", "张三", "资金来源", "财政全额拨款")
                .row("项目期限", span("2021年1月—2021年12月", 1, 3)))
                .build();
        ExtractionDraft d = run(doc, DocType.BUDGET_PROJECT);
        Project p = d.project();
        assertThat(p.name()).isEqualTo("营商环境改革工作经费");
        assertThat(p.unit()).isEqualTo("昆明市某区政务服务管理局");
        assertThat(p.orgCode()).isEqualTo("11530121MB198972XH");
        assertThat(p.orgCodeValid()).isTrue();
        assertThat(p.address()).isEqualTo("某路1号");
        assertThat(p.phone()).isEqualTo("0871-1234567");
        assertThat(p.legalRepresentative()).isEqualTo("张三");
        assertThat(p.fundingSource()).isEqualTo("财政全额拨款");
        assertThat(p.periodStart()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(p.periodEnd()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void labelColonValueParagraphsAndALabelAloneBeforeItsValue() {
        Document doc = Docs.doc()
                .p("项目名称")
                .p("优化提质营商环境改革工作经费")
                .p("项目实施单位")
                .p("单位名称：昆明市呈贡区政务服务管理局")
                .p("组织机构代码：11530121MB198972XH")
                .p("经费来源：财政全额拨款")
                .p("联系电话：67481242")
                .p("本项目开展时间为2021年1月1日至2021年12月31日。一季度开展考察学习。")
                .build();
        Project p = run(doc, DocType.BUDGET_PROJECT).project();
        assertThat(p.name()).isEqualTo("优化提质营商环境改革工作经费");
        assertThat(p.unit()).isEqualTo("昆明市呈贡区政务服务管理局");
        assertThat(p.fundingSource()).isEqualTo("财政全额拨款");
        assertThat(p.phone()).isEqualTo("67481242");
        assertThat(p.periodStart()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(p.periodEnd()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void moreSpecificUnitLabelWins() {
        Document doc = Docs.doc()
                .p("单位名称：某某局办公室")
                .p("项目实施单位：某某局")
                .build();
        assertThat(run(doc, DocType.BUDGET_PROJECT).project().unit()).isEqualTo("某某局");
    }

    @Test
    void badCheckDigitWarns() {
        Document doc = Docs.doc().p("项目名称：X").p("统一社会信用代码：11530121MB198972XA").build();
        ExtractionDraft d = run(doc, DocType.BUDGET_PROJECT);
        assertThat(d.project().orgCode()).isEqualTo("11530121MB198972XA");
        assertThat(d.project().orgCodeValid()).isFalse();
        assertThat(d.warnings()).extracting(Warning::code).containsExactly("org_code_check_digit");
        assertThat(d.warnings().get(0).message()).contains("11530121MB198972XA");
        assertThat(d.warnings().get(0).location().block()).isEqualTo(1);
    }

    @Test
    void wholeYearPeriod() {
        Document doc = Docs.doc().p("项目名称：X").p("实施周期：2022年").build();
        Project p = run(doc, DocType.BUDGET_PROJECT).project();
        assertThat(p.periodStart()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(p.periodEnd()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void workPlansWithoutAProjectNameHaveNoProject() {
        Document doc = Docs.doc().p("单位名称：某某局").p("联系电话：123").build();
        assertThat(run(doc, DocType.WORK_PLAN).project()).isNull();
    }

    @Test
    void twoColumnFormWithTheUnitDetailsInOneMultiLineCell() {
        Document doc = Docs.doc().table(t -> t
                .row("项目名称", "城乡居民医疗救助资金")
                .row("项目实施单位", "单位名称：某县民政局\n统一社会信用代码：11530121MB198972XH\n地址：某县某路2号\n"
                        + "联系电话：0878-1234567\n法人代表：王五\n经费来源：财政全额拨款\n单位概况：某县民政局是县人民政府工作部门。")
                .row("项目实施计划", "本项目开展时间为2021年3月1日至2021年11月30日。"))
                .build();
        Project p = run(doc, DocType.BUDGET_PROJECT).project();
        assertThat(p.name()).isEqualTo("城乡居民医疗救助资金");
        assertThat(p.unit()).isEqualTo("某县民政局");
        assertThat(p.orgCode()).isEqualTo("11530121MB198972XH");
        assertThat(p.address()).isEqualTo("某县某路2号");
        assertThat(p.phone()).isEqualTo("0878-1234567");
        assertThat(p.legalRepresentative()).isEqualTo("王五");
        assertThat(p.fundingSource()).isEqualTo("财政全额拨款");
        assertThat(p.periodStart()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(p.periodEnd()).isEqualTo(LocalDate.of(2021, 11, 30));
    }

    @Test
    void theFormFillersPhoneIsNotTheUnits() {
        Document doc = Docs.doc()
                .p("项目名称：X")
                .table(t -> t.row("填报人：张三", "联系电话：0871-1111111"))
                .p("联系电话：67481242")
                .build();
        assertThat(run(doc, DocType.BUDGET_PROJECT).project().phone()).isEqualTo("67481242");
    }

    @Test
    void pairsGluedOnOneLine() {
        Document doc = Docs.doc()
                .p("项目名称：X")
                .table(t -> t.row("项目实施单位", "单位名称：某县住建局 统一社会信用代码：11530121MB198972XH 地址：某县龙翔街314号联系电话："
                        + "0878-74679227 法人代表：邵云经费来源：中央和省级补助资金单位概况：某县住建局是县政府工作部门。"))
                .build();
        Project p = run(doc, DocType.BUDGET_PROJECT).project();
        assertThat(p.unit()).isEqualTo("某县住建局");
        assertThat(p.orgCode()).isEqualTo("11530121MB198972XH");
        assertThat(p.address()).isEqualTo("某县龙翔街314号");
        assertThat(p.phone()).isEqualTo("0878-74679227");
        assertThat(p.legalRepresentative()).isEqualTo("邵云");
        assertThat(p.fundingSource()).isEqualTo("中央和省级补助资金");
    }

    @Test
    void labelsOfOtherTemplates() {
        Document budget = Docs.doc().table(t -> t
                .row("项目支出名称", "道路清扫保洁服务", "预算部门", "某市环境卫生管理处")).build();
        assertThat(run(budget, DocType.BUDGET_PROJECT).project().name()).isEqualTo("道路清扫保洁服务");
        assertThat(run(budget, DocType.BUDGET_PROJECT).project().unit()).isEqualTo("某市环境卫生管理处");
        Document special = Docs.doc().table(t -> t
                .row("申报单位", "区林业局", "项目（专项）名称", "某村绿化美化项目")).build();
        assertThat(run(special, DocType.BUDGET_PROJECT).project().name()).isEqualTo("某村绿化美化项目");
        assertThat(run(special, DocType.BUDGET_PROJECT).project().unit()).isEqualTo("区林业局");
    }

    @Test
    void aDepartmentsWholeBudgetTableIsTheDepartments() {
        Document dept = Docs.doc().table(t -> t
                .row("部门编码：", "316", "部门名称：", "某县林业局")).build();
        Project p = run(dept, DocType.BUDGET_PROJECT).project();
        assertThat(p.unit()).isEqualTo("某县林业局");
        assertThat(p.name()).isNull();
        Document unitOf = Docs.doc().table(t -> t
                .row("部门（单位）名称", "某市地方志研究室", "部门预算编码", "901001033")).build();
        assertThat(run(unitOf, DocType.BUDGET_PROJECT).project().unit()).isEqualTo("某市地方志研究室");
    }

    @Test
    void theBudgetCodeBeforeTheUnitIsDropped() {
        Document d = Docs.doc().table(t -> t
                .row("单位信息： 324001-某州市场监督管理局机关", "项目名称：")
                .row("主管部门： 324-某州市场监督管理部门", "项目经办人：")).build();
        assertThat(run(d, DocType.BUDGET_PROJECT).project().unit()).isEqualTo("某州市场监督管理局机关");
        Document bracket = Docs.doc().table(t -> t
                .row("主管部门", "某镇政府", "实施单位", "[610001]某某农业发展有限公司")).build();
        assertThat(run(bracket, DocType.BUDGET_PROJECT).project().unit()).isEqualTo("某某农业发展有限公司");
        Document supervisorOnly = Docs.doc().table(t -> t
                .row("项目名称", "某项目", "主管部门", "某县民族事务委员会")).build();
        assertThat(run(supervisorOnly, DocType.BUDGET_PROJECT).project().unit()).isEqualTo("某县民族事务委员会");
    }
}
