package org.govdoc.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.model.Location;
import org.govdoc.record.Deadline;
import org.govdoc.record.Extraction;
import org.govdoc.record.Figure;
import org.govdoc.record.FundingAmount;
import org.govdoc.record.Indicator;
import org.govdoc.record.RecordJson;
import org.govdoc.record.Task;
import org.govdoc.record.Warning;

/**
 * The document view of a record: the record without its text, and each extracted value with where
 * it stands (page, table, row, column) and the text around it (its sentence or table row as the
 * record gives it, else the record's text around its first occurrence).
 *
 * @param record   the record as ingested, without its text
 * @param values   the extracted values in record order
 * @param warnings the record's warnings
 */
public record RecordView(JsonNode record, List<Value> values, List<Warning> warnings) {

    private static final ObjectMapper JSON = RecordJson.mapper();
    /** Characters of text shown on each side of a value found in the record's text. */
    static final int AROUND = 60;

    /**
     * One extracted value.
     *
     * @param group    indicator | task | amount | deadline | figure
     * @param label    what the value is (三级指标, task number, role, figure label)
     * @param value    the value as a person reads it
     * @param location where it stands, or null
     * @param around   the text around it, or null when the record has none
     */
    public record Value(String group, int ordinal, String label, String value, Location location, String around) {
    }

    public static RecordView of(Extraction r) {
        String text = r.text() == null ? "" : r.text();
        List<Value> values = new ArrayList<>();
        for (int n = 0; n < r.indicators().size(); n++) {
            Indicator i = r.indicators().get(n);
            String target = i.valueText() != null ? i.valueText() : join(i.operator(), plain(i.value()), i.unit());
            values.add(new Value("indicator", n, join(i.level1(), i.level2(), i.level3()), target, i.location(),
                    around(text, i.level3(), join(i.level3(), target))));
        }
        for (int n = 0; n < r.tasks().size(); n++) {
            Task t = r.tasks().get(n);
            String due = t.deadline() == null ? null : t.deadline().text();
            String detail = join(t.text(), t.leadUnits().isEmpty() ? null : "牵头: " + String.join("、", t.leadUnits()),
                    due == null ? null : "时限: " + due);
            values.add(new Value("task", n, t.number(), detail, t.location(), around(text, t.text(), t.text())));
        }
        for (int n = 0; n < r.fundingAmounts().size(); n++) {
            FundingAmount a = r.fundingAmounts().get(n);
            values.add(new Value("amount", n, a.role(), plain(a.amountYuan()) + "元 (" + a.text() + ")", a.location(),
                    a.context() != null ? a.context() : around(text, a.text(), null)));
        }
        for (int n = 0; n < r.deadlines().size(); n++) {
            Deadline d = r.deadlines().get(n);
            values.add(new Value("deadline", n, d.text(), d.date() != null ? d.date().toString() : d.recurrence(),
                    d.location(), d.context() != null ? d.context() : around(text, d.text(), null)));
        }
        for (int n = 0; n < r.figures().size(); n++) {
            Figure f = r.figures().get(n);
            values.add(new Value("figure", n, f.label(), join(plain(f.value()), f.unit()), f.location(),
                    f.context() != null ? f.context() : around(text, f.text(), null)));
        }
        return new RecordView(JSON.valueToTree(r.withoutText()), values, r.warnings());
    }

    /** The text around the first occurrence of {@code needle}, or {@code fallback} when it does not occur. */
    static String around(String text, String needle, String fallback) {
        if (needle == null || needle.isBlank()) {
            return fallback;
        }
        String probe = needle.length() > 30 ? needle.substring(0, 30) : needle;
        int at = text.indexOf(probe);
        if (at < 0) {
            return fallback;
        }
        int from = Math.max(0, at - AROUND);
        int to = Math.min(text.length(), at + needle.length() + AROUND);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip()
                + (to < text.length() ? "…" : "");
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join(" ", kept);
    }
}
