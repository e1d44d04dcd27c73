package org.govdoc.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.govdoc.text.DateParser;
import org.junit.jupiter.api.Test;

class YearCheckTest {

    @Test
    void plausibleRange() {
        assertThat(YearCheck.implausible(2023)).isFalse();
        assertThat(YearCheck.implausible(2050)).isFalse();
        assertThat(YearCheck.implausible(2223)).isTrue();
        assertThat(YearCheck.implausible(1023)).isTrue();
    }

    @Test
    void repairsOnlyOneDigitTyposOfTheReferenceYear() {
        assertThat(YearCheck.repair(2223, 2023)).isEqualTo(2023);
        assertThat(YearCheck.repair(3023, 2023)).isEqualTo(2023);
        assertThat(YearCheck.repair(2999, 2023)).isEqualTo(2999);
        assertThat(YearCheck.repair(2223, null)).isEqualTo(2223);
        assertThat(YearCheck.repair(2024, 2023)).isEqualTo(2024);
    }

    @Test
    void repairedDateKeepsTheMonthEnd() {
        var p = DateParser.parseDeadline("2224年2月底前", 2024);
        assertThat(YearCheck.repairedDate(p, 2024)).isEqualTo(LocalDate.of(2024, 2, 29));
        var q = DateParser.parseDeadline("2223年9月底前", 2023);
        assertThat(YearCheck.repairedDate(q, 2023)).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(YearCheck.repairedDate(q, null)).isEqualTo(LocalDate.of(2223, 9, 30));
    }
}
