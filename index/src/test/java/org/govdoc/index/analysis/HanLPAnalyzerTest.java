package org.govdoc.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.govdoc.text.segment.Segmenter;
import org.junit.jupiter.api.Test;

class HanLPAnalyzerTest {

    record Tok(String term, int start, int end, int posInc) {
    }

    static List<Tok> analyze(Analyzer a, String text) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Tok(t.toString(), o.startOffset(), o.endOffset(), p.getPositionIncrement()));
            }
            ts.end();
        }
        return out;
    }

    private final Analyzer index = HanLPAnalyzer.forIndex(Segmenter.standard());
    private final Analyzer query = HanLPAnalyzer.forQuery(Segmenter.standard());

    @Test
    void indexFormKeepsPlaceAndUnitNamesAndAddsInnerWordsAtTheSamePosition() throws IOException {
        List<Tok> toks = analyze(index, "呈贡区政务服务局牵头");
        assertThat(toks.get(0)).isEqualTo(new Tok("呈贡区", 0, 3, 1));
        assertThat(toks.get(1)).isEqualTo(new Tok("呈贡", 0, 2, 0));
        assertThat(toks).contains(new Tok("政务服务局", 3, 8, 1), new Tok("政务服务", 3, 7, 0), new Tok("牵头", 8, 10, 1));
    }

    @Test
    void queryFormKeepsLongestWordsAndDropsFunctionWords() throws IOException {
        assertThat(analyze(query, "呈贡区的政务服务局")).extracting(Tok::term).containsExactly("呈贡区", "政务服务局");
        assertThat(analyze(query, "区发展改革局 营商环境")).extracting(Tok::term).containsExactly("区发展改革局", "营商环境");
    }

    @Test
    void offsetsMatchTheOriginalTextAndPunctuationIsDropped() throws IOException {
        String text = "一、２０２３年，昆明市呈贡区：满意度≥95%";
        for (Tok t : analyze(index, text)) {
            assertThat(Segmenter.normalForm(text.substring(t.start(), t.end()))).isEqualTo(t.term());
        }
        assertThat(analyze(index, text)).extracting(Tok::term).doesNotContain("，", "：", "、").contains("2023", "昆明市");
    }

    @Test
    void analyzerIsReusableAcrossTexts() throws IOException {
        assertThat(analyze(index, "五华区")).extracting(Tok::term).contains("五华区", "五华");
        assertThat(analyze(index, "官渡区")).extracting(Tok::term).contains("官渡区", "官渡");
        assertThat(analyze(index, "")).isEmpty();
    }
}
