package org.govdoc.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govdoc.extract.FieldGroup;
import org.junit.jupiter.api.Test;

/** The indicator part of the scorer under the contract of ../shared/eval/README.md. */
class IndicatorScoringTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static DocumentScorer.DocScore score(String gold, String out) throws Exception {
        return DocumentScorer.score("doc", JSON.readTree(gold), JSON.readTree(out));
    }

    private static final String GOLD = """
            {"indicators": [
              {"level1": "产出指标", "level2": "数量指标", "level3": "修缮村道", "operator": "=", "value": 12, "unit": "公里"},
              {"level1": "产出指标", "level2": "成本指标", "level3": "项目总成本", "operator": "<=", "value": 30, "unit": "万元"},
              {"level1": "产出指标", "level2": "时效指标", "level3": "完成时间", "value": null, "unit": null}]}
            """;

    @Test
    void plainNumbersAreEqualityTextTargetsHaveNoValueAndMoneyKeepsItsUnit() throws Exception {
        DocumentScorer.DocScore s = score(GOLD, """
                {"indicators": [
                  {"level1": "产出指标", "level2": "数量指标", "level3": "修缮村道", "operator": "＝", "value": 12, "unit": "公里"},
                  {"level1": "产出指标", "level2": "成本指标", "level3": "项目总成本", "operator": "≤", "value": 30, "unit": "万元"},
                  {"level1": "产出指标", "level2": "时效指标", "level3": "完成时间", "operator": null, "value": null, "unit": null,
                   "valueText": "2024年年底前"}]}
                """);
        assertThat(s.tally().tp(FieldGroup.INDICATORS)).isEqualTo(3);
        assertThat(s.mismatches()).isEmpty();
    }

    @Test
    void aMissingOperatorConvertedMoneyOrANumberFromADateAreMisses() throws Exception {
        DocumentScorer.DocScore s = score(GOLD, """
                {"indicators": [
                  {"level1": "产出指标", "level2": "数量指标", "level3": "修缮村道", "operator": null, "value": 12, "unit": "公里"},
                  {"level1": "产出指标", "level2": "成本指标", "level3": "项目总成本", "operator": "<=", "value": 300000, "unit": "元"},
                  {"level1": "产出指标", "level2": "时效指标", "level3": "完成时间", "operator": null, "value": 2024, "unit": "年年底前"}]}
                """);
        assertThat(s.tally().tp(FieldGroup.INDICATORS)).isZero();
        assertThat(s.tally().out(FieldGroup.INDICATORS)).isEqualTo(3);
        assertThat(s.tally().gold(FieldGroup.INDICATORS)).isEqualTo(3);
    }
}
