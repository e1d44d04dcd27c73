package org.govdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.govdoc.model.Document;
import org.govdoc.record.DocType;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;
import org.govdoc.record.Warning;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    private static Document budget() {
        return Docs.doc()
                .p("某区政务服务管理局")
                .p("2021年营商环境改革工作经费项目")
                .p("项目名称：营商环境改革工作经费")
                .p("单位名称：某区政务服务管理局")
                .p("统一社会信用代码：11530121MB198972XH")
                .p("资金来源：财政全额拨款")
                .p("项目期限：2021年1月—2021年12月")
                .p("全年安排资金69.381万元，全区新增市场主体23299户。")
                .p("项目绩效目标表")
                .table(t -> t
                        .row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标属性")
                        .row("满意度指标", "服务对象满意度指标", "群众满意度", ">", "100%", "%", "定性指标"))
                .build();
    }

    @Test
    void composesEveryFieldGroup() {
        Extraction e = new Extractor().extract(budget());
        assertThat(e.docType()).isEqualTo(DocType.BUDGET_PROJECT);
        assertThat(e.project().name()).isEqualTo("营商环境改革工作经费");
        assertThat(e.project().periodEnd()).hasToString("2021-12-31");
        assertThat(e.fundingAmounts()).hasSize(1);
        assertThat(e.fundingAmounts().get(0).role()).isEqualTo("allocation");
        assertThat(e.indicators()).hasSize(1);
        assertThat(e.indicators().get(0).kind()).isEqualTo("定性指标");
        assertThat(e.figures()).extracting(f -> f.label()).contains("新增市场主体");
        assertThat(e.warnings()).extracting(Warning::code).containsExactly("impossible_target");
        assertThat(e.ok()).isTrue();
    }

    @Test
    void recordSerialisesMoneyAsPlainNumbers() throws Exception {
        Extraction e = new Extractor().extract(budget());
        JsonNode json = RecordJson.mapper().readTree(RecordJson.mapper().writeValueAsString(e));
        assertThat(json.get("docType").asText()).isEqualTo("budget_project");
        assertThat(json.get("fundingAmounts").get(0).get("amountYuan").toString()).isEqualTo("693810");
        assertThat(json.get("indicators").get(0).get("value").toString()).isEqualTo("100");
        assertThat(json.get("project").get("periodStart").asText()).isEqualTo("2021-01-01");
    }

    @Test
    void laterExtractorsSeeEarlierResults() {
        FieldExtractor forceBudget = (doc, draft) -> draft.docType(DocType.BUDGET_PROJECT);
        Document doc = Docs.doc().p("安排资金10万元。").build();
        Extraction asBudget = new Extractor(List.of(forceBudget, new org.govdoc.extract.funding.FundingExtractor()))
                .extract(doc);
        Extraction plain = new Extractor(List.of(new org.govdoc.extract.funding.FundingExtractor())).extract(doc);
        assertThat(asBudget.fundingAmounts().get(0).role()).isEqualTo("allocation");
        assertThat(plain.fundingAmounts().get(0).role()).isEqualTo("other");
    }

    @Test
    void emptyDocumentGivesAnEmptyOtherRecord() {
        Extraction e = new Extractor().extract(Docs.doc().build());
        assertThat(e.docType()).isEqualTo(DocType.OTHER);
        assertThat(e.fundingAmounts()).isEmpty();
        assertThat(e.indicators()).isEmpty();
        assertThat(e.project()).isNull();
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void titleFallsBackToTheFileMetadata() {
        Extraction e = new Extractor().extract(Docs.doc().title("文件标题").p("正文").build());
        assertThat(e.title()).isEqualTo("文件标题");
    }

    /** The shape of the Ministry of Finance declaration form: everything in one table. */
    @Test
    void declarationFormInOneTable() {
        Document doc = Docs.doc().p("项目支出绩效目标申报表").p("（2022年度）").table(t -> t
                .row("项目名称", Docs.span("政务服务能力提升项目", 1, 5))
                .row("主管部门", "某区人民政府", "实施单位", Docs.span("某区政务服务管理局", 1, 3))
                .row(Docs.span("项目资金\n（万元）", 3, 1), "年度资金总额：",
                        Docs.span("120.5", 1, 4))
                .row("其中：财政拨款", Docs.span("100", 1, 4))
                .row("其他资金", Docs.span("20.5", 1, 4))
                .row(Docs.span("绩效指标", 4, 1), "一级指标", "二级指标", "三级指标", "指标值", "")
                .row("产出指标", "数量指标", "办件量", "≥10万件", "")
                .row("", "质量指标", "好评率", "≥95%", "")
                .row("效益指标", "社会效益指标", "群众满意度", "90%以上", "")
                .row("备注", Docs.span("无", 1, 5)))
                .build();
        Extraction e = new Extractor().extract(doc);
        assertThat(e.docType()).isEqualTo(DocType.BUDGET_PROJECT);
        assertThat(e.project().name()).isEqualTo("政务服务能力提升项目");
        assertThat(e.project().unit()).isEqualTo("某区政务服务管理局");
        assertThat(e.fundingAmounts()).extracting(f -> f.amountYuan().toPlainString())
                .containsExactly("1205000", "1000000", "205000");
        assertThat(e.fundingAmounts()).extracting(f -> f.role()).containsExactly("allocation", "component", "component");
        assertThat(e.indicators()).extracting(i -> i.level3()).containsExactly("办件量", "好评率", "群众满意度");
        assertThat(e.indicators().get(0).value().toPlainString()).isEqualTo("10");
        assertThat(e.indicators().get(0).unit()).isEqualTo("万件");
        assertThat(e.indicators().get(2).level1()).isEqualTo("效益指标");
        assertThat(e.warnings()).isEmpty();
    }
}
