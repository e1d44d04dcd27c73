package org.govdoc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison rules of the scorer (the same as /work/shared/eval/score.py): strings compared
 * after NFKC, CJK punctuation folded to ASCII and all whitespace removed; numbers as decimals
 * (69.381万元 = 693810); operators folded (≥ → >=); a gold list against an output scalar means
 * "any of these".
 */
public final class EvalText {

    private static final Map<Character, String> PUNCT = Map.ofEntries(Map.entry('。', "."), Map.entry('、', ","),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('‘', "'"), Map.entry('’', "'"),
            Map.entry('〔', "["), Map.entry('〕', "]"), Map.entry('【', "["), Map.entry('】', "]"),
            Map.entry('〖', "["), Map.entry('〗', "]"), Map.entry('《', "<"), Map.entry('》', ">"),
            Map.entry('〈', "<"), Map.entry('〉', ">"), Map.entry('—', "-"), Map.entry('―', "-"),
            Map.entry('・', "."));
    private static final Map<String, String> OPS = Map.of("≥", ">=", "≧", ">=", "=>", ">=", "≤", "<=", "≦", "<=",
            "=<", "<=", "==", "=");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("^([+-]?\\d+(?:\\.\\d+)?)(万|亿)?(元|%)?$");
    /** Leading numbering of a task: (一) 一, 1. (1), after {@link #norm}. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:\\([一二三四五六七八九十百\\d]+\\)|[一二三四五六七八九十百]+[,.]|\\d+[.,](?!\\d))+");

    private EvalText() {
    }

    /** NFKC, CJK punctuation folded to ASCII, all whitespace removed. */
    public static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            String r = PUNCT.get(c);
            if (r != null) {
                b.append(r);
            } else {
                b.append(c);
            }
        }
        return WHITESPACE.matcher(b).replaceAll("");
    }

    /** The text of a scalar node (numbers as written in the JSON, booleans as true/false). */
    static String text(JsonNode n) {
        return n.isValueNode() ? n.asText() : n.toString();
    }

    /** A number as a decimal ("69.381万元" → 693810, "100%" → 100), else null. */
    public static BigDecimal dec(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode() || v.isBoolean()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (!v.isTextual()) {
            return null;
        }
        return dec(v.asText());
    }

    public static BigDecimal dec(String s) {
        Matcher m = NUMBER.matcher(norm(s).replace(",", ""));
        if (!m.matches()) {
            return null;
        }
        BigDecimal d = new BigDecimal(m.group(1));
        if ("万".equals(m.group(2))) {
            d = d.scaleByPowerOfTen(4);
        } else if ("亿".equals(m.group(2))) {
            d = d.scaleByPowerOfTen(8);
        }
        return d;
    }

    /** An operator folded: ≥ >= ＞＝ → >=, ≤ → <=, ＝ → =, ＞ → >, ＜ → <. */
    public static String foldOp(String op) {
        if (op == null) {
            return null;
        }
        String n = norm(op);
        return OPS.getOrDefault(n, n);
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    /** Scalar comparison after normalisation; a gold list against a non-list is any-of. */
    public static boolean same(JsonNode gold, JsonNode out) {
        return same(gold, out, false);
    }

    /** {@link #same}, folding operators on both sides first. */
    public static boolean sameOperator(JsonNode gold, JsonNode out) {
        return same(gold, out, true);
    }

    private static boolean same(JsonNode gold, JsonNode out, boolean operator) {
        if (gold != null && gold.isArray() && (out == null || !out.isArray())) {
            for (JsonNode g : gold) {
                if (same(g, out, operator)) {
                    return true;
                }
            }
            return false;
        }
        boolean outEmpty = absent(out) || (out.isTextual() && out.asText().isEmpty());
        if (absent(gold) || outEmpty) {
            return absent(gold) && outEmpty;
        }
        if (gold.isBoolean() || out.isBoolean()) {
            return gold.isBoolean() && out.isBoolean() && gold.asBoolean() == out.asBoolean();
        }
        if (operator) {
            return foldOp(text(gold)).equals(foldOp(text(out)));
        }
        BigDecimal g = dec(gold);
        BigDecimal o = dec(out);
        if (g != null && o != null) {
            return g.compareTo(o) == 0;
        }
        return norm(text(gold)).equals(norm(text(out)));
    }

    /** Two lists of names as sets of normalised strings; an output string counts as a list of one. */
    public static boolean sameSet(JsonNode gold, JsonNode out) {
        return normSet(gold).equals(normSet(out));
    }

    /** The normalised non-null strings of a list (or of a single string). */
    public static Set<String> normSet(JsonNode n) {
        Set<String> s = new HashSet<>();
        if (n == null) {
            return s;
        }
        if (n.isTextual()) {
            s.add(norm(n.asText()));
        } else if (n.isArray()) {
            for (JsonNode x : n) {
                if (!x.isNull()) {
                    s.add(norm(text(x)));
                }
            }
        }
        return s;
    }

    /** The key a gold task is found by: its first 12 characters after normalisation, numbering dropped. */
    public static String taskKey(String text) {
        String n = NUMBERING.matcher(norm(text)).replaceFirst("");
        return n.codePointCount(0, n.length()) > 12 ? n.substring(0, n.offsetByCodePoints(0, 12)) : n;
    }
}
