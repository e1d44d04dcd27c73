package org.govdoc.index.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govdoc.index.DocRef;
import org.govdoc.index.EntryKind;

/**
 * Builds the rows of {@code compare} from matching entries: those with a number, grouped by the group
 * key and their measurement unit (元 for amounts), with count, min, max and median of the exact values.
 * Rows come ordered by group, then unit. One instance per comparison.
 */
public final class CompareRows {

    private final GroupBy by;
    private final Map<List<String>, List<BigDecimal>> groups = new TreeMap<>(
            Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));

    public CompareRows(GroupBy by) {
        this.by = by;
    }

    /** Counts one matching entry (entries without a number are left out). */
    public void add(SearchHit h) {
        BigDecimal v = h.number();
        if (v == null) {
            return;
        }
        String unit = h.item().path("unit").isTextual() ? h.item().path("unit").asText() : "";
        if (h.kind() == EntryKind.AMOUNT) {
            unit = "元";
        }
        groups.computeIfAbsent(List.of(groupKey(h.doc(), by), unit), k -> new ArrayList<>()).add(v);
    }

    public List<CompareRow> rows() {
        List<CompareRow> rows = new ArrayList<>();
        groups.forEach((k, values) -> {
            values.sort(Comparator.naturalOrder());
            int n = values.size();
            BigDecimal median = n % 2 == 1 ? values.get(n / 2)
                    : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2));
            rows.add(new CompareRow(k.get(0), k.get(1), n, values.get(0), values.get(n - 1),
                    median.stripTrailingZeros().scale() < 0 ? median.setScale(0) : median.stripTrailingZeros()));
        });
        return rows;
    }

    private static String groupKey(DocRef d, GroupBy by) {
        String v = switch (by) {
            case DISTRICT -> d.district();
            case CITY -> d.city();
            case YEAR -> d.year() == null ? null : d.year().toString();
            case DOC_TYPE -> d.docType();
        };
        return v == null ? "" : v;
    }
}
