package org.govdoc.read.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Navigation of WordprocessingML as DOM: children in the {@code w:} namespace and their {@code w:val}. */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordXml() {
    }

    /** True when the node is a {@code w:} element of this local name. */
    static boolean is(Node n, String localName) {
        return n.getNodeType() == Node.ELEMENT_NODE && W.equals(n.getNamespaceURI()) && localName.equals(n.getLocalName());
    }

    /** The first {@code w:} child element of this local name, or null. */
    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, localName)) {
                return (Element) c;
            }
        }
        return null;
    }

    /** The {@code w:} child elements of this local name, in order. */
    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, localName)) {
                out.add((Element) c);
            }
        }
        return out;
    }

    /** A {@code w:} attribute, or null when absent. */
    static String attribute(Element e, String localName) {
        return e != null && e.hasAttributeNS(W, localName) ? e.getAttributeNS(W, localName) : null;
    }

    /** The {@code w:val} of the first child of this name, or null. */
    static String childValue(Element parent, String localName) {
        return attribute(child(parent, localName), "val");
    }

    /** A decimal number attribute (xsd:integer, whitespace collapsed), or null when absent or not a number. */
    static BigInteger number(String s) {
        if (s == null) {
            return null;
        }
        try {
            String t = s.strip();
            return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The {@code w:val} of the first child of this name as a number, or null. */
    static BigInteger childNumber(Element parent, String localName) {
        return number(childValue(parent, localName));
    }
}
