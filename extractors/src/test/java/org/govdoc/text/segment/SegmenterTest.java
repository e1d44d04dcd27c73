package org.govdoc.text.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = Segmenter.standard();

    private List<String> words(String text) {
        return segmenter.segment(text).stream().filter(Token::isWord).map(Token::word).toList();
    }

    @Test
    void keepsDistrictAndUnitNamesWhole() {
        assertThat(words("昆明市呈贡区政务服务局牵头，区发展改革局配合"))
                .containsSubsequence("昆明市", "呈贡区", "政务服务局", "牵头", "区发展改革局", "配合");
    }

    @Test
    void keepsTownshipsAndAutonomousPrefecturesWhole() {
        assertThat(words("楚雄彝族自治州的洛龙街道")).contains("楚雄彝族自治州", "洛龙街道");
    }

    @Test
    void indexSegmentationAddsShortFormsAndInnerWords() {
        List<Token> tokens = segmenter.segmentForIndex("呈贡区政务服务局");
        assertThat(tokens).extracting(Token::word).contains("呈贡区", "呈贡", "政务服务局", "政务服务");
        Token shortForm = tokens.stream().filter(t -> t.word().equals("呈贡")).findFirst().orElseThrow();
        assertThat(shortForm.subword()).isTrue();
        assertThat(shortForm.start()).isEqualTo(0);
        assertThat(shortForm.end()).isEqualTo(2);
        Token whole = tokens.stream().filter(t -> t.word().equals("政务服务局")).findFirst().orElseThrow();
        assertThat(whole.subword()).isFalse();
        assertThat(whole.start()).isEqualTo(3);
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "２０２３年　呈贡区ＡＢＣ满意度≥95%";
        for (Token t : segmenter.segment(text)) {
            assertThat(Segmenter.normalForm(text.substring(t.start(), t.end()))).isEqualTo(t.word());
        }
        assertThat(words(text)).contains("2023", "呈贡区", "abc", "满意度");
    }

    @Test
    void longTextIsCutWithoutLosingWords() {
        String sentence = "呈贡区政务服务局牵头推进一网通办。";
        String text = sentence.repeat(400);
        List<Token> tokens = segmenter.segment(text);
        assertThat(tokens.stream().filter(t -> t.word().equals("呈贡区")).count()).isEqualTo(400);
        for (Token t : tokens) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
        }
    }

    @Test
    void shortFormsOfDivisionNames() {
        assertThat(DomainVocabulary.shortForm("呈贡区")).isEqualTo("呈贡");
        assertThat(DomainVocabulary.shortForm("云南省")).isEqualTo("云南");
        assertThat(DomainVocabulary.shortForm("广西壮族自治区")).isEqualTo("广西");
        assertThat(DomainVocabulary.shortForm("德宏傣族景颇族自治州")).isEqualTo("德宏");
        assertThat(DomainVocabulary.shortForm("洛龙街道")).isEqualTo("洛龙");
        assertThat(DomainVocabulary.shortForm("城区")).isNull();
    }

    @Test
    void vocabularyHoldsPlacesAndPrefixedUnits() {
        DomainVocabulary v = DomainVocabulary.load();
        assertThat(v.places()).contains("呈贡区", "呈贡", "昆明市", "昆明", "云南省");
        assertThat(v.places()).doesNotContain("市辖区");
        assertThat(v.units()).contains("政务服务局", "区政务服务局", "发展改革局", "市场监管局");
        assertThat(v.terms()).contains("营商环境");
        assertThat(segmenter.isDictionaryWord("呈贡区")).isTrue();
    }

    @Test
    void isThreadSafe() throws Exception {
        String text = "呈贡区政务服务局牵头，区发展改革局配合，提升营商环境满意度。";
        List<String> expected = words(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> words(text)));
            }
            List<List<String>> results = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<String>> f : futures) {
                results.add(f.get());
            }
            assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
        } finally {
            pool.shutdownNow();
        }
    }
}
