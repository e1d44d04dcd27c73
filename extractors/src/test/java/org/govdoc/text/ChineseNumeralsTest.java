package org.govdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "一, 1", "九, 9", "十, 10", "十五, 15", "二十, 20", "二十三, 23", "三十一, 31",
            "一百, 100", "一百零五, 105", "一百二十三, 123", "一百五, 150", "两千, 2000",
            "两千零二十三, 2023", "三万五千, 35000", "三万五, 35000", "一万零一, 10001",
            "一亿, 100000000", "一亿三千万, 130000000", "一亿零五百万, 105000000",
            "十二万三千四百五十六, 123456", "廿三, 23", "廿, 20", "卅一, 31",
            "壹佰贰拾叁, 123", "肆拾伍, 45", "玖仟捌佰, 9800", "拾, 10", "贰万, 20000",
            "3万, 30000", "12万, 120000", "1千, 1000", "〇, 0", "零, 0", "两, 2"
    })
    void positionalNumerals(String text, long expected) {
        assertThat(ChineseNumerals.toLong(text)).hasValue(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"二〇二三, 2023", "二零二三, 2023", "一九九九, 1999", "２０２３, 2023", "2023, 2023",
            "二○二一, 2021", "一二, 12", "〇五, 5"})
    void digitByDigit(String text, long expected) {
        assertThat(ChineseNumerals.toLong(text)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "十五个", "三五百", "年", "一二三a"})
    void notNumerals(String text) {
        assertThat(ChineseNumerals.toLong(text)).isEmpty();
    }

    @Test
    void nullIsEmpty() {
        assertThat(ChineseNumerals.toLong(null)).isEmpty();
        assertThat(ChineseNumerals.toBigDecimal(null)).isEmpty();
        assertThat(ChineseNumerals.year(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"三点五, 3.5", "1.5万, 15000", "二点零五亿, 205000000", "69.381万, 693810", "0.5, 0.5",
            "十二点五, 12.5", "一百, 100", "３．５, 3.5"})
    void decimals(String text, String expected) {
        assertThat(ChineseNumerals.toBigDecimal(text)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @Test
    void decimalsAreExactAndPlain() {
        assertThat(ChineseNumerals.toBigDecimal("69.381万").orElseThrow().toPlainString()).isEqualTo("693810");
        assertThat(ChineseNumerals.toBigDecimal("三点").isEmpty()).isTrue();
        assertThat(ChineseNumerals.toBigDecimal("3.5个").isEmpty()).isTrue();
    }

    @Test
    void yearsOnlyWithFourDigits() {
        assertThat(ChineseNumerals.year("二〇二三")).hasValue(2023);
        assertThat(ChineseNumerals.year("2223")).hasValue(2223);
        assertThat(ChineseNumerals.year("二三")).isEmpty();
        assertThat(ChineseNumerals.year("两千零二十三")).isEmpty();
    }

    @Test
    void toIntAndCharacterClasses() {
        assertThat(ChineseNumerals.toInt("十二")).hasValue(12);
        assertThat(ChineseNumerals.toInt("一千亿")).isEmpty();
        assertThat(ChineseNumerals.isNumeralChar('廿')).isTrue();
        assertThat(ChineseNumerals.isNumeralChar('年')).isFalse();
        assertThat(ChineseNumerals.isChineseNumeralChar('5')).isFalse();
        assertThat(ChineseNumerals.isChineseNumeralChar('伍')).isTrue();
        assertThat(ChineseNumerals.digitValue('陆')).isEqualTo(6);
        assertThat(ChineseNumerals.unitValue('佰')).isEqualTo(100);
    }
}
