package org.govdoc.read.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.read.NumberFormats;
import org.w3c.dom.Element;

/**
 * The numbers Word prints in front of numbered paragraphs ("1." "（一）" "第一章"), computed the way
 * Word does: one counter per list definition and level, deeper levels restarting when a higher
 * level advances, {@code lvlText} templates such as "（%1）" filled with each level's format,
 * {@code startOverride} honoured. The numbering may come from the paragraph or from its style.
 * Stateful: one instance per document, paragraphs fed in document order.
 */
final class DocxNumbering {

    private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

    private final boolean present;
    private final DocxStyles styles;
    /** {@code w:num} by numId and {@code w:abstractNum} by abstractNumId (the first of each id). */
    private final Map<BigInteger, Element> nums = new HashMap<>();
    private final Map<BigInteger, Element> abstractNums = new HashMap<>();
    /** Counters per abstract numbering definition, nine levels each; 0 = not started. */
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> overridesApplied = new HashSet<>();

    /** @param root the {@code w:numbering} element, or null when the document has no numbering part */
    DocxNumbering(Element root, DocxStyles styles) {
        this.present = root != null;
        this.styles = styles;
        if (root != null) {
            for (Element n : WordXml.children(root, "num")) {
                BigInteger id = WordXml.number(WordXml.attribute(n, "numId"));
                if (id != null) {
                    nums.putIfAbsent(id, n);
                }
            }
            for (Element a : WordXml.children(root, "abstractNum")) {
                BigInteger id = WordXml.number(WordXml.attribute(a, "abstractNumId"));
                if (id != null) {
                    abstractNums.putIfAbsent(id, a);
                }
            }
        }
    }

    /** The number text of a paragraph ({@code w:p}), advancing the counters; null when it is not numbered or a bullet. */
    String next(Element paragraph) {
        if (!present) {
            return null;
        }
        Element pPr = WordXml.child(paragraph, "pPr");
        Element numPr = WordXml.child(pPr, "numPr");
        BigInteger numId = WordXml.childNumber(numPr, "numId");
        BigInteger ilvl = WordXml.childNumber(numPr, "ilvl");
        if (numId == null) {
            Element fromStyle = styles.numberingProperties(WordXml.childValue(pPr, "pStyle"));
            if (fromStyle == null || WordXml.child(fromStyle, "numId") == null) {
                return null;
            }
            numId = WordXml.childNumber(fromStyle, "numId");
            ilvl = WordXml.childNumber(fromStyle, "ilvl");
        }
        if (numId == null || numId.signum() == 0) {
            return null; // numId 0 removes numbering
        }
        Element num = nums.get(numId);
        BigInteger absId = num == null ? null : WordXml.childNumber(num, "abstractNumId");
        Element abs = absId == null ? null : abstractNums.get(absId);
        if (abs == null) {
            return null;
        }
        int level = ilvl == null ? 0 : Math.max(0, Math.min(8, ilvl.intValue()));
        Element[] lvls = new Element[9];
        for (Element l : WordXml.children(abs, "lvl")) {
            BigInteger i = WordXml.number(WordXml.attribute(l, "ilvl"));
            if (i != null && i.signum() >= 0 && i.intValue() < 9) {
                lvls[i.intValue()] = l;
            }
        }
        int[] starts = new int[9];
        for (int i = 0; i < 9; i++) {
            BigInteger start = lvls[i] == null ? null : WordXml.childNumber(lvls[i], "start");
            starts[i] = start != null ? start.intValue() : 1;
        }
        int[] c = counters.computeIfAbsent(absId, k -> new int[9]);
        if (overridesApplied.add(numId)) {
            for (Element o : WordXml.children(num, "lvlOverride")) {
                BigInteger l = WordXml.number(WordXml.attribute(o, "ilvl"));
                BigInteger start = WordXml.childNumber(o, "startOverride");
                if (l != null && start != null && l.signum() >= 0 && l.intValue() < 9) {
                    c[l.intValue()] = start.intValue() - 1;
                }
            }
        }
        c[level] = c[level] == 0 ? starts[level] : c[level] + 1;
        for (int i = level + 1; i < 9; i++) {
            c[i] = 0;
        }
        Element lvl = lvls[level];
        if (lvl == null) {
            return NumberFormats.format("decimal", c[level]) + ".";
        }
        String fmt = format(lvl);
        if (fmt.equals("bullet")) {
            return null;
        }
        String lvlText = WordXml.childValue(lvl, "lvlText");
        String template = lvlText == null ? "%" + (level + 1) : lvlText;
        boolean legal = WordXml.child(lvl, "isLgl") != null;
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int l = m.group(1).charAt(0) - '1';
            int value = c[l] == 0 ? starts[l] : c[l];
            String f = l == level ? fmt : legal ? "decimal" : lvls[l] != null ? format(lvls[l]) : "decimal";
            String s = NumberFormats.format(f, value);
            m.appendReplacement(b, Matcher.quoteReplacement(s == null ? "" : s));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String format(Element lvl) {
        String f = WordXml.childValue(lvl, "numFmt");
        return f == null ? "decimal" : f.strip();
    }
}
