package org.govdoc.read.sheet;

import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Collects the text of one rich-text string element (CT_Rst: a shared string's {@code <si>}, an
 * inline string's {@code <is>}) from SAX events, as POI's {@code XSSFRichTextString.getString()}
 * gives it: the runs' texts ({@code <r><t>}) when there are runs, else the plain {@code <t>};
 * phonetic runs ({@code <rPh>}) are not text; {@code _xHHHH_} escapes are decoded. Like POI it takes
 * the first {@code <t>} of the string and of each run, writes a run without {@code <t>} as "null",
 * and gives null for a string without runs or {@code <t>}. One collector serves every string of a part.
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
    }

    /** An element inside the string; {@code main} tells whether it is in the SpreadsheetML namespace. */
    void startElement(boolean main, String localName) {
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
            if (runs == null) {
                runs = new StringBuilder();
            }
        } else if (depth == 2 && inRun && localName.equals("t") && !runHasText) {
            runHasText = true;
            capture();
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
        }
        depth--;
    }

    void characters(char[] ch, int start, int length) {
        if (captureDepth > 0) {
            chars.append(ch, start, length);
        }
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
