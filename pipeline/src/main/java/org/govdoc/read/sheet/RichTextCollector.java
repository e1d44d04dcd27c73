package org.govdoc.read.sheet;

import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;

/**
 * Collects the text of one rich-text string element (CT_Rst: a shared string's {@code <si>}, an
 * inline string's {@code <is>}) from SAX events, as POI's {@code XSSFRichTextString.getString()}
 * gives it: the runs' texts ({@code <r><t>}) when there are runs, else the plain {@code <t>};
 * phonetic runs ({@code <rPh>}) are not text; {@code _xHHHH_} escapes are decoded. Like POI it takes
 * the first {@code <t>} of the string and of each run, writes a run without {@code <t>} as "null",
 * and gives null for a string without runs or {@code <t>}. One collector serves every string of a part.
 *
 * <p>POI also rewrites a run's font when its {@code <rFont>} names a font of the styles part
 * ({@code val="#3"}), and fails on such a number or a missing name; a string with such a run is
 * marked ({@link #fontReference()}) for the workbook model to read.
 */
final class RichTextCollector {

    private final StringBuilder chars = new StringBuilder();
    /** Depth below the string element: 1 for its children, 2 for a run's children. */
    private int depth;
    private String plain;
    private boolean plainSeen;
    private StringBuilder runs;
    private boolean inRun;
    private boolean runHasText;
    private boolean runHasProperties;
    private boolean propertiesHaveFont;
    private boolean fontReference;
    /** Depth of the {@code <t>} whose characters are collected, 0 when none. */
    private int captureDepth;

    /** Starts a new string, at its {@code <si>} or {@code <is>} element. */
    void start() {
        depth = 0;
        plain = null;
        plainSeen = false;
        runs = null;
        inRun = false;
        captureDepth = 0;
        fontReference = false;
    }

    /** An element inside the string; {@code main} tells whether it is in the SpreadsheetML namespace. */
    void startElement(boolean main, String localName, Attributes atts) {
        depth++;
        if (!main || captureDepth > 0) {
            return;
        }
        if (depth == 1 && localName.equals("t") && !plainSeen) {
            plainSeen = true;
            capture();
        } else if (depth == 1 && localName.equals("r")) {
            inRun = true;
            runHasText = false;
            runHasProperties = false;
            if (runs == null) {
                runs = new StringBuilder();
            }
        } else if (depth == 2 && inRun && localName.equals("t") && !runHasText) {
            runHasText = true;
            capture();
        } else if (depth == 2 && inRun && localName.equals("rPr") && !runHasProperties) {
            runHasProperties = true;
            propertiesHaveFont = false;
        } else if (depth == 3 && runHasProperties && localName.equals("rFont") && !propertiesHaveFont) {
            propertiesHaveFont = true;
            String name = atts.getValue("", "val");
            fontReference |= name == null || name.startsWith("#");
        }
    }

    void endElement() {
        if (depth == captureDepth) {
            captureDepth = 0;
            if (depth == 1) {
                plain = chars.toString();
            } else {
                runs.append(chars);
            }
        } else if (depth == 1 && inRun) {
            if (!runHasText) {
                runs.append((String) null); // POI concatenates the runs' texts, a missing one as "null"
            }
            inRun = false;
        } else if (depth == 2 && runHasProperties) {
            propertiesHaveFont = true; // only the first <rPr> of a run counts
        }
        depth--;
    }

    void characters(char[] ch, int start, int length) {
        if (captureDepth > 0) {
            chars.append(ch, start, length);
        }
    }

    /** True when a run's font names a font by number, or has no name (see the class comment). */
    boolean fontReference() {
        return fontReference;
    }

    /** The string's text; null when it has neither runs nor a plain text. */
    String text() {
        return decode(runs != null ? runs.toString() : plain);
    }

    private void capture() {
        captureDepth = depth;
        chars.setLength(0);
    }

    /** POI's decoding of {@code _xHHHH_} escapes, which every string value of a cell goes through. */
    static String decode(String s) {
        if (s == null || !s.contains("_x")) {
            return s;
        }
        return new XSSFRichTextString(s).getString();
    }
}
