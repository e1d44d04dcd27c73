package org.govdoc.index.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Analyses the texts of one record piece by piece, each distinct piece once. The entries of a record
 * repeat pieces of its document text (a task's sentence and section headings, an indicator's cells, the
 * sentence around a deadline or an amount), and segmentation is the largest cost of indexing, so a
 * piece met again is replayed instead of segmented again.
 *
 * <p>Pieces are cut at whitespace and at the Chinese clause and sentence marks {@code 。；！？，、：}, which
 * no indexed word spans; the marks themselves yield no tokens. {@link HanLPTokenizer} cuts the text at
 * the same marks, so the tokens are those the analyzer gives for the whole text.
 *
 * <p>One instance serves one record (the memo is dropped with it), on one thread.
 */
public final class PieceAnalysis {

    private final Analyzer analyzer;
    private final String field;
    private final Map<String, List<TokenReplay.Tok>> memo = new HashMap<>();

    /** @param field the field whose analysis is used for every text (the analyzer must not vary by field) */
    public PieceAnalysis(Analyzer analyzer, String field) {
        this.analyzer = analyzer;
        this.field = field;
    }

    /** The tokens of the text with offsets into it, as if the analyzer had read it clause by clause. */
    public List<TokenReplay.Tok> tokens(String text) {
        List<TokenReplay.Tok> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isCut(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isCut(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                for (TokenReplay.Tok t : piece(text.substring(start, i))) {
                    out.add(new TokenReplay.Tok(t.term(), start + t.start(), start + t.end(), t.positionIncrement()));
                }
            }
        }
        return out;
    }

    private List<TokenReplay.Tok> piece(String piece) {
        return memo.computeIfAbsent(piece, p -> TokenReplay.capture(analyzer, field, p));
    }

    /** Where pieces are cut: where the tokenizer cuts the text before segmenting it. */
    static boolean isCut(char c) {
        return HanLPTokenizer.isClauseCut(c);
    }
}
