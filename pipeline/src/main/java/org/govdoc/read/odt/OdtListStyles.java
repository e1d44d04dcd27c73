package org.govdoc.read.odt;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.govdoc.read.NumberFormats;

/**
 * The numbered list styles of an ODT ({@code text:list-style} in styles.xml and in content.xml's
 * automatic styles), and the numbers their levels print. ODT stores list numbers as styles, not
 * as text, so the reader counts list items itself.
 */
final class OdtListStyles {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    /** One numbered level: format ("1", "一, 二, 三, ..."), prefix, suffix, levels shown, start. */
    record Level(String format, String prefix, String suffix, int displayLevels, int start) {
    }

    private final Map<String, Level[]> styles = new HashMap<>();

    static OdtListStyles read(ZipFile zip, XMLInputFactory xml) {
        OdtListStyles s = new OdtListStyles();
        for (String part : new String[] {"styles.xml", "content.xml"}) {
            ZipEntry e = zip.getEntry(part);
            if (e == null) {
                continue;
            }
            try (InputStream in = OdtReader.limited(zip, e)) { // a bomb stops here; content.xml is refused by the reader
                s.parse(xml.createXMLStreamReader(in));
            } catch (IOException | XMLStreamException ex) {
                // without list styles the paragraphs just lose their numbers
            }
        }
        return s;
    }

    private void parse(XMLStreamReader r) throws XMLStreamException {
        Level[] current = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT && TEXT.equals(r.getNamespaceURI())) {
                String name = r.getLocalName();
                if (name.equals("list-style")) {
                    current = new Level[11];
                    String styleName = r.getAttributeValue(STYLE, "name");
                    if (styleName != null) {
                        styles.put(styleName, current);
                    }
                } else if (name.equals("list-level-style-number") && current != null) {
                    int level = intAttr(r.getAttributeValue(TEXT, "level"), 1);
                    if (level >= 1 && level <= 10) {
                        current[level] = new Level(nz(r.getAttributeValue(STYLE, "num-format")),
                                nz(r.getAttributeValue(STYLE, "num-prefix")), nz(r.getAttributeValue(STYLE, "num-suffix")),
                                intAttr(r.getAttributeValue(TEXT, "display-levels"), 1),
                                intAttr(r.getAttributeValue(TEXT, "start-value"), 1));
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && TEXT.equals(r.getNamespaceURI())
                    && r.getLocalName().equals("list-style")) {
                current = null;
            }
        }
        r.close();
    }

    /** The level definition, or null for bullets, unknown styles and levels. */
    Level level(String style, int level) {
        Level[] l = style == null ? null : styles.get(style);
        return l == null || level < 1 || level > 10 ? null : l[level];
    }

    /** The printed number of an item at {@code level} (1-based) given the counters of levels 1..10. */
    String number(String style, int level, int[] counters) {
        Level l = level(style, level);
        if (l == null || l.format().isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(l.prefix());
        int first = Math.max(1, level - l.displayLevels() + 1);
        for (int i = first; i <= level; i++) {
            Level li = level(style, i);
            String f = li == null ? "1" : li.format();
            b.append(format(f, Math.max(1, counters[i])));
            if (i < level) {
                b.append('.');
            }
        }
        return b.append(l.suffix()).toString();
    }

    int start(String style, int level) {
        Level l = level(style, level);
        return l == null ? 1 : l.start();
    }

    private static String format(String odfFormat, int n) {
        String fmt = switch (odfFormat.isEmpty() ? "" : odfFormat.substring(0, 1)) {
            case "I" -> "upperRoman";
            case "i" -> "lowerRoman";
            case "A" -> "upperLetter";
            case "a" -> "lowerLetter";
            case "一" -> "chineseCounting";
            case "壹" -> "chineseLegalSimplified";
            case "甲" -> "ideographTraditional";
            case "子" -> "ideographZodiac";
            case "①" -> "decimalEnclosedCircle";
            case "１" -> "decimalFullWidth";
            default -> "decimal";
        };
        String s = NumberFormats.format(fmt, n);
        return s == null ? "" : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static int intAttr(String v, int dflt) {
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
