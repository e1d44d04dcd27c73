package org.govdoc.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.govdoc.index.IndexFields;

/**
 * Marks the words of a text that a query matched: the text is analysed as it was indexed and every
 * token equal to a query word is a span (so 呈贡 is marked inside 呈贡区). Offsets come from the analyzer.
 */
public final class Highlighter {

    private final Analyzer indexAnalyzer;

    public Highlighter(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    /** The hit with the query words marked in its document title and its main text ({@link EntryItem#text()}). */
    public SearchHit highlighted(SearchHit h, Collection<String> queryTerms) {
        return new SearchHit(h.kind(), h.doc(), h.ordinal(), h.item(), h.flags(), h.score(),
                highlight(h.doc().title(), queryTerms), highlight(h.item().text(), queryTerms), h.sameAs());
    }

    public Highlight highlight(String text, Collection<String> queryTerms) {
        if (text == null || text.isEmpty() || queryTerms.isEmpty()) {
            return new Highlight(text, List.of());
        }
        Set<String> wanted = Set.copyOf(queryTerms);
        List<int[]> raw = new ArrayList<>();
        try (TokenStream ts = indexAnalyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (wanted.contains(term.toString())) {
                    raw.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        raw.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<Highlight.Span> spans = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] s : raw) {
            if (s[0] <= end) {
                end = Math.max(end, s[1]);
            } else {
                if (start >= 0) {
                    spans.add(new Highlight.Span(start, end));
                }
                start = s[0];
                end = s[1];
            }
        }
        if (start >= 0) {
            spans.add(new Highlight.Span(start, Math.min(end, text.length())));
        }
        return new Highlight(text, spans);
    }
}
