package org.govdoc.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.govdoc.text.segment.Segmenter;
import org.junit.jupiter.api.Test;

class PieceAnalysisTest {

    private final Analyzer index = HanLPAnalyzer.forIndex(Segmenter.standard());

    @Test
    void tokensPointIntoTheWholeTextAndMarksYieldNone() {
        String text = "一、加强组织领导，呈贡区政务服务局牵头。\n满意度　≥95%";
        List<TokenReplay.Tok> toks = new PieceAnalysis(index, "text").tokens(text);
        assertThat(toks).isNotEmpty();
        for (TokenReplay.Tok t : toks) {
            assertThat(Segmenter.normalForm(text.substring(t.start(), t.end()))).isEqualTo(t.term());
        }
        assertThat(toks).extracting(TokenReplay.Tok::term).contains("呈贡区", "政务服务局", "牵头", "满意度")
                .doesNotContain("，", "。", "、");
        int at = text.indexOf("呈贡区");
        assertThat(toks).contains(new TokenReplay.Tok("呈贡区", at, at + 3, 1), new TokenReplay.Tok("呈贡", at, at + 2, 0));
    }

    @Test
    void aPieceIsSegmentedOnceAndReplayedAtEachPlaceItRecurs() {
        AtomicInteger analysed = new AtomicInteger();
        Analyzer counting = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                HanLPTokenizer tokenizer = new HanLPTokenizer(Segmenter.standard());
                TokenStream counted = new TokenFilter(new HanLPSubwordFilter(tokenizer, Segmenter.standard())) {
                    @Override
                    public boolean incrementToken() throws IOException {
                        return input.incrementToken();
                    }

                    @Override
                    public void reset() throws IOException {
                        analysed.incrementAndGet();
                        super.reset();
                    }
                };
                return new TokenStreamComponents(tokenizer, counted);
            }
        };
        PieceAnalysis pieces = new PieceAnalysis(counting, "text");
        List<TokenReplay.Tok> body = pieces.tokens("区财政局负责，区审计局配合");
        int afterBody = analysed.get();
        List<TokenReplay.Tok> entry = pieces.tokens("区审计局配合");
        assertThat(afterBody).isEqualTo(2);
        assertThat(analysed.get()).as("the entry's piece was met in the body").isEqualTo(2);
        int shift = "区财政局负责，".length();
        List<TokenReplay.Tok> shifted = new ArrayList<>();
        for (TokenReplay.Tok t : entry) {
            shifted.add(new TokenReplay.Tok(t.term(), t.start() + shift, t.end() + shift, t.positionIncrement()));
        }
        assertThat(body).containsSubsequence(shifted);
    }

    @Test
    void aTextOfMarksAndSpacesOnlyHasNoTokens() {
        assertThat(new PieceAnalysis(index, "text").tokens(" 。，、\n\u3000")).isEmpty();
    }

    @Test
    void replayedTokensIndexLikeAnalysedOnes() throws Exception {
        String text = "完成时限：2023年6月底前";
        List<TokenReplay.Tok> toks = new PieceAnalysis(index, "text").tokens(text);
        List<String> replayed = new ArrayList<>();
        try (TokenStream ts = new TokenReplay(toks, text.length())) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                replayed.add(term.toString());
            }
            ts.end();
        }
        assertThat(replayed).isEqualTo(HanLPAnalyzerTest.analyze(index, text).stream().map(HanLPAnalyzerTest.Tok::term).toList());
    }
}
