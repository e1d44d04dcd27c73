package org.govdoc.corpus.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The indicator-table variations and the gold they write, over many seeds. */
class IndicatorTableTest {

    private static final Themes.Measure PEOPLE = Themes.Measure.of("培训基层干部", "人次", 100, 900);
    private static final Themes.Measure TEN_THOUSANDS = new Themes.Measure("线上办件量", "件", 5, 300, 10_000);
    private static final Themes.Measure COST = Themes.Measure.of("项目总成本", "万元", 20, 600);
    private static final int SEEDS = 300;

    private record Drawn(IndicatorTable table, IndicatorTable.Line line) {
    }

    private static List<Drawn> draw(Themes.Measure m, String op) {
        List<Drawn> out = new ArrayList<>();
        for (int seed = 0; seed < SEEDS; seed++) {
            Rng rng = Rng.of(seed);
            IndicatorTable t = new IndicatorTable(rng);
            out.add(new Drawn(t, t.line("产出指标", "数量指标", m, op, "定量指标")));
        }
        return out;
    }

    @Test
    void bareNumbersAreEqualityTargetsInTheGold() {
        List<Drawn> all = draw(PEOPLE, "=");
        List<Drawn> bare = all.stream().filter(d -> !d.table().has(IndicatorTable.Col.OP)
                && Character.isDigit(d.line().cells().get(IndicatorTable.Col.VALUE).charAt(0))).toList();
        assertThat(bare).isNotEmpty();
        assertThat(all).allSatisfy(d -> assertThat(d.line().gold().operator()).isEqualTo("="));
    }

    @Test
    void tenThousandsStayInTheUnitAsWritten() {
        for (Drawn d : draw(TEN_THOUSANDS, ">=")) {
            assertThat(d.line().gold().unit()).isEqualTo("万件");
            assertThat(d.line().gold().value()).isBetween(BigDecimal.valueOf(5), BigDecimal.valueOf(300));
        }
        for (Drawn d : draw(COST, "<=")) {
            assertThat(d.line().gold().unit()).isEqualTo("万元");
            assertThat(d.line().gold().value()).isBetween(BigDecimal.valueOf(20), BigDecimal.valueOf(600));
        }
    }

    @Test
    void unitsInNamesPlaceholdersAndLongTermValuesAllOccur() {
        List<Drawn> all = draw(PEOPLE, ">=");
        assertThat(all).anySatisfy(d -> assertThat(d.line().gold().level3()).isEqualTo("培训基层干部（人次）"));
        assertThat(all).anySatisfy(d -> assertThat(d.line().gold().level3()).matches("培训基层干部[(（]≥\\*\\*人次[)）]"));
        assertThat(all).anySatisfy(d -> assertThat(d.table().has(IndicatorTable.Col.L3B)).isTrue());
        assertThat(all).anySatisfy(d -> assertThat(d.table().has(IndicatorTable.Col.LT_VALUE)
                && !d.table().has(IndicatorTable.Col.L3B)).isTrue());
        for (Drawn d : all) {
            if (d.table().has(IndicatorTable.Col.LT_VALUE)) {
                // the long-term value is never the gold: the gold is the annual target of the VALUE column
                assertThat(d.line().cells().get(IndicatorTable.Col.VALUE)).contains(d.line().gold().value().toPlainString());
            }
            assertThat(d.line().gold().operator()).isEqualTo(">=");
        }
    }

    @Test
    void textTargetsHaveNoOperatorWhateverTheOperatorColumnSays() {
        for (int seed = 0; seed < SEEDS; seed++) {
            IndicatorTable t = new IndicatorTable(Rng.of(seed));
            IndicatorTable.Line line = t.qualitative("产出指标", "时效指标", "项目完成时间", "2024年12月底前");
            assertThat(line.gold().operator()).isNull();
            assertThat(line.gold().value()).isNull();
            assertThat(line.gold().unit()).isNull();
        }
    }
}
