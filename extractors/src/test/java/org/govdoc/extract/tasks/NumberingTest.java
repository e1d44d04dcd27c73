package org.govdoc.extract.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdoc.extract.tasks.Numbering.Style;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "一、总体目标|CHINESE|一、|1|总体目标",
            "十二、其他|CHINESE|十二、|12|其他",
            "―、总体目标|CHINESE|―、|1|总体目标",
            "（三）推进便利化|PAREN_CHINESE|（三）|3|推进便利化",
            "(二)规范化|PAREN_CHINESE|(二)|2|规范化",
            "1.深入推进|ARABIC|1.|1|深入推进",
            "12、加强宣传|ARABIC|12、|12|加强宣传",
            "３．全角|ARABIC|３．|3|全角",
            "1.2023年5月底以前公布|ARABIC|1.|1|2023年5月底以前公布",
            "（1）全面落实|PAREN_ARABIC|（1）|1|全面落实",
            "(10)最后|PAREN_ARABIC|(10)|10|最后",
            "2）分项|ARABIC_PAREN|2）|2|分项",
            "③第三|CIRCLED|③|3|第三",
            "（1）|PAREN_ARABIC|（1）|1|''"
    })
    void styles(String line, Style style, String number, int value, String rest) {
        Numbering n = Numbering.parse(line).orElseThrow();
        assertThat(n.style()).isEqualTo(style);
        assertThat(n.number()).isEqualTo(number);
        assertThat(n.value()).isEqualTo(value);
        assertThat(n.rest()).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年5月4日", "1.5个工作日以内", "12345热线", "一是加强领导", "牵头单位：区政务局", "", "2023.5.4"})
    void notNumbered(String line) {
        assertThat(Numbering.parse(line)).isEmpty();
    }
}
