package org.govdoc.read.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.govdoc.read.NumberFormats;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The numbers Word prints in front of numbered paragraphs ("1." "（一）" "第一章"), computed the way
 * Word does: one counter per list definition and level, deeper levels restarting when a higher
 * level advances, {@code lvlText} templates such as "（%1）" filled with each level's format,
 * {@code startOverride} honoured. The numbering may come from the paragraph or from its style.
 * Stateful: one instance per document, paragraphs fed in document order.
 */
final class DocxNumbering {

    private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    /** Counters per abstract numbering definition, nine levels each; 0 = not started. */
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> overridesApplied = new HashSet<>();

    DocxNumbering(XWPFNumbering numbering, XWPFStyles styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /** The number text of a paragraph, advancing the counters; null when it is not numbered or a bullet. */
    String next(XWPFParagraph p) {
        if (numbering == null) {
            return null;
        }
        BigInteger numId = p.getNumID();
        BigInteger ilvl = p.getNumIlvl();
        if (numId == null) {
            CTNumPr fromStyle = styleNumPr(p.getStyleID());
            if (fromStyle == null || fromStyle.getNumId() == null) {
                return null;
            }
            numId = fromStyle.getNumId().getVal();
            ilvl = fromStyle.getIlvl() == null ? null : fromStyle.getIlvl().getVal();
        }
        if (numId == null || numId.signum() == 0) {
            return null; // numId 0 removes numbering
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        BigInteger absId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abs = numbering.getAbstractNum(absId);
        if (abs == null) {
            return null;
        }
        CTAbstractNum ct = abs.getCTAbstractNum();
        int level = ilvl == null ? 0 : Math.max(0, Math.min(8, ilvl.intValue()));
        CTLvl[] lvls = new CTLvl[9];
        for (CTLvl l : ct.getLvlArray()) {
            if (l.getIlvl() != null && l.getIlvl().intValue() >= 0 && l.getIlvl().intValue() < 9) {
                lvls[l.getIlvl().intValue()] = l;
            }
        }
        int[] starts = new int[9];
        for (int i = 0; i < 9; i++) {
            starts[i] = lvls[i] != null && lvls[i].getStart() != null && lvls[i].getStart().getVal() != null
                    ? lvls[i].getStart().getVal().intValue() : 1;
        }
        int[] c = counters.computeIfAbsent(absId, k -> new int[9]);
        if (overridesApplied.add(numId)) {
            for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
                CTDecimalNumber start = o.getStartOverride();
                if (o.getIlvl() != null && start != null && start.getVal() != null) {
                    int l = o.getIlvl().intValue();
                    if (l >= 0 && l < 9) {
                        c[l] = start.getVal().intValue() - 1;
                    }
                }
            }
        }
        c[level] = c[level] == 0 ? starts[level] : c[level] + 1;
        for (int i = level + 1; i < 9; i++) {
            c[i] = 0;
        }
        CTLvl lvl = lvls[level];
        if (lvl == null) {
            return NumberFormats.format("decimal", c[level]) + ".";
        }
        String fmt = lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal"
                : lvl.getNumFmt().getVal().toString();
        if (fmt.equals("bullet")) {
            return null;
        }
        String template = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "%" + (level + 1)
                : lvl.getLvlText().getVal();
        boolean legal = lvl.getIsLgl() != null;
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int l = m.group(1).charAt(0) - '1';
            int value = c[l] == 0 ? starts[l] : c[l];
            String f = l == level ? fmt : legal ? "decimal"
                    : lvls[l] != null && lvls[l].getNumFmt() != null && lvls[l].getNumFmt().getVal() != null
                    ? lvls[l].getNumFmt().getVal().toString() : "decimal";
            String s = NumberFormats.format(f, value);
            m.appendReplacement(b, Matcher.quoteReplacement(s == null ? "" : s));
        }
        m.appendTail(b);
        return b.toString();
    }

    private CTNumPr styleNumPr(String styleId) {
        for (int depth = 0; styleId != null && styles != null && depth < 10; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return null;
            }
            CTStyle ct = style.getCTStyle();
            CTPPrBase ppr = ct == null ? null : ct.getPPr();
            if (ppr != null && ppr.isSetNumPr()) {
                return ppr.getNumPr();
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }
}
