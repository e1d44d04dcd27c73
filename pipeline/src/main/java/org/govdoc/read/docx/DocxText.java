package org.govdoc.read.docx;

import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of a Word paragraph as Word shows it, read from the paragraph's XML: text, tabs and
 * line breaks of its runs, inside hyperlinks, fields (results, not instructions), content
 * controls and tracked insertions; tracked deletions, moved-away text and field instructions left
 * out. Text boxes anchored in the paragraph are returned separately (once, although Word stores
 * them twice for old readers), so that they become paragraphs of their own. POI's
 * {@code XWPFParagraph.getText()} keeps deleted text and drops text boxes, hence this class.
 */
final class DocxText {

    private static final String W = WordXml.W;
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private DocxText() {
    }

    /**
     * @param paragraph a {@code w:p} element
     * @param textBoxes receives the text of each text-box paragraph anchored in it
     */
    static String paragraph(Node paragraph, List<String> textBoxes) {
        StringBuilder b = new StringBuilder();
        walk(paragraph, b, textBoxes);
        return b.toString();
    }

    /** The character data directly inside an element (its text and CDATA children). */
    private static void appendText(Node n, StringBuilder b) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(c.getNodeValue());
            }
        }
    }

    private static void walk(Node n, StringBuilder b, List<String> boxes) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            String ns = c.getNamespaceURI();
            String name = c.getLocalName();
            if (MC.equals(ns) && "Fallback".equals(name)) {
                continue; // the same content again, for readers without the Choice's features
            }
            if (!W.equals(ns)) {
                walk(c, b, boxes);
                continue;
            }
            switch (name) {
                case "t" -> appendText(c, b);
                case "tab", "ptab" -> b.append('\t');
                case "cr" -> b.append('\n');
                case "br" -> {
                    String type = ((Element) c).getAttributeNS(W, "type");
                    if (type == null || type.isEmpty() || type.equals("textWrapping")) {
                        b.append('\n');
                    }
                }
                case "noBreakHyphen" -> b.append('-');
                case "sym" -> {
                    String ch = ((Element) c).getAttributeNS(W, "char");
                    try {
                        int cp = Integer.parseInt(ch, 16);
                        // symbol fonts map into the private-use area F0xx; keep the character only if real
                        if (cp < 0xE000 || cp > 0xF8FF) {
                            b.appendCodePoint(cp);
                        }
                    } catch (NumberFormatException e) {
                        // no usable character
                    }
                }
                case "txbxContent" -> {
                    for (Node p = c.getFirstChild(); p != null; p = p.getNextSibling()) {
                        if (p.getNodeType() == Node.ELEMENT_NODE && W.equals(p.getNamespaceURI())
                                && "p".equals(p.getLocalName())) {
                            String t = paragraph(p, boxes);
                            if (!t.isBlank()) {
                                boxes.add(t);
                            }
                        }
                    }
                }
                case "del", "moveFrom", "delText", "instrText", "delInstrText", "rPr", "pPr", "sdtPr",
                     "fldData", "footnoteReference", "endnoteReference", "commentReference",
                     "annotationRef", "object", "rPrChange", "pPrChange" -> {
                    // not displayed text
                }
                default -> walk(c, b, boxes);
            }
        }
    }
}
