package org.govdoc.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;
import org.govdoc.record.Warning;
import org.govdoc.record.WarningCode;

/**
 * Cuts a record to its {@link RecordLimits} before it leaves the parser: the text to
 * {@code maxTextChars} (warning {@code text_truncated}), the entries (indicators, tasks, amounts,
 * deadlines, figures, units, warnings) to what fits, in their order (warning
 * {@code entries_truncated}). A record whose other fields alone (title, project, proposal ...)
 * exceed the size of an entry cannot be cut sensibly and becomes a failed record
 * ({@code too_large}). A record within its limits is returned as it is.
 */
public final class RecordBounds {

    private static final ObjectMapper JSON = RecordJson.mapper();

    private RecordBounds() {
    }

    public static Extraction apply(Extraction r, RecordLimits limits) {
        if (limits == null) {
            limits = RecordLimits.DEFAULT;
        }
        if (r == null || !r.ok()) {
            return r;
        }
        List<Warning> added = new ArrayList<>(2);
        String text = r.text();
        if (text != null && text.length() > limits.maxTextChars()) {
            int cut = limits.maxTextChars();
            if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--; // never split a character
            }
            added.add(Warning.of(WarningCode.TEXT_TRUNCATED, "正文共 " + text.length() + " 个字符，记录只保留前 " + cut
                    + " 个字符（单条记录的上限）", null));
            text = text.substring(0, cut);
        }
        Extraction scalars = new Extraction(r.schemaVersion(), r.id(), r.source(), r.status(), r.error(),
                r.docType(), r.title(), r.region(), r.year(), r.docNumber(), r.issuer(), r.issueDate(), r.project(),
                null, null, null, null, null, r.proposal(), null, null, null);
        long scalarChars = size(scalars);
        if (scalarChars > limits.maxEntryChars()) {
            return Extraction.failed(r.source(), ErrorInfo.of(ErrorCode.TOO_LARGE, "the record's fields (title, "
                    + "project, proposal ...) take " + scalarChars + " characters, more than the limit of "
                    + limits.maxEntryChars() + " for one record's field; the file was not stored"));
        }
        Budget budget = new Budget(limits, 2); // room for the two warnings this may add
        List<org.govdoc.record.FundingAmount> amounts = budget.keep(r.fundingAmounts());
        List<org.govdoc.record.Indicator> indicators = budget.keep(r.indicators());
        List<org.govdoc.record.Task> tasks = budget.keep(r.tasks());
        List<org.govdoc.record.Deadline> deadlines = budget.keep(r.deadlines());
        List<org.govdoc.record.Unit> units = budget.keep(r.units());
        List<org.govdoc.record.Figure> figures = budget.keep(r.figures());
        List<Warning> warnings = new ArrayList<>(budget.keep(r.warnings()));
        if (budget.dropped > 0) {
            added.add(0, Warning.of(WarningCode.ENTRIES_TRUNCATED, "省略了 " + budget.dropped + " 条（共 " + budget.seen
                    + " 条）指标、任务、金额、时限、数据、单位或提示：条数过多或单条过长，超出单条记录的上限", null));
        }
        if (added.isEmpty()) {
            return r;
        }
        warnings.addAll(added);
        return new Extraction(r.schemaVersion(), r.id(), r.source(), r.status(), r.error(), r.docType(), r.title(),
                r.region(), r.year(), r.docNumber(), r.issuer(), r.issueDate(), r.project(), amounts, indicators,
                tasks, deadlines, units, r.proposal(), figures, warnings, text);
    }

    /** What is left of the entry limits while the lists are walked in order. */
    private static final class Budget {
        private final RecordLimits limits;
        private long entries;
        private long chars;
        long seen;
        long dropped;

        Budget(RecordLimits limits, int reserved) {
            this.limits = limits;
            this.entries = reserved;
        }

        <T> List<T> keep(List<T> items) {
            if (items.isEmpty()) {
                return items;
            }
            List<T> kept = null;
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                seen++;
                long size = entries + 1 > limits.maxEntries() ? -1 : size(item);
                boolean fits = size >= 0 && size <= limits.maxEntryChars() && chars + size <= limits.maxEntriesChars();
                if (fits) {
                    entries++;
                    chars += size;
                    if (kept != null) {
                        kept.add(item);
                    }
                } else {
                    dropped++;
                    if (kept == null) {
                        kept = new ArrayList<>(items.subList(0, i));
                    }
                }
            }
            return kept == null ? items : kept;
        }
    }

    /** The size of a value as JSON, in characters. */
    private static long size(Object value) {
        try {
            return JSON.writeValueAsString(value).length();
        } catch (JsonProcessingException e) {
            return Long.MAX_VALUE / 4;
        }
    }
}
