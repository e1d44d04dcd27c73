package org.govdoc.read.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.govdoc.read.HeadingStyles;
import org.w3c.dom.Element;

/**
 * A document's paragraph style definitions ({@code styles.xml}), looked up by style id and followed
 * up their {@code basedOn} chain: what makes a paragraph a heading, and numbering given by a style.
 */
final class DocxStyles {

    /** Deepest {@code basedOn} chain followed (a loop in a damaged file ends here). */
    private static final int MAX_DEPTH = 10;

    private record Style(String name, String basedOn, Element pPr) {
    }

    private final Map<String, Style> byId = new HashMap<>();

    /** @param root the {@code w:styles} element, or null when the document has none */
    DocxStyles(Element root) {
        if (root == null) {
            return;
        }
        for (Element s : WordXml.children(root, "style")) {
            String id = WordXml.attribute(s, "styleId");
            if (id != null) {
                byId.putIfAbsent(id, new Style(WordXml.childValue(s, "name"), WordXml.childValue(s, "basedOn"),
                        WordXml.child(s, "pPr")));
            }
        }
    }

    /**
     * The heading level (1–9) of a paragraph with these properties: its own outline level, else the
     * first style up the chain that is a heading by name ("heading 2", "标题 2") or by outline level.
     */
    Integer headingLevel(Element pPr) {
        Integer own = outline(pPr);
        if (own != null) {
            return own;
        }
        String id = WordXml.childValue(pPr, "pStyle");
        for (int depth = 0; id != null && depth < MAX_DEPTH; depth++) {
            Style style = byId.get(id);
            if (style == null) {
                return null;
            }
            if (style.name() != null) {
                Integer heading = HeadingStyles.levelOf(style.name());
                if (heading != null) {
                    return heading;
                }
            }
            Integer level = outline(style.pPr());
            if (level != null) {
                return level;
            }
            id = style.basedOn();
        }
        return null;
    }

    /** The {@code w:numPr} of the first style up the chain from this style id that has one, or null. */
    Element numberingProperties(String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && depth < MAX_DEPTH; depth++) {
            Style style = byId.get(id);
            if (style == null) {
                return null;
            }
            Element numPr = WordXml.child(style.pPr(), "numPr");
            if (numPr != null) {
                return numPr;
            }
            id = style.basedOn();
        }
        return null;
    }

    /** Outline level 0..8 → heading 1..9; 9 (body text) and absent → null. */
    private static Integer outline(Element pPr) {
        BigInteger v = WordXml.childNumber(pPr, "outlineLvl");
        if (v == null) {
            return null;
        }
        int level = v.intValue();
        return level >= 0 && level <= 8 ? level + 1 : null;
    }
}
