package org.govdoc.index.search;

import java.util.List;

/**
 * A text with the spans that matched the query.
 *
 * @param spans non-overlapping [start, end) offsets in ascending order
 */
public record Highlight(String text, List<Span> spans) {

    public Highlight {
        text = text == null ? "" : text;
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /** The text with each matched span between the markers (【 】, or ANSI bold on a terminal). */
    public String render(String open, String close) {
        StringBuilder b = new StringBuilder(text.length() + spans.size() * (open.length() + close.length()));
        int at = 0;
        for (Span s : spans) {
            b.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
            at = s.end();
        }
        return b.append(text, at, text.length()).toString();
    }

    /** The first {@code end} chars with "…" appended (spans clipped), or this when it is not longer. */
    public Highlight cut(int end) {
        if (end >= text.length()) {
            return this;
        }
        List<Span> kept = spans.stream().filter(s -> s.start() < end)
                .map(s -> new Span(s.start(), Math.min(s.end(), end))).toList();
        return new Highlight(text.substring(0, end) + "…", kept);
    }

    /** The matched words. */
    public List<String> matched() {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /** One matched span. */
    public record Span(int start, int end) {
    }
}
