package org.govdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorParserTest {

    @ParameterizedTest
    @CsvSource({
        "≥,>=", "＞＝,>=", ">=,>=", "大于等于,>=", "不低于,>=", "不少于,>=", "≧,>=",
        "≤,<=", "小于等于,<=", "不高于,<=", "不超过,<=", "＜＝,<=",
        "＝,=", "=,=", "等于,=",
        "＞,>", ">,>", "大于,>", "高于,>", "超过,>",
        "＜,<", "<,<", "小于,<", "低于,<"
    })
    void everySpellingFolds(String spelling, String folded) {
        assertThat(OperatorParser.parse(spelling)).contains(folded);
        assertThat(OperatorParser.parse(" " + spelling + "\n")).contains(folded);
    }

    @Test
    void wordsThatAreNotOperators() {
        assertThat(OperatorParser.parse("定量指标")).isEmpty();
        assertThat(OperatorParser.parse("")).isEmpty();
        assertThat(OperatorParser.parse(null)).isEmpty();
    }

    @Test
    void prefixOfAValue() {
        assertThat(OperatorParser.split("≥95%")).isEqualTo(new OperatorParser.Split(">=", "95%"));
        assertThat(OperatorParser.split("不低于 90%")).isEqualTo(new OperatorParser.Split(">=", "90%"));
        assertThat(OperatorParser.split("＞50")).isEqualTo(new OperatorParser.Split(">", "50"));
        assertThat(OperatorParser.split("低于5%")).isEqualTo(new OperatorParser.Split("<", "5%"));
        assertThat(OperatorParser.split("不超过3天")).isEqualTo(new OperatorParser.Split("<=", "3天"));
    }

    @Test
    void suffixOfAValue() {
        assertThat(OperatorParser.split("90%以上")).isEqualTo(new OperatorParser.Split(">=", "90%"));
        assertThat(OperatorParser.split("5个工作日以内")).isEqualTo(new OperatorParser.Split("<=", "5个工作日"));
        assertThat(OperatorParser.split("24小时内")).isEqualTo(new OperatorParser.Split("<=", "24小时"));
        assertThat(OperatorParser.split("不足5%")).isEqualTo(new OperatorParser.Split("<", "5%"));
    }

    @Test
    void noOperator() {
        assertThat(OperatorParser.split("100%")).isEqualTo(new OperatorParser.Split(null, "100%"));
    }
}
