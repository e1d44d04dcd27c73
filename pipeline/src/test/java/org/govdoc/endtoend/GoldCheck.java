package org.govdoc.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a record (as JSON) with a gold file the way the shared scorer does
 * ({@code /work/shared/eval/README.md}): NFKC, whitespace removed, CJK punctuation folded,
 * numbers as decimals, operators folded, a gold list against a scalar is any-of. Returns every
 * difference as a line; an empty list means the record meets the gold in every group (meta
 * fields, allocation amounts as a multiset, indicators and body tasks one to one, both ways).
 */
final class GoldCheck {

    private static final Map<Character, Character> PUNCT = Map.ofEntries(
            Map.entry('。', '.'), Map.entry('、', ','), Map.entry('“', '"'), Map.entry('”', '"'),
            Map.entry('‘', '\''), Map.entry('’', '\''), Map.entry('〔', '['), Map.entry('〕', ']'),
            Map.entry('【', '['), Map.entry('】', ']'), Map.entry('《', '<'), Map.entry('》', '>'),
            Map.entry('—', '-'), Map.entry('―', '-'), Map.entry('・', '.'));
    private static final Map<String, String> OPS = Map.of("≥", ">=", "≧", ">=", "=>", ">=", "≤", "<=", "≦", "<=",
            "=<", "<=", "==", "=");
    private static final Pattern NUMBER = Pattern.compile("^([+-]?\\d+(?:\\.\\d+)?)(万|亿)?(元|%)?$");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:\\([一二三四五六七八九十百\\d]+\\)|[一二三四五六七八九十百]+[,.]|\\d+[.,](?!\\d))+");
    private static final Set<String> LIST_GROUPS = Set.of("fundingAmounts", "indicators", "tasks");

    private GoldCheck() {
    }

    static List<String> differences(JsonNode gold, JsonNode out) {
        List<String> diffs = new ArrayList<>();
        meta(gold, out, "", diffs);
        funding(gold.path("fundingAmounts"), out.path("fundingAmounts"), diffs);
        if (gold.has("indicators")) {
            indicators(gold.path("indicators"), out.path("indicators"), diffs);
        }
        if (gold.has("tasks")) {
            tasks(gold.path("tasks"), out.path("tasks"), diffs);
        }
        return diffs;
    }

    private static void meta(JsonNode gold, JsonNode out, String prefix, List<String> diffs) {
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (prefix.isEmpty() && LIST_GROUPS.contains(e.getKey())) {
                continue;
            }
            JsonNode o = out == null ? null : out.get(e.getKey());
            if (e.getValue().isObject()) {
                meta(e.getValue(), o == null || o.isNull() ? null : o, prefix + e.getKey() + ".", diffs);
            } else if (!same(e.getValue(), o)) {
                diffs.add(prefix + e.getKey() + ": gold=" + e.getValue() + " out=" + o);
            }
        }
    }

    private static void funding(JsonNode gold, JsonNode out, List<String> diffs) {
        List<BigDecimal> g = allocations(gold);
        List<BigDecimal> o = allocations(out);
        if (!g.equals(o)) {
            diffs.add("allocation amounts: gold=" + g + " out=" + o);
        }
    }

    private static List<BigDecimal> allocations(JsonNode rows) {
        List<BigDecimal> out = new ArrayList<>();
        for (JsonNode r : rows) {
            if ("allocation".equals(r.path("role").asText())) {
                out.add(dec(r.get("amountYuan")).stripTrailingZeros());
            }
        }
        out.sort(null);
        return out;
    }

    private static void indicators(JsonNode gold, JsonNode out, List<String> diffs) {
        Set<Integer> used = new HashSet<>();
        for (JsonNode g : gold) {
            int j = -1;
            for (int k = 0; k < out.size() && j < 0; k++) {
                JsonNode o = out.get(k);
                if (!used.contains(k) && sameField(g, o, "level3") && sameOp(g.get("operator"), o.get("operator"), g.has("operator"))
                        && sameField(g, o, "value") && sameField(g, o, "unit")) {
                    j = k;
                }
            }
            if (j < 0) {
                diffs.add("indicator not found: " + g);
                continue;
            }
            used.add(j);
            for (String f : List.of("level1", "level2", "kind")) {
                if (!sameField(g, out.get(j), f)) {
                    diffs.add("indicator " + g.path("level3").asText() + " " + f + ": gold=" + g.get(f) + " out=" + out.get(j).get(f));
                }
            }
        }
        for (int k = 0; k < out.size(); k++) {
            if (!used.contains(k)) {
                diffs.add("indicator not in gold: " + out.get(k).path("level3").asText());
            }
        }
    }

    private static void tasks(JsonNode gold, JsonNode out, List<String> diffs) {
        List<JsonNode> outs = new ArrayList<>();
        for (JsonNode t : out) {
            if (!"table".equals(t.path("origin").asText())) {
                outs.add(t);
            }
        }
        Set<Integer> used = new HashSet<>();
        for (JsonNode g : gold) {
            String n = norm(g.path("text").asText());
            String key = NUMBERING.matcher(n).replaceFirst("");
            key = key.substring(0, Math.min(12, key.length()));
            int j = -1;
            for (int k = 0; k < outs.size() && j < 0; k++) {
                if (!used.contains(k) && !key.isEmpty() && norm(outs.get(k).path("text").asText()).contains(key)) {
                    j = k;
                }
            }
            if (j < 0) {
                diffs.add("task not found: " + key);
                continue;
            }
            used.add(j);
            JsonNode o = outs.get(j);
            for (String f : List.of("leadUnits", "responsibleUnits")) {
                if (g.has(f) && !normSet(g.get(f)).equals(normSet(o.get(f)))) {
                    diffs.add("task " + key + " " + f + ": gold=" + g.get(f) + " out=" + o.get(f));
                }
            }
            JsonNode gd = g.path("deadline");
            for (String f : List.of("date", "ongoing")) {
                if (gd.has(f) && !same(gd.get(f), o.path("deadline").get(f))) {
                    diffs.add("task " + key + " deadline." + f + ": gold=" + gd.get(f) + " out=" + o.path("deadline").get(f));
                }
            }
        }
        if (outs.size() != used.size()) {
            diffs.add("body tasks: " + outs.size() + " in the output, " + used.size() + " matched the gold");
        }
    }

    private static boolean sameField(JsonNode g, JsonNode o, String f) {
        return !g.has(f) || same(g.get(f), o.get(f));
    }

    private static boolean sameOp(JsonNode g, JsonNode o, boolean present) {
        if (!present) {
            return true;
        }
        if (g.isArray()) {
            for (JsonNode x : g) {
                if (sameOp(x, o, true)) {
                    return true;
                }
            }
            return false;
        }
        return same(foldOp(g), foldOp(o));
    }

    private static JsonNode foldOp(JsonNode n) {
        if (n == null || n.isNull()) {
            return n;
        }
        String s = norm(n.asText());
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(OPS.getOrDefault(s, s));
    }

    static boolean same(JsonNode gold, JsonNode out) {
        if (gold.isArray() && (out == null || !out.isArray())) {
            for (JsonNode g : gold) {
                if (same(g, out)) {
                    return true;
                }
            }
            return false;
        }
        boolean outEmpty = out == null || out.isNull() || out.isTextual() && out.asText().isEmpty();
        if (gold.isNull() || outEmpty) {
            return gold.isNull() && outEmpty;
        }
        if (gold.isBoolean() || out.isBoolean()) {
            return gold.isBoolean() && out.isBoolean() && gold.asBoolean() == out.asBoolean();
        }
        BigDecimal g = dec(gold);
        BigDecimal o = dec(out);
        if (g != null && o != null) {
            return g.compareTo(o) == 0;
        }
        return norm(gold.asText()).equals(norm(out.asText()));
    }

    private static Set<String> normSet(JsonNode list) {
        Set<String> out = new TreeSet<>();
        if (list != null) {
            for (JsonNode x : list) {
                if (!x.isNull()) {
                    out.add(norm(x.asText()));
                }
            }
        }
        return out;
    }

    private static BigDecimal dec(JsonNode v) {
        if (v == null || v.isNull() || v.isBoolean()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        Matcher m = NUMBER.matcher(norm(v.asText()).replace(",", ""));
        if (!m.matches()) {
            return null;
        }
        BigDecimal d = new BigDecimal(m.group(1));
        return m.group(2) == null ? d : d.multiply(BigDecimal.TEN.pow("万".equals(m.group(2)) ? 4 : 8));
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(PUNCT.getOrDefault(c, c));
            }
        }
        return b.toString();
    }
}
