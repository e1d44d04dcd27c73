package org.govdoc.index.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.govdoc.text.segment.Segmenter;

/**
 * The HanLP chain (tokenizer, subword filter, query stop filter) against Lucene's TokenStream contract:
 * terms, offsets, positions and types of known texts, and random texts through reused streams
 * (offsets in bounds and never backwards, attributes cleared, end() and close() right, the same
 * tokens from a reused stream as from a new one). A JUnit 4 test case (Lucene's test framework),
 * run by the vintage engine.
 */
public class HanLPAnalysisChainTest extends BaseTokenStreamTestCase {

    private static final Segmenter SEGMENTER = Segmenter.standard();

    public void testIndexFormAddsInnerWordsAtTheSamePosition() throws IOException {
        try (Analyzer index = HanLPAnalyzer.forIndex(SEGMENTER)) {
            assertAnalyzesTo(index, "呈贡区政务服务局牵头",
                    new String[] {"呈贡区", "呈贡", "政务服务局", "政务服务", "政务", "服务局", "服务", "牵头"},
                    new int[] {0, 0, 3, 3, 3, 5, 5, 8},
                    new int[] {3, 2, 8, 7, 5, 8, 7, 10},
                    null, new int[] {1, 0, 1, 0, 0, 0, 0, 1}, null,
                    false); // a subword's offsets are its own characters, not the word's (see testRandomText…)
        }
    }

    public void testQueryFormKeepsLongestWordsAndDropsFunctionWords() throws IOException {
        try (Analyzer query = HanLPAnalyzer.forQuery(SEGMENTER)) {
            assertAnalyzesTo(query, "呈贡区的政务服务局", new String[] {"呈贡区", "政务服务局"},
                    new int[] {0, 4}, new int[] {3, 9}, new int[] {1, 2});
        }
    }

    public void testTokenizerDropsPunctuationAndNormalisesWidthWithOffsetsIntoTheText() throws IOException {
        Analyzer tokens = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new HanLPTokenizer(SEGMENTER));
            }
        };
        try (tokens) {
            assertAnalyzesTo(tokens, "２０２３年，呈贡区：ＡＢＣ", new String[] {"2023", "年", "呈贡区", "abc"},
                    new int[] {0, 4, 6, 10}, new int[] {4, 5, 9, 13}, new int[] {1, 1, 1, 1});
        }
    }

    public void testWholeTextAndPieceByPieceAnalysisAgree() throws IOException {
        String text = "一、加强组织领导，呈贡区政务服务局牵头。\n满意度　≥95%；区财政局、区审计局配合";
        try (Analyzer index = HanLPAnalyzer.forIndex(SEGMENTER)) {
            List<TokenReplay.Tok> pieces = new PieceAnalysis(index, "text").tokens(text);
            List<TokenReplay.Tok> whole = TokenReplay.capture(index, "text", text);
            assertEquals(whole, pieces);
            List<String> terms = new ArrayList<>();
            pieces.forEach(t -> terms.add(t.term()));
            assertTrue(terms.containsAll(List.of("呈贡区", "呈贡", "区财政局", "财政局", "满意度")));
        }
    }

    public void testRandomTextThroughTheIndexChain() throws IOException {
        try (Analyzer index = HanLPAnalyzer.forIndex(SEGMENTER)) {
            // subwords point at their own characters inside the word, as the highlighter needs, so the
            // offsets of the tokens at one position differ: not a graph with consistent offsets
            checkRandomData(random(), index, 200 * RANDOM_MULTIPLIER, 20, false, false);
        }
    }

    public void testRandomTextThroughTheQueryChain() throws IOException {
        try (Analyzer query = HanLPAnalyzer.forQuery(SEGMENTER)) {
            checkRandomData(random(), query, 200 * RANDOM_MULTIPLIER);
        }
    }

    public void testRandomChineseSentences() throws IOException {
        String[] words = {"呈贡区", "政务服务局", "牵头", "，", "满意度", "≥", "95%", "。", "区财政局", "负责",
            "２０２３年", "\u3000", "营商环境", "12345热线", "、", "人民政府", "ABC"};
        try (Analyzer index = HanLPAnalyzer.forIndex(SEGMENTER)) {
            for (int n = 0; n < 50 * RANDOM_MULTIPLIER; n++) {
                StringBuilder b = new StringBuilder();
                for (int w = random().nextInt(30); w >= 0; w--) {
                    b.append(words[random().nextInt(words.length)]);
                }
                checkAnalysisConsistency(random(), index, random().nextBoolean(), b.toString(), false);
            }
        }
    }
}
