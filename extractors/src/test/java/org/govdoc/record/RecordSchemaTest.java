package org.govdoc.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.govdoc.model.Box;
import org.govdoc.model.Location;
import org.junit.jupiter.api.Test;

/** The record as written by RecordJson conforms to the published schema, field for field. */
class RecordSchemaTest {

    private static final String SHA = "a".repeat(64);

    static JsonSchema schema() throws Exception {
        try (InputStream in = RecordSchemaTest.class.getResourceAsStream("/org/govdoc/record/extraction.schema.json")) {
            assertThat(in).as("schema on the classpath").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Extraction fullRecord() {
        Location cell = Location.ofCell(2, 7, 0, 3, 4).withProvenance(new Box(310.5, 402.2, 96, 24), 0.71);
        Location para = Location.ofBlock(1, 2);
        Source source = new Source("in/a.pdf", "a.pdf", "application/pdf", 1234, 3, 1, SHA, List.of("in/copy-of-a.pdf"));
        return new Extraction(Extraction.SCHEMA_VERSION, null, null, Status.OK, null, DocType.BUDGET_PROJECT,
                "呈贡区2021年优化提质营商环境改革工作经费项目", new Region("云南省", "昆明市", "呈贡区", "530114"), 2021,
                "呈政发〔2021〕3号", "昆明市呈贡区政务服务管理局", LocalDate.of(2021, 3, 1),
                new Project("优化提质营商环境改革工作经费", "昆明市呈贡区政务服务管理局", "11530121MB198972XH", true, "呈贡区",
                        "0871-1234567", "张三", "财政全额拨款", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
                List.of(new FundingAmount(new BigDecimal("693810"), "69.381万元", "allocation", null, false,
                        "全年安排资金69.381万元", cell)),
                List.of(new Indicator("产出指标", "数量指标", "开展营商环境专题培训", ">", new BigDecimal("50"), "50", "人次",
                        "定量指标", "完成得满分", null, null, cell)),
                List.of(new Task("（一）", List.of("一、总体要求"), "持续优化政务热线", List.of("区政府办公室"),
                        List.of("各乡镇（街道）"), new DueDate(LocalDate.of(2023, 12, 31), "年底前", true), "body", null, null,
                        para)),
                List.of(new Deadline(null, "每季度末月10日", "每季度末月10日17:00前", "每季度末月10日17:00前报送", para)),
                List.of(new Unit("区政务局", "呈贡区政务服务管理局", List.of("lead"))),
                new Proposal("政协呈贡区十届一次会议", "130", "王某某", "关于加快……的建议", "呈贡区政务服务管理局",
                        LocalDate.of(2022, 10, 20), "李四", "0871-7654321", "满意", "此件公开"),
                List.of(new Figure("新增市场主体", new BigDecimal("23299"), "户", "新增市场主体23299户", "全区新增市场主体23299户", para)),
                List.of(new Warning("implausible_year", "2223年 cannot be the year of a 2023 plan", para),
                        Warning.of(WarningCode.LOW_CONFIDENCE, "金额“69.381万元”的数字69381由OCR识别，置信度0.71", cell)),
                null).withSource(source, "全文");
    }

    private static Set<ValidationMessage> validate(Extraction e) throws Exception {
        JsonNode node = RecordJson.mapper().valueToTree(e);
        return schema().validate(node);
    }

    @Test
    void aFullRecordConforms() throws Exception {
        assertThat(validate(fullRecord())).isEmpty();
    }

    @Test
    void aFailedRecordConforms() throws Exception {
        Source source = new Source("x.pdf", "x.pdf", "application/pdf", 10, null, SHA, null);
        Extraction failed = Extraction.failed(source, ErrorInfo.of(ErrorCode.ENCRYPTED, "the PDF is password-protected"));
        assertThat(validate(failed)).isEmpty();
        JsonNode node = RecordJson.mapper().valueToTree(failed);
        assertThat(node.get("status").asText()).isEqualTo("failed");
        assertThat(node.get("error").get("code").asText()).isEqualTo("encrypted");
        assertThat(node.get("indicators").isArray()).isTrue();
        assertThat(node.has("project")).as("absent values are written as null, never left out").isTrue();
    }

    @Test
    void theSchemaRejectsARecordThatBreaksTheContract() throws Exception {
        JsonNode node = RecordJson.mapper().valueToTree(fullRecord());
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("docType", "budget");
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("tasks");
        Set<ValidationMessage> errors = schema().validate(node);
        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("docType"))
                .anyMatch(m -> m.contains("tasks"));
    }

    @Test
    void theSchemaRejectsABoxWithoutItsSizeAndAConfidenceOverOne() throws Exception {
        JsonNode node = RecordJson.mapper().valueToTree(fullRecord());
        com.fasterxml.jackson.databind.node.ObjectNode loc =
                (com.fasterxml.jackson.databind.node.ObjectNode) node.get("fundingAmounts").get(0).get("location");
        assertThat(loc.get("box").get("x").asDouble()).isEqualTo(310.5);
        ((com.fasterxml.jackson.databind.node.ObjectNode) loc.get("box")).remove("height");
        loc.put("confidence", 1.5);
        Set<ValidationMessage> errors = schema().validate(node);
        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("height"))
                .anyMatch(m -> m.contains("confidence"));
    }

    @Test
    void moneyIsAnExactPlainDecimalAndDatesAreIso() throws Exception {
        String json = RecordJson.mapper().writeValueAsString(fullRecord());
        assertThat(json).contains("\"amountYuan\":693810").doesNotContain("E+");
        assertThat(json).contains("\"periodEnd\":\"2021-12-31\"");
        assertThat(json).doesNotContain("\n");
        Extraction back = RecordJson.mapper().readValue(json, Extraction.class);
        assertThat(back).isEqualTo(fullRecord());
        assertThat(RecordJson.mapper().writeValueAsString(new BigDecimal("6.9381E+5"))).isEqualTo("693810");
    }
}
