package org.govdoc.corpus.gen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.govdoc.record.DocType;
import org.govdoc.record.RecordJson;
import org.junit.jupiter.api.Test;

class GoldWriterTest {

    private static final District CHENGGONG = new District("530114", "呈贡区", "昆明市", "云南省");

    @Test
    void writesTheRecordsFieldNamesAndOnlyWhatIsKnown() throws Exception {
        Gold g = new Gold(DocType.WORK_PLAN, CHENGGONG, 2023, "呈政办发〔2023〕7号", LocalDate.of(2023, 5, 4), null,
                List.of(new Gold.Amount(new BigDecimal("6938100"), "other", "693.81万元")), List.of(),
                List.of(new Gold.Task("全面落实政务服务事项基本目录。", List.of("区政务服务局"), List.of("各乡镇（街道）"),
                        List.of(LocalDate.of(2023, 9, 30), LocalDate.of(2223, 9, 30)), true),
                        new Gold.Task("持续推进证明材料清理规范化。", List.of(), List.of("区级各部门"), List.of(), false)),
                null, List.of("implausible_year"));
        byte[] bytes = GoldWriter.toBytes(g);
        JsonNode j = RecordJson.mapper().readTree(bytes);
        assertThat(j.get("docType").asText()).isEqualTo("work_plan");
        assertThat(j.at("/region/district").asText()).isEqualTo("呈贡区");
        assertThat(j.at("/region/code").asText()).isEqualTo("530114");
        assertThat(j.get("issueDate").asText()).isEqualTo("2023-05-04");
        assertThat(j.has("project")).isFalse();
        assertThat(j.has("proposal")).isFalse();
        assertThat(j.get("indicators").isArray()).isTrue();
        assertThat(j.at("/fundingAmounts/0/amountYuan").decimalValue()).isEqualByComparingTo("6938100");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("6938100").doesNotContain("E+");
        JsonNode first = j.at("/tasks/0/deadline");
        assertThat(first.get("date").isArray()).as("a misprinted year gives any-of dates").isTrue();
        assertThat(first.get("date").get(1).asText()).isEqualTo("2223-09-30");
        assertThat(first.get("ongoing").asBoolean()).isTrue();
        assertThat(j.at("/tasks/1/deadline").isNull()).as("no 完成时限").isTrue();
        assertThat(j.at("/tasks/1/leadUnits").size()).isZero();
        assertThat(j.at("/warnings/0/code").asText()).isEqualTo("implausible_year");
    }

    @Test
    void indicatorKindIsLeftOutWhenTheTableHasNone() throws Exception {
        Gold g = new Gold(DocType.BUDGET_PROJECT, CHENGGONG, 2021, null, null,
                new Gold.Project("工作经费", "昆明市呈贡区政务服务管理局", "11530121MB198972XH", true, null, null, null,
                        "财政全额拨款", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
                List.of(), List.of(new Gold.Indicator("产出指标", "数量指标", "开展培训", ">=", new BigDecimal("2000000"), "件", null),
                        new Gold.Indicator("效益指标", "可持续影响指标", "长效机制", "=", null, null, "定性指标")),
                List.of(), null, List.of());
        JsonNode j = RecordJson.mapper().readTree(GoldWriter.toBytes(g));
        assertThat(j.at("/indicators/0").has("kind")).isFalse();
        assertThat(j.at("/indicators/0/value").asLong()).isEqualTo(2_000_000L);
        assertThat(j.at("/indicators/1/kind").asText()).isEqualTo("定性指标");
        assertThat(j.at("/indicators/1/value").isNull()).isTrue();
        assertThat(j.get("docNumber").isNull()).isTrue();
        assertThat(j.at("/project/orgCodeValid").asBoolean()).isTrue();
        assertThat(j.at("/project/address").isNull()).isTrue();
        assertThat(j.at("/project/periodEnd").asText()).isEqualTo("2021-12-31");
        assertThat(j.has("warnings")).isFalse();
    }
}
