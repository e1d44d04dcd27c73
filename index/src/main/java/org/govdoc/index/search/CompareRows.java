package org.govdoc.index.search;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govdoc.index.DocRef;

/**
 * The rows of a comparison from the entries that match its filters, whichever engine found them (the embedded
 * index's {@link CompareService}, a Solr collection): the entries with a number, grouped by the group key, their
 * measurement unit and their operator, with count, sum, mean, min, max and median of the exact values. A document
 * held in several files counts once (the entries of its first file by path). Rows come ordered by group, measure,
 * operator.
 */
public final class CompareRows {

    private static final int MEAN_SCALE = 6;

    private CompareRows() {
    }

    /** The rows of these matching entries (in any order) for this request. */
    public static List<CompareRow> of(List<IndexEntry> entries, CompareRequest request) {
        Map<String, String> fileOfDocument = onePerDocument(entries);
        Map<Key, Values> groups = new TreeMap<>(Comparator.comparing(Key::group).thenComparing(Key::measure)
                .thenComparing(Key::operator));
        for (IndexEntry e : entries) {
            BigDecimal v = e.item().number();
            if (v == null || !e.doc().sha256().equals(fileOfDocument.get(SameDocument.key(e.doc())))) {
                continue;
            }
            String measure = e.item().measure() == null ? "" : e.item().measure();
            Values values = groups.computeIfAbsent(new Key(groupKey(e.doc(), request.by()), measure,
                    e.item().operator()), k -> new Values());
            boolean flagged = !e.flags().isEmpty();
            if (flagged) {
                values.flagged++;
            }
            if (!flagged || request.flagged() == FlaggedValues.INCLUDE) {
                values.values.add(v);
            }
        }
        List<CompareRow> rows = new ArrayList<>();
        groups.forEach((k, v) -> rows.add(row(k, v)));
        return rows;
    }

    /** For each document, the one file (the first path in order) whose entries are counted. */
    private static Map<String, String> onePerDocument(List<IndexEntry> entries) {
        Map<String, DocRef> chosen = new HashMap<>();
        for (IndexEntry e : entries) {
            chosen.merge(SameDocument.key(e.doc()), e.doc(), (a, b) -> order(a).compareTo(order(b)) <= 0 ? a : b);
        }
        Map<String, String> out = new HashMap<>();
        chosen.forEach((k, d) -> out.put(k, d.sha256()));
        return out;
    }

    private static String order(DocRef d) {
        return (d.path() == null ? "" : d.path()) + "\u0000" + d.sha256();
    }

    private static CompareRow row(Key k, Values v) {
        List<BigDecimal> values = v.values;
        int n = values.size();
        if (n == 0) {
            return new CompareRow(k.group(), k.measure(), k.operator(), 0, null, null, null, null, null, v.flagged);
        }
        values.sort(Comparator.naturalOrder());
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128)
                .setScale(MEAN_SCALE, RoundingMode.HALF_UP);
        BigDecimal median = n % 2 == 1 ? values.get(n / 2)
                : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2));
        return new CompareRow(k.group(), k.measure(), k.operator(), n, plain(sum), plain(mean), values.get(0),
                values.get(n - 1), plain(median), v.flagged);
    }

    /** The number without trailing zeros and without an exponent (92.50 → 92.5, 200000 stays 200000). */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
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

    private record Key(String group, String measure, String operator) {
    }

    private static final class Values {
        final List<BigDecimal> values = new ArrayList<>();
        long flagged;
    }
}
