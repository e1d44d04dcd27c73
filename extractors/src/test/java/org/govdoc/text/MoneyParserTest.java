package org.govdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyParserTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void wanYuanWithDecimalsIsExact() {
        List<MoneyAmount> all = MoneyParser.findAll("全年安排资金69.381万元。");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).yuan()).isEqualByComparingTo(d("693810"));
        assertThat(all.get(0).yuan().toPlainString()).isEqualTo("693810");
        assertThat(all.get(0).text()).isEqualTo("69.381万元");
        assertThat(all.get(0).start()).isEqualTo(6);
        assertThat(all.get(0).approximate()).isFalse();
    }

    @Test
    void yiYuan() {
        assertThat(MoneyParser.parse("11亿元")).contains(d("1100000000"));
    }

    @Test
    void approximateWithPrefix() {
        MoneyAmount a = MoneyParser.findAll("总投资约2200万元，").get(0);
        assertThat(a.yuan()).isEqualByComparingTo(d("22000000"));
        assertThat(a.approximate()).isTrue();
        assertThat(a.qualifier()).isEqualTo("约");
        assertThat(a.text()).isEqualTo("约2200万元");
    }

    @Test
    void thousandSeparatorsAndDecimals() {
        assertThat(MoneyParser.parse("1,234.5元")).contains(d("1234.5"));
        assertThat(MoneyParser.parse("12,345,678元")).contains(d("12345678"));
    }

    @Test
    void fullWidthDigits() {
        assertThat(MoneyParser.parse("６９．３８１万元")).contains(d("693810"));
    }

    @Test
    void fullWidthCommaIsNotASeparator() {
        List<MoneyAmount> all = MoneyParser.findAll("培训3，200元/人");
        assertThat(all).extracting(MoneyAmount::yuan).containsExactly(d("200"));
    }

    @Test
    void suffixQualifiers() {
        MoneyAmount a = MoneyParser.findAll("奖励50万元以上").get(0);
        assertThat(a.qualifier()).isEqualTo("以上");
        assertThat(a.approximate()).isFalse();
        MoneyAmount b = MoneyParser.findAll("节约100万元左右").get(0);
        assertThat(b.approximate()).isTrue();
    }

    @Test
    void prefixQualifiersNotApproximate() {
        MoneyAmount a = MoneyParser.findAll("每户最高补助5000元").get(0);
        assertThat(a.qualifier()).isEqualTo("最高");
        assertThat(a.yuan()).isEqualByComparingTo(d("5000"));
        assertThat(a.approximate()).isFalse();
        MoneyAmount b = MoneyParser.findAll("不超过30万元").get(0);
        assertThat(b.qualifier()).isEqualTo("不超过");
        assertThat(b.text()).isEqualTo("不超过30万元");
        MoneyAmount c = MoneyParser.findAll("最多3万元").get(0);
        assertThat(c.approximate()).isFalse();
    }

    @Test
    void yuBetweenNumberAndUnitIsApproximate() {
        MoneyAmount a = MoneyParser.findAll("投入2200余万元").get(0);
        assertThat(a.yuan()).isEqualByComparingTo(d("22000000"));
        assertThat(a.approximate()).isTrue();
    }

    @Test
    void rangeGivesTwoAmountsSharingTheMultiplier() {
        List<MoneyAmount> all = MoneyParser.findAll("给予10-20万元奖励");
        assertThat(all).extracting(MoneyAmount::yuan).containsExactly(d("100000"), d("200000"));
        assertThat(all).extracting(MoneyAmount::qualifier).containsExactly("区间下限", "区间上限");
        assertThat(all.get(0).text()).isEqualTo("10-20万元");
        assertThat(MoneyParser.findAll("5千元至2万元")).isNotEmpty();
        assertThat(MoneyParser.findAll("10万至20万元")).extracting(MoneyAmount::yuan)
                .containsExactly(d("100000"), d("200000"));
        assertThat(MoneyParser.parse("10～20万元")).isEmpty();
    }

    @Test
    void plainYuanAndQianYuan() {
        assertThat(MoneyParser.parse("500元")).contains(d("500"));
        assertThat(MoneyParser.parse("3千元")).contains(d("3000"));
        assertThat(MoneyParser.parse("1.2亿元")).contains(d("120000000"));
    }

    @Test
    void severalAmountsInOneSentence() {
        List<MoneyAmount> all = MoneyParser.findAll("其中培训费10万元、宣传费5.5万元，差旅费3,000元。");
        assertThat(all).extracting(MoneyAmount::yuan).containsExactly(d("100000"), d("55000"), d("3000"));
    }

    @Test
    void nonMoneyTextGivesNothing() {
        assertThat(MoneyParser.findAll("2021年1月1日至2021年12月31日，培训50人次，覆盖率95%")).isEmpty();
        assertThat(MoneyParser.findAll("推进多元化解纠纷，一元化管理")).isEmpty();
        assertThat(MoneyParser.findAll("单元楼")).isEmpty();
    }

    @Test
    void bareNumberInADeclaredUnit() {
        assertThat(MoneyParser.parse("69.381", "（万元）")).contains(d("693810"));
        assertThat(MoneyParser.parse("1,500", "单位：元")).contains(d("1500"));
        assertThat(MoneyParser.parse("69.381", null)).isEmpty();
        assertThat(MoneyParser.parse("合计", "万元")).isEmpty();
    }

    @Test
    void explicitCurrencyBeatsTheDeclaredUnit() {
        assertThat(MoneyParser.parse("500元", "万元")).contains(d("500"));
    }

    @Test
    void unitScaleOfHeaders() {
        assertThat(MoneyParser.unitScale("金额（万元）")).contains(d("10000"));
        assertThat(MoneyParser.unitScale("单位：元")).contains(BigDecimal.ONE);
        assertThat(MoneyParser.unitScale("亿元")).contains(d("100000000"));
        assertThat(MoneyParser.unitScale("项目名称")).isEmpty();
    }

    @Test
    void amountAfterLetterOrDigitIsNotStartedInsideAWord() {
        assertThat(MoneyParser.findAll("型号A300元件")).isEmpty();
    }

    @Test
    void chineseAndFinancialNumerals() {
        assertThat(MoneyParser.parse("壹佰万元")).contains(d("1000000"));
        assertThat(MoneyParser.parse("三千万元")).contains(d("30000000"));
        assertThat(MoneyParser.parse("人民币贰拾叁万肆仟元")).contains(d("234000"));
        assertThat(MoneyParser.findAll("补助两万余元").get(0).approximate()).isTrue();
        assertThat(MoneyParser.parse("十元")).contains(d("10"));
    }

    @Test
    void chineseDigitWithoutScaleIsNotMoney() {
        assertThat(MoneyParser.findAll("一元")).isEmpty();
    }

    @Test
    void wanWithoutYuanIsFoundOnlyByItsOwnMethod() {
        String t = "资金总额854万（道路改造400万元，绿化提升295万），受益约3万人，改造2万亩";
        assertThat(MoneyParser.findAll(t)).extracting(MoneyAmount::text).containsExactly("400万元");
        List<MoneyAmount> bare = MoneyParser.findScaledWithoutCurrency(t);
        assertThat(bare).extracting(MoneyAmount::text).containsExactly("854万", "295万");
        assertThat(bare.get(0).yuan().toPlainString()).isEqualTo("8540000");
        assertThat(bare.get(0).start()).isEqualTo(4);
        assertThat(bare.get(1).yuan().toPlainString()).isEqualTo("2950000");
    }

    @Test
    void wanWithoutYuanKeepsItsQualifierAndEndsAtTheText() {
        MoneyAmount a = MoneyParser.findScaledWithoutCurrency("项目（约50万）").get(0);
        assertThat(a.text()).isEqualTo("约50万");
        assertThat(a.approximate()).isTrue();
        assertThat(MoneyParser.findScaledWithoutCurrency("年度资金总额：1.2亿").get(0).yuan().toPlainString())
                .isEqualTo("120000000");
        assertThat(MoneyParser.findScaledWithoutCurrency("50万 元")).isEmpty();
        assertThat(MoneyParser.findScaledWithoutCurrency("增长5%，达1,200万")).extracting(MoneyAmount::text)
                .containsExactly("达1,200万");
    }

    @Test
    void yuanWithThousandSeparatorsAndCents() {
        assertThat(MoneyParser.parse("1,535,184.00元").orElseThrow()).isEqualByComparingTo(d("1535184"));
        assertThat(MoneyParser.findAll("合计2,046,530.50元").get(0).yuan()).isEqualByComparingTo(d("2046530.5"));
    }
}
