package org.govdoc.index.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.index.DocRef;
import org.govdoc.index.EntryKind;
import org.govdoc.record.Deadline;
import org.govdoc.record.Extraction;
import org.govdoc.record.Figure;
import org.govdoc.record.FundingAmount;
import org.govdoc.record.Indicator;
import org.govdoc.record.RecordJson;
import org.govdoc.record.Task;

/**
 * One stored index entry, typed: its kind, its ordinal among the entries of that kind in its record, its
 * document and its item.
 *
 * @param flags the codes of the record's warnings that point at this item (impossible_target …), empty when none
 *              (and in indexes written before entries carried them)
 */
public record IndexEntry(EntryKind kind, int ordinal, DocRef doc, EntryItem item, List<String> flags) {

    private static final ObjectMapper JSON = RecordJson.mapper();

    public IndexEntry {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** Reads the stored JSON of an entry ({@link org.govdoc.index.IndexFields#ENTRY}). */
    public static IndexEntry parse(String json) {
        try {
            JsonNode entry = JSON.readTree(json);
            EntryKind kind = EntryKind.fromId(entry.get("kind").asText());
            DocRef doc = JSON.treeToValue(entry.get("doc"), DocRef.class);
            JsonNode item = entry.get("item");
            List<String> flags = new ArrayList<>();
            entry.path("flags").forEach(f -> flags.add(f.asText()));
            return new IndexEntry(kind, entry.path("n").asInt(0), doc, item(kind, item), flags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable index entry: " + e.getOriginalMessage(), e);
        }
    }

    private static EntryItem item(EntryKind kind, JsonNode item) throws JsonProcessingException {
        return switch (kind) {
            case DOCUMENT -> {
                ObjectNode summary = ((ObjectNode) item).deepCopy();
                JsonNode counts = summary.remove("counts");
                EntryItem.Counts c = counts == null ? new EntryItem.Counts(0, 0, 0, 0, 0)
                        : JSON.treeToValue(counts, EntryItem.Counts.class);
                yield new EntryItem.OfDocument(JSON.treeToValue(summary, Extraction.class), c);
            }
            case INDICATOR -> new EntryItem.OfIndicator(JSON.treeToValue(item, Indicator.class));
            case TASK -> new EntryItem.OfTask(JSON.treeToValue(item, Task.class));
            case AMOUNT -> new EntryItem.OfAmount(JSON.treeToValue(item, FundingAmount.class));
            case DEADLINE -> new EntryItem.OfDeadline(JSON.treeToValue(item, Deadline.class));
            case FIGURE -> new EntryItem.OfFigure(JSON.treeToValue(item, Figure.class));
        };
    }
}
