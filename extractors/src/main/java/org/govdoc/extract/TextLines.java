package org.govdoc.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govdoc.model.Block;
import org.govdoc.model.Document;
import org.govdoc.model.Location;
import org.govdoc.model.Paragraph;
import org.govdoc.text.ChineseText;

/**
 * The running text of a document as cleaned lines: paragraphs in reading order, spaces that PDF
 * and OCR put between Chinese characters removed, page numbers standing alone left out, line
 * breaks inside a paragraph joined unless the next line starts something of its own (a numbered
 * item, a label such as 牵头单位：).
 */
public final class TextLines {

    /** One line of running text with the location of its paragraph. */
    public record Line(String text, Location location, Integer headingLevel) {
    }

    /** Page numbers and page counters standing alone on a line (— 3 —, -12-, 第3页 共9页, 3/9). */
    private static final Pattern PAGE_FURNITURE = Pattern.compile(
            "^[-－—–_\\s]*[0-9０-９]{1,4}[-－—–_\\s]*$|^第\\s*[0-9０-９]{1,4}\\s*页(?:\\s*[，,/]?\\s*共\\s*[0-9０-９]{1,4}\\s*页)?$"
                    + "|^[0-9０-９]{1,4}\\s*/\\s*[0-9０-９]{1,4}$");

    /** A line break, as {@code \R} matches it (the line breaks {@link #hasLineBreak} looks for). */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private TextLines() {
    }

    /** Every page number or counter has a digit, ASCII or full-width. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '\n', '\u000B', '\f', '\r', '\u0085', '\u2028', '\u2029':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** True for a page number or page counter standing alone (left out of the lines). */
    public static boolean isPageFurniture(String line) {
        return line != null && hasDigit(line) && PAGE_FURNITURE.matcher(line.strip()).matches();
    }

    /** Whitespace collapsed and removed between Chinese characters; full-width forms kept as written. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        return ChineseText.removeSpacesInsideCjk(ChineseText.collapseWhitespace(s));
    }

    /** The paragraphs of the document as lines; a paragraph's inner line breaks split it only before {@code starts}. */
    public static List<Line> of(Document doc, Pattern starts) {
        List<Line> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                addParagraph(out, p, starts);
            }
        }
        return out;
    }

    /** The lines of one paragraph. */
    public static void addParagraph(List<Line> out, Paragraph p, Pattern starts) {
        String text = p.text();
        String[] parts = hasLineBreak(text) ? LINE_BREAK.split(text) : new String[] {text};
        StringBuilder cur = null;
        for (String raw : parts) {
            String t = clean(raw);
            if (t.isEmpty() || isPageFurniture(t)) {
                continue;
            }
            if (cur == null) {
                cur = new StringBuilder(t);
            } else if (starts != null && starts.matcher(t).lookingAt()) {
                out.add(new Line(cur.toString(), p.location(), p.headingLevel()));
                cur = new StringBuilder(t);
            } else {
                cur.append(t);
            }
        }
        if (cur != null) {
            out.add(new Line(cur.toString(), p.location(), p.headingLevel()));
        }
    }
}
