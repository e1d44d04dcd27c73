package org.govdoc.read.xhtml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.TableBuilder;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into blocks: p, h1..h6, li, div, pre... into paragraphs (headings with
 * their level), table/tr/td/th with rowspan and colspan into tables; {@code <br>} inside a cell
 * becomes '\n', paragraphs inside a cell become lines. A table nested in a cell is flattened into
 * that cell, one line per nested row.
 */
final class BlockHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "pre", "blockquote", "dd", "dt",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "section", "article", "header", "footer",
            "caption", "address", "center", "tbody", "thead", "tfoot", "body", "hr");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title", "noscript", "template");

    /** A line break the document asked for (br, a paragraph inside a cell), kept through whitespace collapsing. */
    private static final char BREAK = '\u2028';
    /** A source line break between two Chinese characters is layout: browsers show nothing there. */
    private static final Pattern CJK_SOURCE_BREAK =
            Pattern.compile("(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\uFF01-\\uFF60])[ \\t]*[\\r\\n][ \\t\\r\\n]*"
                    + "(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\uFF01-\\uFF60])");
    private static final Pattern SOURCE_WHITESPACE = Pattern.compile("[ \\t\\r\\n\\f]+");

    private final DocumentBuilder out;
    private final StringBuilder paragraph = new StringBuilder();
    private Integer headingLevel;

    /** Tables being built, innermost on top; nested tables inside a cell are flattened. */
    private final Deque<TableBuilder> tables = new ArrayDeque<>();
    private StringBuilder cell;
    private int cellRowSpan = 1;
    private int cellColSpan = 1;
    /** Depth of tables nested inside the current cell (flattened into it). */
    private int nestedDepth;
    private int skipDepth;

    BlockHandler(DocumentBuilder out) {
        this.out = out;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (skipDepth > 0 || SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        if (nestedDepth > 0) {
            switch (name) {
                case "table" -> nestedDepth++;
                case "td", "th" -> appendSeparator(cell, ' ');
                case "tr", "br", "p", "div", "li" -> appendSeparator(cell, BREAK);
                default -> {
                }
            }
            return;
        }
        switch (name) {
            case "table" -> {
                if (cell != null) {
                    nestedDepth = 1;
                    appendSeparator(cell, BREAK);
                } else {
                    flushParagraph();
                    tables.push(new TableBuilder());
                }
            }
            case "tr" -> {
                if (!tables.isEmpty()) {
                    tables.peek().row();
                }
            }
            case "td", "th" -> {
                if (!tables.isEmpty()) {
                    cell = new StringBuilder();
                    cellRowSpan = span(atts, "rowspan");
                    cellColSpan = span(atts, "colspan");
                }
            }
            case "br" -> {
                if (cell != null) {
                    cell.append(BREAK);
                } else {
                    paragraph.append(BREAK);
                }
            }
            default -> {
                if (BLOCKS.contains(name)) {
                    if (cell != null) {
                        appendSeparator(cell, BREAK);
                    } else {
                        flushParagraph();
                        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                            headingLevel = name.charAt(1) - '0';
                        }
                    }
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (nestedDepth > 0) {
            if (name.equals("table")) {
                nestedDepth--;
                if (nestedDepth == 0) {
                    appendSeparator(cell, BREAK);
                }
            } else if (name.equals("tr")) {
                appendSeparator(cell, BREAK);
            }
            return;
        }
        switch (name) {
            case "td", "th" -> {
                if (cell != null && !tables.isEmpty()) {
                    tables.peek().cell(collapse(cell.toString()), cellRowSpan, cellColSpan);
                }
                cell = null;
            }
            case "table" -> {
                if (!tables.isEmpty()) {
                    TableBuilder tb = tables.pop();
                    out.table(tb);
                }
            }
            default -> {
                if (BLOCKS.contains(name)) {
                    if (cell != null) {
                        appendSeparator(cell, BREAK);
                    } else {
                        flushParagraph();
                    }
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        if (cell != null) {
            cell.append(ch, start, length);
        } else if (tables.isEmpty()) {
            paragraph.append(ch, start, length);
        }
        // text directly inside <table>/<tr> but outside any cell is layout whitespace
    }

    @Override
    public void endDocument() {
        flushParagraph();
    }

    private void flushParagraph() {
        if (paragraph.length() > 0) {
            out.paragraph(collapse(paragraph.toString()), headingLevel, null);
            paragraph.setLength(0);
        }
        headingLevel = null;
    }

    private static void appendSeparator(StringBuilder b, char sep) {
        if (b != null && b.length() > 0 && b.charAt(b.length() - 1) != sep && b.charAt(b.length() - 1) != BREAK) {
            b.append(sep);
        }
    }

    /**
     * Source whitespace as a browser shows it: runs collapsed to one space, a source line break
     * between Chinese characters dropped; requested breaks (br, paragraphs in cells) become '\n'.
     */
    static String collapse(String s) {
        String t = CJK_SOURCE_BREAK.matcher(s).replaceAll("");
        t = SOURCE_WHITESPACE.matcher(t).replaceAll(" ");
        return t.replace(BREAK, '\n');
    }

    private static int span(Attributes atts, String name) {
        String v = null;
        for (int i = 0; i < atts.getLength(); i++) {
            String n = atts.getLocalName(i);
            if (n == null || n.isEmpty()) {
                n = atts.getQName(i);
            }
            if (name.equalsIgnoreCase(n)) {
                v = atts.getValue(i);
                break;
            }
        }
        if (v == null) {
            return 1;
        }
        try {
            int s = Integer.parseInt(v.strip());
            return Math.max(1, Math.min(s, 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        int colon = n.indexOf(':');
        return (colon >= 0 ? n.substring(colon + 1) : n).toLowerCase(Locale.ROOT);
    }
}
