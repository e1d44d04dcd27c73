package org.govdoc.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govdoc.extract.FieldGroup;

/** The report of an {@link Evaluation}: a table for people, or one JSON object for machines. */
public final class EvalReport {

    private EvalReport() {
    }

    /** Groups whose F1 is below {@code min} (groups without an F1 are skipped). */
    public static List<FieldGroup> below(Tally total, double min) {
        List<FieldGroup> low = new ArrayList<>();
        for (FieldGroup g : FieldGroup.values()) {
            Double f = total.has(g) ? total.f1(g) : null;
            if (f != null && f < min) {
                low.add(g);
            }
        }
        return low;
    }

    public static ObjectNode json(Evaluation.Result r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("docs_gold", r.documents().size());
        o.put("docs_missing", r.missing());
        o.set("groups", groups(r.total()));
        ObjectNode acc = o.putObject("accuracy");
        for (Map.Entry<String, long[]> e : r.total().accuracies().entrySet()) {
            ObjectNode a = acc.putObject(e.getKey());
            a.put("ok", e.getValue()[0]);
            a.put("n", e.getValue()[1]);
            putRate(a, "acc", r.total().accuracy(e.getKey()));
        }
        ArrayNode docs = o.putArray("documents");
        for (DocumentScorer.DocScore d : r.documents()) {
            ObjectNode n = docs.addObject();
            n.put("stem", d.stem());
            n.put("missing", d.missing());
            n.set("groups", groups(d.tally()));
            ArrayNode m = n.putArray("mismatches");
            d.mismatches().forEach(m::add);
        }
        return o;
    }

    private static ObjectNode groups(Tally t) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (FieldGroup g : FieldGroup.values()) {
            if (!t.has(g)) {
                continue;
            }
            ObjectNode n = o.putObject(g.id());
            putRate(n, "precision", t.precision(g));
            putRate(n, "recall", t.recall(g));
            putRate(n, "f1", t.f1(g));
            n.put("tp", t.tp(g));
            n.put("out", t.out(g));
            n.put("gold", t.gold(g));
        }
        return o;
    }

    private static void putRate(ObjectNode n, String key, Double v) {
        if (v == null) {
            n.putNull(key);
        } else {
            n.put(key, Math.round(v * 10000) / 10000.0);
        }
    }

    /** The table: totals per group, secondary accuracies, then every document with its mismatches. */
    public static void print(Evaluation.Result r, PrintStream out, boolean mismatches) {
        Tally t = r.total();
        out.printf("gold documents: %d   missing or failed in output: %d%n%n", r.documents().size(), r.missing());
        out.printf("%-11s %7s %7s %7s %16s%n", "group", "P", "R", "F1", "tp/out/gold");
        for (FieldGroup g : FieldGroup.values()) {
            if (t.has(g)) {
                out.printf("%-11s %7s %7s %7s %16s%n", g.id(), fmt(t.precision(g)), fmt(t.recall(g)), fmt(t.f1(g)),
                        t.tp(g) + "/" + t.out(g) + "/" + t.gold(g));
            }
        }
        if (!t.accuracies().isEmpty()) {
            out.println();
            out.printf("%-28s %7s %12s%n", "field (among matched)", "acc", "ok/n");
            for (Map.Entry<String, long[]> e : t.accuracies().entrySet()) {
                out.printf("%-28s %7s %12s%n", e.getKey(), fmt(t.accuracy(e.getKey())),
                        e.getValue()[0] + "/" + e.getValue()[1]);
            }
        }
        out.println();
        out.println("per document (F1 per group; - when not scored):");
        for (DocumentScorer.DocScore d : r.documents()) {
            StringBuilder b = new StringBuilder();
            for (FieldGroup g : FieldGroup.values()) {
                if (d.tally().has(g) && (d.tally().gold(g) > 0 || d.tally().out(g) > 0)) {
                    b.append("  ").append(g.id()).append('=').append(fmt(d.tally().f1(g)));
                }
            }
            out.println(d.stem() + (d.missing() ? "  MISSING" : "") + b);
            if (mismatches) {
                for (String m : d.mismatches()) {
                    out.println("      x " + m);
                }
            }
        }
    }

    static String fmt(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
