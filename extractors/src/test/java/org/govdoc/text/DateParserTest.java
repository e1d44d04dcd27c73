package org.govdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.govdoc.text.DateParser.DateMention;
import org.govdoc.text.DateParser.DeadlinePhrase;
import org.govdoc.text.DateParser.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2023年5月4日, 2023-05-04", "2023年05月04日, 2023-05-04", "二〇二三年五月四日, 2023-05-04",
            "二零二三年十二月三十一日, 2023-12-31", "二〇二二年十月二十日, 2022-10-20", "2023-05-04, 2023-05-04",
            "2023.5.4, 2023-05-04", "2023/5/4, 2023-05-04", "２０２３年５月４日, 2023-05-04",
            "2023 年 5 月 4 日, 2023-05-04", "2023年5月4号, 2023-05-04", "二〇二三年五月廿一日, 2023-05-21",
            "印发日期：2021年3月1日, 2021-03-01"
    })
    void absoluteDays(String text, LocalDate expected) {
        assertThat(DateParser.parseDate(text)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年2月30日", "2023年13月1日", "没有日期", "5月4日", "2023.5", "12345", "2023年"})
    void noAbsoluteDay(String text) {
        assertThat(DateParser.parseDate(text)).isEmpty();
    }

    @Test
    void monthAsAMonth() {
        List<DateMention> ds = DateParser.find("2023年5月", null);
        assertThat(ds).hasSize(1);
        assertThat(ds.get(0).precision()).isEqualTo(Precision.MONTH);
        assertThat(ds.get(0).first()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(ds.get(0).last()).isEqualTo(LocalDate.of(2023, 5, 31));
        assertThat(ds.get(0).text()).isEqualTo("2023年5月");
    }

    @Test
    void offsetsAndTextRefereToTheInput() {
        String s = "要于２０２３年５月３０日前公布";
        DateMention d = DateParser.find(s, null).get(0);
        assertThat(d.text()).isEqualTo("２０２３年５月３０日");
        assertThat(s.substring(d.start(), d.end())).isEqualTo(d.text());
        assertThat(d.yearExplicit()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "10月底前, 2023-10-31", "6月前, 2023-06-30", "2月末, 2023-02-28", "5月20日前, 2023-05-20",
            "年底前, 2023-12-31", "年内, 2023-12-31", "年末, 2023-12-31", "12月底前, 2023-12-31",
            "上半年, 2023-06-30", "下半年, 2023-12-31", "一季度, 2023-03-31", "第一季度, 2023-03-31",
            "二季度, 2023-06-30", "第三季度末, 2023-09-30", "四季度, 2023-12-31",
            "2023年10月底前, 2023-10-31", "2024年3月底前, 2024-03-31", "二〇二三年九月底前, 2023-09-30",
            "2023年底前, 2023-12-31", "2023年上半年, 2023-06-30", "2023年第二季度, 2023-06-30",
            "今年底前, 2023-12-31", "明年3月底前, 2024-03-31", "次年6月底, 2024-06-30",
            "11月份, 2023-11-30", "5月上旬, 2023-05-10", "5月中旬, 2023-05-20", "5月下旬, 2023-05-31",
            "2023年5月30日前, 2023-05-30", "2024年2月底前, 2024-02-29", "2023年, 2023-12-31",
            "2023年1-6月, 2023-06-30", "2023年3月至12月, 2023-12-31", "2023年5月—6月, 2023-06-30",
            "2223年9月底前，长期坚持, 2223-09-30", "5月10日12:00前, 2023-05-10"
    })
    void deadlines(String text, LocalDate expected) {
        DeadlinePhrase d = DateParser.parseDeadline(text, 2023);
        assertThat(d.date()).isEqualTo(expected);
        assertThat(d.text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"长期坚持", "持续推进", "持续", "长期", "常态化", "常态化推进"})
    void ongoingWithoutDate(String text) {
        DeadlinePhrase d = DateParser.parseDeadline(text, 2023);
        assertThat(d.ongoing()).isTrue();
        assertThat(d.date()).isNull();
    }

    @Test
    void ongoingWithDate() {
        DeadlinePhrase d = DateParser.parseDeadline("2023年10月底前，并持续推进", 2023);
        assertThat(d.ongoing()).isTrue();
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 10, 31));
        DeadlinePhrase e = DateParser.parseDeadline("2023年10月底前，长期坚持", 2023);
        assertThat(e.ongoing()).isTrue();
        assertThat(e.date()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(DateParser.parseDeadline("2023年5月30日前", 2023).ongoing()).isFalse();
    }

    @Test
    void severalDatesTakeTheLastAndKeepTheText() {
        String s = "2023年6月底前完成试点，2023年12月底前全面推开";
        DeadlinePhrase d = DateParser.parseDeadline(s, 2023);
        assertThat(d.mentions()).hasSize(2);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(d.text()).isEqualTo(s);
        assertThat(d.mentions().get(0).last()).isEqualTo(LocalDate.of(2023, 6, 30));
    }

    @Test
    void writtenYearCarriesToLaterPhrases() {
        DeadlinePhrase d = DateParser.parseDeadline("2024年3月启动，6月底前完成", 2023);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(d.mentions().get(1).yearExplicit()).isFalse();
        assertThat(d.mentions().get(1).year()).isEqualTo(2024);
    }

    @Test
    void withoutReferenceYearRelativePhrasesHaveNoDate() {
        DeadlinePhrase d = DateParser.parseDeadline("10月底前", null);
        assertThat(d.date()).isNull();
        assertThat(d.mentions()).hasSize(1);
        assertThat(d.mentions().get(0).precision()).isEqualTo(Precision.MONTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"三年内完成", "两年内", "每季度召开", "各季度", "12345热线", "压缩至1.5个工作日", "第3个月",
            "5个月"})
    void notDates(String text) {
        assertThat(DateParser.find(text, 2023)).isEmpty();
    }

    @Test
    void nullAndEmpty() {
        assertThat(DateParser.find(null, 2023)).isEmpty();
        assertThat(DateParser.parseDeadline(null, 2023).date()).isNull();
        assertThat(DateParser.isOngoing(null)).isFalse();
        assertThat(DateParser.findRecurrences(null)).isEmpty();
    }

    @Test
    void recurrences() {
        List<DateParser.Recurrence> r = DateParser.findRecurrences("请于每季度末月10日17:00前报送工作进展");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).rule()).isEqualTo("每季度末月10日");
        assertThat(r.get(0).text()).isEqualTo("每季度末月10日17:00前");
        assertThat(DateParser.findRecurrences("每月5日前报送").get(0).rule()).isEqualTo("每月5日");
        assertThat(DateParser.findRecurrences("每年12月20日前").get(0).rule()).isEqualTo("每年12月20日");
        assertThat(DateParser.findRecurrences("没有规律")).isEmpty();
        assertThat(DateParser.findRecurrences("每季度末将进展报送牵头单位").get(0).rule()).isEqualTo("每季度末");
    }

    @Test
    void isoDateDoesNotEatMoney() {
        assertThat(DateParser.find("金额2023.50万元", 2023)).isEmpty();
    }

    @Test
    void aCompactDateIsReadOnlyWhenOneReadingIsValid() {
        assertThat(DateParser.parseCompactDate("2023619")).contains(java.time.LocalDate.of(2023, 6, 19));
        assertThat(DateParser.parseCompactDate(" 2023821 ")).contains(java.time.LocalDate.of(2023, 8, 21));
        assertThat(DateParser.parseCompactDate("20231205")).contains(java.time.LocalDate.of(2023, 12, 5));
        assertThat(DateParser.parseCompactDate("202361")).contains(java.time.LocalDate.of(2023, 6, 1));
        assertThat(DateParser.parseCompactDate("2023111")).isEmpty(); // 1-11 or 11-1
        assertThat(DateParser.parseCompactDate("2023")).isEmpty();
        assertThat(DateParser.parseCompactDate("2023年6月19日")).isEmpty();
        assertThat(DateParser.parseCompactDate("20231345")).isEmpty();
    }
}
