package org.govdoc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.govdoc.extract.FieldGroup;

/**
 * Scores one output record against its gold file. Only fields present in the gold are scored;
 * a missing or failed record (null) counts every gold item as missed.
 */
public final class DocumentScorer {

    private static final Set<String> LIST_GROUPS = Set.of("fundingAmounts", "indicators", "tasks", "warnings", "units");

    private DocumentScorer() {
    }

    /** The result for one document: its counts and the mismatches, one line each. */
    public record DocScore(String stem, boolean missing, Tally tally, List<String> mismatches) {
    }

    public static DocScore score(String stem, JsonNode gold, JsonNode out) {
        Tally t = new Tally();
        List<String> miss = new ArrayList<>();
        if (out == null) {
            miss.add("document missing from the output, or failed: every gold item counts as missed");
        }
        meta(t, miss, gold, out);
        if (gold.has("fundingAmounts")) {
            funding(t, miss, list(gold, "fundingAmounts"), list(out, "fundingAmounts"));
        }
        if (gold.has("indicators")) {
            indicators(t, miss, list(gold, "indicators"), list(out, "indicators"));
        }
        if (gold.has("tasks")) {
            tasks(t, miss, list(gold, "tasks"), list(out, "tasks"));
        }
        if (gold.has("units")) {
            unitList(t, miss, list(gold, "units"), list(out, "units"));
        }
        if (gold.has("warnings")) {
            warnings(t, miss, list(gold, "warnings"), list(out, "warnings"));
        }
        if (gold.has("figures")) {
            figures(t, miss, list(gold, "figures"), list(out, "figures"));
        }
        return new DocScore(stem, out == null, t, miss);
    }

    // ---- metadata and proposal: every scalar field present in the gold

    private static void meta(Tally t, List<String> miss, JsonNode gold, JsonNode out) {
        t.add(FieldGroup.METADATA, 0, 0, 0);
        walk(gold, "", (path, gv) -> {
            FieldGroup g = path.startsWith("proposal.") ? FieldGroup.PROPOSAL : FieldGroup.METADATA;
            JsonNode ov = out == null ? MissingNode.getInstance() : at(out, path);
            boolean ok = out != null && EvalText.same(gv, ov);
            boolean goldHas = !gv.isNull();
            boolean outHas = !(ov.isNull() || ov.isMissingNode() || (ov.isTextual() && ov.asText().isEmpty()));
            t.add(g, ok && goldHas ? 1 : 0, outHas ? 1 : 0, goldHas ? 1 : 0);
            t.check(g.id() + ".accuracy", ok);
            if (!ok && out != null) {
                miss.add(path + ": gold=" + gv + " out=" + (ov.isMissingNode() ? "(absent)" : ov.toString()));
            }
        });
    }

    private interface FieldVisitor {
        void visit(String path, JsonNode goldValue);
    }

    private static void walk(JsonNode node, String prefix, FieldVisitor v) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (prefix.isEmpty() && LIST_GROUPS.contains(e.getKey())) {
                continue;
            }
            if (e.getValue().isObject()) {
                walk(e.getValue(), prefix + e.getKey() + ".", v);
            } else {
                v.visit(prefix + e.getKey(), e.getValue());
            }
        }
    }

    static JsonNode at(JsonNode obj, String path) {
        JsonNode n = obj;
        for (String k : path.split("\\.")) {
            if (n == null || !n.isObject() || !n.has(k)) {
                return MissingNode.getInstance();
            }
            n = n.get(k);
        }
        return n;
    }

    private static List<JsonNode> list(JsonNode obj, String key) {
        List<JsonNode> l = new ArrayList<>();
        JsonNode v = obj == null ? null : obj.get(key);
        if (v != null && v.isArray()) {
            v.forEach(x -> {
                if (x.isObject()) {
                    l.add(x);
                }
            });
        }
        return l;
    }

    // ---- funding: allocation amounts as a multiset; other gold amounts for recall only

    private static void funding(Tally t, List<String> miss, List<JsonNode> gold, List<JsonNode> out) {
        Map<BigDecimal, Integer> ga = amounts(gold, true);
        Map<BigDecimal, Integer> oa = amounts(out, true);
        long tp = 0;
        for (Map.Entry<BigDecimal, Integer> e : ga.entrySet()) {
            int o = oa.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), o);
            if (e.getValue() > o) {
                miss.add("funding: allocation " + plain(e.getKey()) + " missing" + (e.getValue() - o > 1 ? " x" + (e.getValue() - o) : ""));
            }
        }
        for (Map.Entry<BigDecimal, Integer> e : oa.entrySet()) {
            int g = ga.getOrDefault(e.getKey(), 0);
            if (e.getValue() > g) {
                miss.add("funding: allocation " + plain(e.getKey()) + " not in gold");
            }
        }
        t.add(FieldGroup.FUNDING, tp, count(oa), count(ga));
        Map<BigDecimal, Integer> go = amounts(gold, false);
        Map<BigDecimal, Integer> all = new HashMap<>();
        for (JsonNode a : out) {
            all.merge(key(EvalText.dec(a.get("amountYuan"))), 1, Integer::sum);
        }
        for (Map.Entry<BigDecimal, Integer> e : go.entrySet()) {
            int found = Math.min(e.getValue(), all.getOrDefault(e.getKey(), 0));
            for (int i = 0; i < found; i++) {
                t.check("funding.other_recall", true);
            }
            for (int i = found; i < e.getValue(); i++) {
                t.check("funding.other_recall", false);
                miss.add("funding: other amount " + plain(e.getKey()) + " missing");
            }
        }
    }

    private static Map<BigDecimal, Integer> amounts(List<JsonNode> rows, boolean allocation) {
        Map<BigDecimal, Integer> m = new HashMap<>();
        for (JsonNode a : rows) {
            if ("allocation".equals(a.path("role").asText(null)) == allocation) {
                m.merge(key(EvalText.dec(a.get("amountYuan"))), 1, Integer::sum);
            }
        }
        return m;
    }

    /** Decimals equal in value share one key (100 and 100.00). */
    private static BigDecimal key(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
    }

    private static String plain(BigDecimal d) {
        return d == null ? "null" : d.toPlainString();
    }

    private static long count(Map<?, Integer> m) {
        return m.values().stream().mapToLong(Integer::longValue).sum();
    }

    // ---- indicators

    private static final String[] INDICATOR_KEYS = {"level3", "operator", "value", "unit"};

    private static boolean indicatorMatches(JsonNode g, JsonNode o) {
        for (String k : INDICATOR_KEYS) {
            if (!g.has(k)) {
                continue;
            }
            boolean ok = k.equals("operator") ? EvalText.sameOperator(g.get(k), o.get(k)) : EvalText.same(g.get(k), o.get(k));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void indicators(Tally t, List<String> miss, List<JsonNode> gold, List<JsonNode> out) {
        Set<Integer> used = new HashSet<>();
        long tp = 0;
        for (JsonNode g : gold) {
            int j = -1;
            for (int k = 0; k < out.size(); k++) {
                if (!used.contains(k) && indicatorMatches(g, out.get(k))) {
                    j = k;
                    break;
                }
            }
            if (j < 0) {
                miss.add("indicator missing: " + describe(g));
                continue;
            }
            used.add(j);
            tp++;
            for (String k : new String[] {"level1", "level2", "kind"}) {
                if (g.has(k)) {
                    boolean ok = EvalText.same(g.get(k), out.get(j).get(k));
                    t.check("indicators." + k, ok);
                    if (!ok) {
                        miss.add("indicator " + g.path("level3").asText() + ": " + k + " gold=" + g.get(k) + " out="
                                + out.get(j).get(k));
                    }
                }
            }
        }
        for (int k = 0; k < out.size(); k++) {
            if (!used.contains(k)) {
                miss.add("indicator not in gold: " + describe(out.get(k)));
            }
        }
        t.add(FieldGroup.INDICATORS, tp, out.size(), gold.size());
    }

    private static String describe(JsonNode i) {
        return i.path("level3").asText("?") + " " + i.path("operator").asText("") + " " + i.path("value").asText("")
                + " " + i.path("unit").asText("");
    }

    // ---- tasks, their deadlines and units

    private static boolean hasDeadline(JsonNode task) {
        JsonNode d = task.get("deadline");
        if (d == null || !d.isObject()) {
            return false;
        }
        JsonNode date = d.get("date");
        boolean dated = date != null && !date.isNull() && !(date.isArray() && date.isEmpty());
        return dated || d.path("ongoing").asBoolean(false);
    }

    private static int unitCount(JsonNode task) {
        return EvalText.normSet(task.get("leadUnits")).size() + EvalText.normSet(task.get("responsibleUnits")).size();
    }

    private static void tasks(Tally t, List<String> miss, List<JsonNode> gold, List<JsonNode> allOut) {
        List<JsonNode> out = allOut.stream().filter(x -> !"table".equals(x.path("origin").asText(null))).toList();
        List<String> texts = out.stream().map(x -> EvalText.norm(x.path("text").asText(""))).toList();
        Set<Integer> used = new HashSet<>();
        long tp = 0;
        long deadlineTp = 0;
        long unitTp = 0;
        for (JsonNode g : gold) {
            String key = EvalText.taskKey(g.path("text").asText(""));
            int j = -1;
            for (int k = 0; k < out.size() && !key.isEmpty(); k++) {
                if (!used.contains(k) && texts.get(k).contains(key)) {
                    j = k;
                    break;
                }
            }
            if (j < 0) {
                miss.add("task missing: " + key);
                continue;
            }
            used.add(j);
            tp++;
            JsonNode o = out.get(j);
            for (String[] f : new String[][] {{"lead", "leadUnits"}, {"resp", "responsibleUnits"}}) {
                if (g.has(f[1])) {
                    boolean ok = EvalText.sameSet(g.get(f[1]), o.get(f[1]));
                    t.check("tasks." + f[0], ok);
                    if (!ok) {
                        miss.add("task " + key + ": " + f[1] + " gold=" + g.get(f[1]) + " out=" + o.get(f[1]));
                    }
                    Set<String> common = EvalText.normSet(g.get(f[1]));
                    common.retainAll(EvalText.normSet(o.get(f[1])));
                    unitTp += common.size();
                }
            }
            boolean deadlineOk = true;
            for (String[] f : new String[][] {{"date", "deadline.date"}, {"ongoing", "deadline.ongoing"}}) {
                JsonNode gv = at(g, f[1]);
                if (!gv.isMissingNode()) {
                    boolean ok = EvalText.same(gv, at(o, f[1]));
                    deadlineOk &= ok;
                    t.check("tasks." + f[0], ok);
                    if (!ok) {
                        miss.add("task " + key + ": " + f[1] + " gold=" + gv + " out=" + at(o, f[1]));
                    }
                }
            }
            if (hasDeadline(g) && deadlineOk) {
                deadlineTp++;
            }
        }
        t.add(FieldGroup.TASKS, tp, out.size(), gold.size());
        t.add(FieldGroup.DEADLINES, deadlineTp, out.stream().filter(DocumentScorer::hasDeadline).count(),
                gold.stream().filter(DocumentScorer::hasDeadline).count());
        t.add(FieldGroup.UNITS, unitTp, out.stream().mapToLong(DocumentScorer::unitCount).sum(),
                gold.stream().mapToLong(DocumentScorer::unitCount).sum());
    }

    // ---- the record's unit list and warnings, when the gold gives them

    private static void unitList(Tally t, List<String> miss, List<JsonNode> gold, List<JsonNode> out) {
        Set<String> g = new HashSet<>();
        gold.forEach(u -> g.add(EvalText.norm(u.path("name").asText(""))));
        Set<String> o = new HashSet<>();
        Set<String> oc = new HashSet<>();
        out.forEach(u -> {
            o.add(EvalText.norm(u.path("name").asText("")));
            if (u.hasNonNull("canonical")) {
                oc.add(EvalText.norm(u.get("canonical").asText()));
            }
        });
        long tp = 0;
        for (String name : g) {
            if (o.contains(name) || oc.contains(name)) {
                tp++;
            } else {
                miss.add("unit missing: " + name);
            }
        }
        t.add(FieldGroup.UNITS, tp, o.size(), g.size());
    }

    /**
     * Narrative figures, when the gold lists them: an output figure matches a gold one with the
     * same value and unit whose label contains the gold label or is contained in it (the gold
     * may name the measure shorter or longer than the rule cuts it); each output figure matches
     * once.
     */
    private static void figures(Tally t, List<String> miss, List<JsonNode> gold, List<JsonNode> out) {
        List<JsonNode> left = new ArrayList<>(out);
        long tp = 0;
        for (JsonNode g : gold) {
            JsonNode hit = null;
            for (JsonNode o : left) {
                if (EvalText.same(g.path("value"), o.path("value"))
                        && EvalText.norm(g.path("unit").asText("")).equals(EvalText.norm(o.path("unit").asText("")))
                        && labelsAgree(g.path("label").asText(""), o.path("label").asText(""))) {
                    hit = o;
                    break;
                }
            }
            if (hit != null) {
                left.remove(hit);
                tp++;
            } else {
                miss.add("figure missing: " + g.path("label").asText("") + " " + g.path("value") + g.path("unit").asText(""));
            }
        }
        t.add(FieldGroup.FIGURES, tp, out.size(), gold.size());
    }

    private static boolean labelsAgree(String gold, String out) {
        String g = EvalText.norm(gold);
        String o = EvalText.norm(out);
        return g.isEmpty() || (!o.isEmpty() && (o.contains(g) || g.contains(o)));
    }

    private static void warnings(Tally t, List<String> miss, List<JsonNode> gold, List<JsonNode> out) {
        Map<String, Integer> g = new HashMap<>();
        gold.forEach(w -> g.merge(w.path("code").asText(""), 1, Integer::sum));
        Map<String, Integer> o = new HashMap<>();
        out.forEach(w -> o.merge(w.path("code").asText(""), 1, Integer::sum));
        long tp = 0;
        for (Map.Entry<String, Integer> e : g.entrySet()) {
            int found = o.getOrDefault(e.getKey(), 0);
            tp += Math.min(found, e.getValue());
            if (found < e.getValue()) {
                miss.add("warning missing: " + e.getKey());
            }
        }
        t.add(FieldGroup.WARNINGS, tp, count(o), count(g));
        Objects.requireNonNull(miss);
    }
}
