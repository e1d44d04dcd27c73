package org.govdoc.index.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.govdoc.index.DocRef;
import org.govdoc.index.EntryKind;
import org.govdoc.record.Deadline;
import org.govdoc.record.Figure;
import org.govdoc.record.FundingAmount;
import org.govdoc.record.Indicator;
import org.govdoc.record.RecordJson;
import org.govdoc.record.Task;

/**
 * One matching entry.
 *
 * @param ordinal the entry's position among the entries of its kind in its record (0 for the document)
 * @param item  the entry's stored item: an Indicator, Task, FundingAmount, Deadline or Figure as JSON, or a
 *              summary of the record for a document entry
 * @param title the document title with matched words
 * @param text  the entry's main text with matched words: level3, task text, context, or the title
 */
public record SearchHit(EntryKind kind, DocRef doc, int ordinal, JsonNode item, float score, Highlight title, Highlight text) {

    public Indicator indicator() {
        return as(EntryKind.INDICATOR, Indicator.class);
    }

    public Task task() {
        return as(EntryKind.TASK, Task.class);
    }

    public FundingAmount amount() {
        return as(EntryKind.AMOUNT, FundingAmount.class);
    }

    public Deadline deadline() {
        return as(EntryKind.DEADLINE, Deadline.class);
    }

    public Figure figure() {
        return as(EntryKind.FIGURE, Figure.class);
    }

    /** The entry's number: indicator value, amount in yuan, figure value; null for others. */
    public BigDecimal number() {
        return switch (kind) {
            case INDICATOR -> indicator().value();
            case AMOUNT -> amount().amountYuan();
            case FIGURE -> figure().value();
            default -> null;
        };
    }

    private <T> T as(EntryKind expected, Class<T> type) {
        if (kind != expected) {
            throw new IllegalStateException("a " + kind.id() + " entry is not a " + expected.id());
        }
        try {
            return RecordJson.mapper().treeToValue(item, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
