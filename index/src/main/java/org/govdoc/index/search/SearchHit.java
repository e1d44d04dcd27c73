package org.govdoc.index.search;

import java.math.BigDecimal;
import java.util.List;
import org.govdoc.index.DocRef;
import org.govdoc.index.EntryKind;
import org.govdoc.record.Deadline;
import org.govdoc.record.Figure;
import org.govdoc.record.FundingAmount;
import org.govdoc.record.Indicator;
import org.govdoc.record.Task;

/**
 * One matching entry.
 *
 * @param ordinal   the entry's position among the entries of its kind in its record (0 for the document)
 * @param item      the entry's item, typed by kind
 * @param flags     codes of the record's warnings that point at this item (impossible_target …)
 * @param score     relevance (0 when the search had no query words)
 * @param title     the document title with matched words
 * @param text      the entry's main text with matched words: level3, task text, context, or the title
 * @param sameAs    paths of the same document in other files (another format of it), folded into this hit;
 *                  empty when there is none
 */
public record SearchHit(EntryKind kind, DocRef doc, int ordinal, EntryItem item, List<String> flags, float score,
                        Highlight title, Highlight text, List<String> sameAs) {

    public SearchHit {
        flags = flags == null ? List.of() : List.copyOf(flags);
        sameAs = sameAs == null ? List.of() : List.copyOf(sameAs);
    }

    public SearchHit(IndexEntry e, float score, Highlight title, Highlight text) {
        this(e.kind(), e.doc(), e.ordinal(), e.item(), e.flags(), score, title, text, List.of());
    }

    /** This hit with the paths of the other files of its document. */
    public SearchHit withSameAs(List<String> paths) {
        return new SearchHit(kind, doc, ordinal, item, flags, score, title, text, paths);
    }

    public Indicator indicator() {
        return as(EntryItem.OfIndicator.class).indicator();
    }

    public Task task() {
        return as(EntryItem.OfTask.class).task();
    }

    public FundingAmount amount() {
        return as(EntryItem.OfAmount.class).amount();
    }

    public Deadline deadline() {
        return as(EntryItem.OfDeadline.class).deadline();
    }

    public Figure figure() {
        return as(EntryItem.OfFigure.class).figure();
    }

    /** The entry's number: indicator value, amount in yuan, figure value; null for others. */
    public BigDecimal number() {
        return item.number();
    }

    private <T extends EntryItem> T as(Class<T> type) {
        if (!type.isInstance(item)) {
            throw new IllegalStateException("a " + kind.id() + " entry is not a " + type.getSimpleName());
        }
        return type.cast(item);
    }
}
