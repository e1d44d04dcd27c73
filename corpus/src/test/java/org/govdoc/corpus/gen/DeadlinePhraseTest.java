package org.govdoc.corpus.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlinePhraseTest {

    @Test
    void everyPhraseNamesItsDateAndTyposAddThePrintedOne() {
        Rng rng = Rng.of(7);
        int typos = 0;
        for (int i = 0; i < 2000; i++) {
            DeadlinePhrase p = DeadlinePhrase.random(rng, 2023, 0.1);
            if (p.dates().isEmpty()) {
                assertThat(p.ongoing()).isTrue();
                assertThat(p.text()).doesNotContainPattern("\\d");
                continue;
            }
            LocalDate d = p.dates().get(0);
            assertThat(d.getYear()).isEqualTo(2023);
            if (p.text().contains("月底前") && !p.text().contains("12月")) {
                assertThat(p.text()).contains(d.getMonthValue() + "月底前");
                assertThat(d).isEqualTo(d.withDayOfMonth(d.lengthOfMonth()));
            }
            if (p.text().contains("日前")) {
                assertThat(p.text()).contains(d.getMonthValue() + "月" + d.getDayOfMonth() + "日前");
            }
            if (p.text().startsWith("上半年")) {
                assertThat(d).isEqualTo(LocalDate.of(2023, 6, 30));
            }
            if (p.typo()) {
                typos++;
                assertThat(p.text()).startsWith("2223年");
                assertThat(p.dates()).hasSize(2);
                assertThat(p.dates().get(1).getYear()).isEqualTo(2223);
            } else {
                assertThat(p.dates()).hasSize(1);
                assertThat(p.text()).doesNotContain("2223");
            }
            assertThat(p.ongoing()).isEqualTo(p.text().contains("长期坚持") || p.text().contains("持续"));
        }
        assertThat(typos).isPositive();
    }
}
