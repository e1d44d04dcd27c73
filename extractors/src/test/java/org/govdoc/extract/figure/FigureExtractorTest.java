package org.govdoc.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.record.Figure;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {

    private static List<Figure> run(String... paragraphs) {
        Docs d = Docs.doc();
        for (String p : paragraphs) {
            d.p(p);
        }
        ExtractionDraft draft = new ExtractionDraft();
        new FigureExtractor().extract(d.build(), draft);
        return draft.figures();
    }

    @Test
    void numberUnitAndTheNounBefore() {
        List<Figure> all = run("2022年，全区新增市场主体23299户，网上可办率达到99.8%。");
        assertThat(all).extracting(Figure::label).containsExactly("新增市场主体", "网上可办率");
        assertThat(all).extracting(f -> f.value().toPlainString()).containsExactly("23299", "99.8");
        assertThat(all).extracting(Figure::unit).containsExactly("户", "%");
        assertThat(all.get(0).text()).isEqualTo("23299户");
        assertThat(all.get(0).context()).isEqualTo("2022年，全区新增市场主体23299户，网上可办率达到99.8%。");
        assertThat(all.get(0).location().block()).isZero();
    }

    @Test
    void nounAfterAClassifierWhenNothingBefore() {
        List<Figure> all = run("组织26个指标牵头单位开展培训。");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).label()).isEqualTo("指标牵头单位");
    }

    @Test
    void multipliersApply() {
        List<Figure> all = run("累计培训1.2万人次。");
        assertThat(all.get(0).value()).isEqualByComparingTo("12000");
        assertThat(all.get(0).label()).isEqualTo("培训");
    }

    @Test
    void moneyDatesScoresAndOrdinalsAreNotFigures() {
        assertThat(run("全年安排资金69.381万元，2021年12月31日前完成，未完成扣10分，第3次会议，每少1个月扣1分。"))
                .isEmpty();
    }

    @Test
    void theNumbersOfAScoringRuleAreNotFiguresButTheClauseBesideIs() {
        List<Figure> all = run("完成627户及以上得满分，每低于目标值10%扣1分，扣完为止。全年改造户厕627户。");

        assertThat(all).extracting(Figure::label).containsExactly("改造户厕");
        assertThat(all).extracting(Figure::text).containsExactly("627户");
    }

    @Test
    void aScoringRuleWithPointsAwardedIsNotAFigure() {
        assertThat(run("达到90%得5分，低于90%按比例计分。")).isEmpty();
    }
}
