package org.govdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityParserTest {

    @Test
    void multiplierStaysInTheUnitAsWritten() {
        Quantity q = QuantityParser.parse("200万件").orElseThrow();
        assertThat(q.value()).isEqualByComparingTo(new BigDecimal("200"));
        assertThat(q.unit()).isEqualTo("万件");
        Quantity bare = QuantityParser.parse("250万").orElseThrow();
        assertThat(bare.value().toPlainString()).isEqualTo("250");
        assertThat(bare.unit()).isEqualTo("万");
    }

    @Test
    void textAfterTheNumberMustLookLikeAUnit() {
        assertThat(QuantityParser.parse("12月底到位")).isEmpty();
        assertThat(QuantityParser.parse("2021年全年")).isEmpty();
        assertThat(QuantityParser.parse("2025年年底前")).isEmpty();
        assertThat(QuantityParser.parse("12月底前100%到位")).isEmpty();
        assertThat(QuantityParser.parse("1600元/亩").orElseThrow().unit()).isEqualTo("元/亩");
        assertThat(QuantityParser.parse("3种").orElseThrow().unit()).isEqualTo("种");
        assertThat(QuantityParser.parse("80M").orElseThrow().unit()).isEqualTo("M");
        assertThat(QuantityParser.parse("80,000元").orElseThrow().value()).isEqualByComparingTo("80000");
    }

    @Test
    void knownUnits() {
        assertThat(QuantityParser.isUnit("人/天")).isTrue();
        assertThat(QuantityParser.isUnit("万立方米")).isTrue();
        assertThat(QuantityParser.isUnit("台（套）")).isTrue();
        assertThat(QuantityParser.isUnit("个工作日")).isTrue();
        assertThat(QuantityParser.isUnit("含续建")).isFalse();
        assertThat(QuantityParser.isUnitLike("月底到位")).isFalse();
        assertThat(QuantityParser.isUnitLike("年全年")).isFalse();
        assertThat(QuantityParser.isUnitLike("羊只")).isTrue();
        assertThat(QuantityParser.isUnitLike("元/生·年")).isTrue();
        assertThat(QuantityParser.isUnitLike("元/月底前")).isFalse();
        assertThat(QuantityParser.parse("0起").orElseThrow().unit()).isEqualTo("起"); // 安全事故0起
        assertThat(QuantityParser.isUnitLike("日起")).isFalse(); // 5月1日起 is a date
    }

    @Test
    void percent() {
        Quantity q = QuantityParser.parse("95%").orElseThrow();
        assertThat(q.value()).isEqualByComparingTo("95");
        assertThat(q.unit()).isEqualTo("%");
        assertThat(QuantityParser.parse("９５％").orElseThrow().unit()).isEqualTo("%");
    }

    @Test
    void bareNumberHasNoUnit() {
        Quantity q = QuantityParser.parse(" 50 ").orElseThrow();
        assertThat(q.value()).isEqualByComparingTo("50");
        assertThat(q.unit()).isNull();
    }

    @Test
    void decimalsAndSeparators() {
        assertThat(QuantityParser.parse("1.5万人次").orElseThrow().value()).isEqualByComparingTo("1.5");
        assertThat(QuantityParser.parse("1,200户").orElseThrow().value()).isEqualByComparingTo("1200");
    }

    @Test
    void textIsNotAQuantity() {
        assertThat(QuantityParser.parse("有效提升")).isEmpty();
        assertThat(QuantityParser.parse("空")).isEmpty();
        assertThat(QuantityParser.parse("2021年1月至12月")).isEmpty();
        assertThat(QuantityParser.parse(null)).isEmpty();
    }

    @Test
    void findAllWithMeasureWords() {
        var all = QuantityParser.findAll("全区新增市场主体23299户，培训1.2万人次，覆盖率达95%。");
        assertThat(all).extracting(Quantity::unit).containsExactly("户", "人次", "%");
        assertThat(all).extracting(q -> q.value().toPlainString()).containsExactly("23299", "12000", "95");
        assertThat(all.get(0).text()).isEqualTo("23299户");
        assertThat(all.get(0).start()).isEqualTo(8);
    }

    @Test
    void moneyKeepsItsConventionalUnit() {
        Quantity q = QuantityParser.parse("3545万元").orElseThrow();
        assertThat(q.value()).isEqualByComparingTo("3545");
        assertThat(q.unit()).isEqualTo("万元");
        assertThat(QuantityParser.parse("500元").orElseThrow().unit()).isEqualTo("元");
    }
}
