package org.govdoc.eval;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.govdoc.extract.FieldGroup;

/**
 * Counts of one document or of a whole run: per group true positives, output items and gold
 * items, and accuracies of secondary fields ("indicators.level1" ok/n).
 */
public final class Tally {

    private final Map<FieldGroup, long[]> counts = new EnumMap<>(FieldGroup.class);
    private final Map<String, long[]> accuracies = new TreeMap<>();

    /** Adds to a group: tp, output items, gold items. */
    public void add(FieldGroup g, long tp, long out, long gold) {
        long[] c = counts.computeIfAbsent(g, k -> new long[3]);
        c[0] += tp;
        c[1] += out;
        c[2] += gold;
    }

    /** Records one check of a secondary field. */
    public void check(String field, boolean ok) {
        long[] c = accuracies.computeIfAbsent(field, k -> new long[2]);
        c[0] += ok ? 1 : 0;
        c[1]++;
    }

    public void addAll(Tally other) {
        other.counts.forEach((g, c) -> add(g, c[0], c[1], c[2]));
        other.accuracies.forEach((f, c) -> {
            long[] mine = accuracies.computeIfAbsent(f, k -> new long[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        });
    }

    /** True when the group was scored at all (some gold or output item). */
    public boolean has(FieldGroup g) {
        return counts.containsKey(g);
    }

    public long tp(FieldGroup g) {
        return counts.getOrDefault(g, new long[3])[0];
    }

    public long out(FieldGroup g) {
        return counts.getOrDefault(g, new long[3])[1];
    }

    public long gold(FieldGroup g) {
        return counts.getOrDefault(g, new long[3])[2];
    }

    /** tp/out, or null when nothing was output. */
    public Double precision(FieldGroup g) {
        return rate(tp(g), out(g));
    }

    /** tp/gold, or null when the gold has nothing. */
    public Double recall(FieldGroup g) {
        return rate(tp(g), gold(g));
    }

    /** As the shared scorer: 0 when P or R is 0, null when either is undefined. */
    public Double f1(FieldGroup g) {
        Double p = precision(g);
        Double r = recall(g);
        if ((p != null && p == 0) || (r != null && r == 0)) {
            return 0.0;
        }
        if (p == null || r == null) {
            return null;
        }
        return 2 * p * r / (p + r);
    }

    /** Accuracy of a secondary field, or null when never checked. */
    public Double accuracy(String field) {
        long[] c = accuracies.get(field);
        return c == null ? null : rate(c[0], c[1]);
    }

    public Map<String, long[]> accuracies() {
        return accuracies;
    }

    private static Double rate(long a, long b) {
        return b == 0 ? null : (double) a / b;
    }
}
