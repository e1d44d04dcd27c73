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
}
