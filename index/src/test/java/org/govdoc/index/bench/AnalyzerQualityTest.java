package org.govdoc.index.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govdoc.index.EntryKind;
import org.govdoc.index.search.SearchRequest;
import org.govdoc.record.Extraction;
import org.govdoc.text.segment.Segmenter;
import org.junit.jupiter.api.Test;

class AnalyzerQualityTest {

    @Test
    void scoresRecallAndPrecisionAgainstTheAnswers() {
        AnalyzerQuality.Case c = new AnalyzerQuality.Case("q", SearchRequest.builder().build(), Set.of("a", "b", "c", "d"));
        // 12 hits: a, x, b, then 9 misses; c found later is beyond the first 10
        List<String> hits = new ArrayList<>(List.of("a", "x", "b", "y1", "y2", "y3", "y4", "y5", "y6", "y7", "c", "z"));
        AnalyzerQuality.Score s = AnalyzerQuality.score("cfg", c, hits);
        assertThat(s.found()).isEqualTo(3);
        assertThat(s.recall()).isCloseTo(0.75, within(1e-9));
        assertThat(s.precisionAt10()).isCloseTo(0.2, within(1e-9));
        assertThat(s.precision()).isCloseTo(3.0 / 12, within(1e-9));
        AnalyzerQuality.Score none = AnalyzerQuality.score("cfg", c, List.of());
        assertThat(none.recall()).isZero();
        assertThat(none.precisionAt10()).isZero();
    }

    @Test
    void syntheticRecordsAreDeterministic() {
        SyntheticRecords a = new SyntheticRecords(7);
        SyntheticRecords b = new SyntheticRecords(7);
        for (int i = 0; i < 20; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
        Extraction r = new SyntheticRecords(8).next();
        assertThat(r.region().district()).isNotBlank();
        assertThat(r.source().sha256()).hasSize(64);
    }

    @Test
    void hanlpFindsEveryAnswerOnASmallSyntheticSet() throws IOException {
        SyntheticRecords gen = new SyntheticRecords(3);
        List<Extraction> records = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            records.add(gen.next());
        }
        List<AnalyzerQuality.Case> cases = AnalyzerQuality.cases(records, List.of("呈贡区", "官渡区"));
        assertThat(cases).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("满意度 (indicator)");
            assertThat(c.request().kind()).isEqualTo(EntryKind.INDICATOR);
            assertThat(c.relevant()).isNotEmpty();
        });
        List<AnalyzerQuality.Config> hanlp = AnalyzerQuality.standardConfigs(Segmenter.standard()).subList(0, 1);
        List<AnalyzerQuality.Score> scores = AnalyzerQuality.run(records, cases, hanlp, new ArrayList<>());
        assertThat(scores).hasSize(cases.size());
        assertThat(scores).allSatisfy(s -> assertThat(s.recall()).as(s.query()).isEqualTo(1.0));
    }

    @Test
    void percentileIsNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(SearchSpeed.percentile(sorted, 0.5)).isEqualTo(5);
        assertThat(SearchSpeed.percentile(sorted, 0.95)).isEqualTo(10);
        assertThat(SearchSpeed.percentile(new double[0], 0.5)).isZero();
    }
}
