package org.govdoc.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import org.govdoc.record.RecordJson;
import org.junit.jupiter.api.Test;

class EvalTextTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static JsonNode json(String s) throws Exception {
        return RecordJson.mapper().readTree(s);
    }

    @Test
    void normalisesWidthPunctuationAndSpaces() {
        assertThat(EvalText.norm("各乡镇（街道）， 区 政务服务局。")).isEqualTo("各乡镇(街道),区政务服务局.");
        assertThat(EvalText.norm("东营商办发〔2023〕7号")).isEqualTo(EvalText.norm("东营商办发[2023]7号"));
        assertThat(EvalText.norm("《关于》、“好”")).isEqualTo("<关于>,\"好\"");
    }

    @Test
    void readsNumbersWithTheirMagnitude() {
        assertThat(EvalText.dec("69.381万元")).isEqualByComparingTo("693810");
        assertThat(EvalText.dec("1.2亿元")).isEqualByComparingTo("120000000");
        assertThat(EvalText.dec("693,810.00元")).isEqualByComparingTo("693810");
        assertThat(EvalText.dec("１００%")).isEqualByComparingTo("100");
        assertThat(EvalText.dec("200万件")).isNull(); // a unit other than 元/% is not a bare number
        assertThat(EvalText.dec("2023-10-31")).isNull();
    }

    @Test
    void foldsOperators() {
        assertThat(EvalText.foldOp("≥")).isEqualTo(">=");
        assertThat(EvalText.foldOp("＞＝")).isEqualTo(">=");
        assertThat(EvalText.foldOp("＝")).isEqualTo("=");
        assertThat(EvalText.foldOp("≤")).isEqualTo("<=");
        assertThat(EvalText.sameOperator(F.textNode(">="), F.textNode("≥"))).isTrue();
        assertThat(EvalText.sameOperator(F.textNode(">"), F.textNode("≥"))).isFalse();
    }

    @Test
    void comparesScalarsLikeTheSharedScorer() throws Exception {
        assertThat(EvalText.same(F.numberNode(693810), F.textNode("69.381万元"))).isTrue();
        assertThat(EvalText.same(F.numberNode(new BigDecimal("100.0")), F.numberNode(100))).isTrue();
        assertThat(EvalText.same(F.nullNode(), F.textNode(""))).isTrue();
        assertThat(EvalText.same(F.nullNode(), null)).isTrue();
        assertThat(EvalText.same(F.textNode("x"), F.nullNode())).isFalse();
        assertThat(EvalText.same(F.booleanNode(true), F.textNode("true"))).isFalse();
        assertThat(EvalText.same(json("[\"2023-09-30\", \"2223-09-30\"]"), F.textNode("2223-09-30"))).isTrue();
        assertThat(EvalText.same(json("[\"2023-09-30\", \"2223-09-30\"]"), F.textNode("2023-10-31"))).isFalse();
        assertThat(EvalText.sameSet(json("[\"区政务服务局\", \"各乡镇（街道）\"]"), json("[\"各乡镇(街道)\", \"区政务服务局\"]")))
                .isTrue();
    }

    @Test
    void taskKeysDropNumberingAndKeepTwelveCharacters() {
        assertThat(EvalText.taskKey("（3）全面落实政务服务事项基本目录。按照国家")).isEqualTo("全面落实政务服务事项基本");
        assertThat(EvalText.taskKey("3.持续优化12345政务服务政务热线工作")).isEqualTo("持续优化12345政务服");
        assertThat(EvalText.taskKey("一、总体")).isEqualTo("总体");
    }
}
