package org.govdoc.corpus.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdoc.corpus.gen.WorkPlanVariants.Layout;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.eval.EvalText;
import org.junit.jupiter.api.Test;

class WorkPlanVariantsTest {

    private static final District D = Divisions.yunnan().districts().get(0);
    private static final int SEEDS = 40;

    private static GeneratedDocument make(Layout layout, long seed) {
        return WorkPlanVariants.generate(layout, Rng.of(seed), seed, D, 2022);
    }

    @Test
    void theSameSeedGivesTheSameDocumentAndGold() {
        for (Layout l : Layout.values()) {
            assertThat(GoldWriter.toJson(make(l, 5).gold())).isEqualTo(GoldWriter.toJson(make(l, 5).gold()));
            assertThat(SpecText.all(make(l, 5).spec())).isEqualTo(SpecText.all(make(l, 5).spec()));
        }
    }

    @Test
    void leadersArePrintedButAreNeitherUnitsNorText() {
        for (long s = 0; s < SEEDS; s++) {
            GeneratedDocument d = make(Layout.TARGETS, s);
            String all = SpecText.all(d.spec());
            assertThat(all).contains("牵头单位", "责任单位");
            for (Gold.Task t : d.gold().tasks()) {
                assertThat(t.text()).doesNotContain("领导");
                assertThat(t.leadUnits()).hasSize(1);
                assertThat(t.responsibleUnits()).allSatisfy(u -> {
                    assertThat(u).doesNotContain("领导").doesNotEndWith("等");
                    assertThat(EvalText.norm(all)).contains(EvalText.norm(u));
                });
            }
        }
        assertThat(SpecText.all(make(Layout.TARGETS, 1).spec()) + SpecText.all(make(Layout.TARGETS, 2).spec())
                + SpecText.all(make(Layout.TARGETS, 3).spec())).containsAnyOf("牵头领导", "责任领导");
    }

    @Test
    void bareParenthesesAssignResponsibleUnitsOnly() {
        for (long s = 0; s < SEEDS; s++) {
            GeneratedDocument d = make(Layout.BARE, s);
            String all = SpecText.all(d.spec());
            assertThat(all).doesNotContain("牵头", "责任单位：", "责任单位:");
            for (Gold.Task t : d.gold().tasks()) {
                assertThat(t.leadUnits()).isEmpty();
                assertThat(EvalText.norm(all)).contains(EvalText.norm("（" + String.join("、", t.responsibleUnits()) + "）"));
                assertThat(t.dates()).isEmpty();
            }
        }
    }

    @Test
    void policyMeasuresHaveTheirYearOnlyInTheCitedNumber() {
        for (long s = 0; s < SEEDS; s++) {
            GeneratedDocument d = make(Layout.INLINE, s);
            String all = SpecText.all(d.spec());
            assertThat(d.gold().docNumber()).isNull();
            assertThat(d.gold().issueDate()).isNull();
            assertThat(d.spec().title()).doesNotContain("2022");
            assertThat(EvalText.norm(all)).contains(EvalText.norm("〔2022〕"));
            for (Gold.Task t : d.gold().tasks()) {
                assertThat(t.leadUnits()).hasSize(1);
                assertThat(all).contains(t.leadUnits().get(0) + "牵头");
                t.dates().forEach(x -> assertThat(x.getYear()).isEqualTo(2022));
            }
        }
    }

    @Test
    void breakdownTablesHaveAResponsibleColumnAndSectionRows() {
        boolean withoutLead = false;
        for (long s = 0; s < SEEDS; s++) {
            GeneratedDocument d = make(Layout.TABLE, s);
            List<SpecBlock.Table> tables = SpecText.tables(d.spec());
            assertThat(tables).hasSize(1);
            SpecBlock.Table t = tables.get(0);
            String all = SpecText.all(d.spec());
            assertThat(all).contains("责任单位");
            withoutLead |= !all.contains("牵头单位");
            long sections = t.rows().stream().filter(r -> r.size() <= 2 && r.get(r.size() - 1).colSpan() > 1).count();
            assertThat(sections).as("section rows and the title row").isGreaterThanOrEqualTo(2);
            assertThat(d.gold().tasks()).isNotEmpty().allSatisfy(x -> assertThat(x.responsibleUnits()).isNotEmpty());
        }
        assertThat(withoutLead).isTrue();
    }
}
