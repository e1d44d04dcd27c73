package org.govdoc.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replays tokens analysed once: every entry of a record carries its document's title and place names,
 * which are segmented once per record instead of once per entry.
 */
public final class TokenReplay extends TokenStream {

    /** One captured token. */
    public record Tok(String term, int start, int end, int positionIncrement) {
    }

    /** The tokens of a text as the analyzer makes them for this field. */
    public static List<Tok> capture(Analyzer analyzer, String field, String text) {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Tok(t.toString(), o.startOffset(), o.endOffset(), p.getPositionIncrement()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private final List<Tok> tokens;
    private final int length;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private int next;

    /** @param length the length of the analysed text (the final offset) */
    public TokenReplay(List<Tok> tokens, int length) {
        this.tokens = tokens;
        this.length = length;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        Tok t = tokens.get(next++);
        term.setEmpty().append(t.term());
        offset.setOffset(t.start(), t.end());
        position.setPositionIncrement(t.positionIncrement());
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(length, length);
    }
}
