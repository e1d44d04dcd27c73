package org.govdoc.index.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.govdoc.index.DocRef;
import org.govdoc.index.EntryKind;
import org.govdoc.index.IndexFields;
import org.govdoc.record.RecordJson;

/**
 * Reads a matching entry from its stored {@link IndexFields#ENTRY} JSON into a {@link SearchHit}, with
 * the query words marked in its title and main text. Every engine stores the same entry JSON, so
 * every engine's hits are read here.
 */
public final class EntryHits {

    private static final ObjectMapper JSON = RecordJson.mapper();

    private final Highlighter highlighter;

    public EntryHits(Highlighter highlighter) {
        this.highlighter = highlighter;
    }

    /** @param terms the query's words as the index sees them ({@link QueryFactory#terms}) */
    public SearchHit read(String entryJson, float score, List<String> terms) throws IOException {
        return read(JSON.readTree(entryJson), score, terms);
    }

    public SearchHit read(JsonNode entry, float score, List<String> terms) throws IOException {
        EntryKind kind = EntryKind.fromId(entry.get("kind").asText());
        DocRef doc = JSON.treeToValue(entry.get("doc"), DocRef.class);
        JsonNode item = entry.get("item");
        String text = switch (kind) {
            case DOCUMENT -> doc.title();
            case INDICATOR -> item.path("level3").asText(null);
            case TASK -> item.path("text").asText(null);
            case AMOUNT, DEADLINE, FIGURE -> item.path("context").isTextual() ? item.path("context").asText()
                    : item.path("text").asText(null);
        };
        return new SearchHit(kind, doc, entry.path("n").asInt(0), item, score, highlighter.highlight(doc.title(), terms),
                highlighter.highlight(text, terms));
    }
}
