package org.govdoc.read.odt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.Failures;
import org.govdoc.read.MetadataValues;
import org.govdoc.read.ReadContext;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.TableBuilder;
import org.govdoc.read.ZipInflation;
import org.govdoc.record.ErrorCode;

/**
 * Reads OpenDocument text (.odt) straight from its {@code content.xml} with StAX, because Tika's
 * ODF output mixes the page headers and footers of {@code styles.xml} into the body. Paragraphs
 * and headings ({@code text:outline-level}) in order; tables with {@code number-columns-spanned}
 * and {@code number-rows-spanned} as spans (covered cells dropped); line breaks, tabs and
 * {@code text:s} spaces kept; list numbers rebuilt from the list styles ("一、" "（一）"), since ODT
 * stores them as styles; footnotes, annotations and tracked deletions left out. A table in a cell
 * is flattened into the cell, one line per row.
 */
public final class OdtReader implements DocumentReader {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    /** Elements whose text is not body text. */
    private static final Set<String> SKIP = Set.of("note", "annotation", "tracked-changes", "sequence-decls",
            "variable-decls", "user-field-decls", "automatic-styles", "font-face-decls", "forms", "desc", "title");
    /** Repeated rows/cells are expanded up to this count (spreadsheets repeat empty cells by the thousand). */
    private static final int MAX_REPEAT = 64;

    /** A factory per file: StAX factories are not promised to be thread-safe. */
    private static XMLInputFactory xmlFactory() {
        XMLInputFactory xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return xml;
    }

    @Override
    public Document read(Path file, String mediaType, ReadContext context) throws ReadFailure, IOException {
        XMLInputFactory xml = xmlFactory();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            // ZIP bombs: parts declared out of proportion are refused before reading, and every part is
            // read through a stream that stops past 100 times its compressed size (ZipInflation)
            for (String part : PARTS) {
                ZipEntry e = zip.getEntry(part);
                if (e != null) {
                    ZipInflation.checkDeclared(e, WHAT);
                }
            }
            ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
            if (manifest != null) {
                try (InputStream in = limited(zip, manifest)) {
                    String m = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
                    if (m.contains("encryption-data")) {
                        throw new ReadFailure(ErrorCode.ENCRYPTED,
                                "The OpenDocument text (ODT) file is protected by a password and cannot be read.");
                    }
                }
            }
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new ReadFailure(ErrorCode.CORRUPT,
                        "The OpenDocument text (ODT) file is damaged: it has no content.xml.");
            }
            DocumentBuilder out = new DocumentBuilder(context);
            try (InputStream in = limited(zip, content)) {
                XMLStreamReader r = xml.createXMLStreamReader(in);
                try {
                    new Body(out, OdtListStyles.read(zip, xml)).read(r);
                } finally {
                    r.close();
                }
            } catch (XMLStreamException | IOException e) {
                ZipInflation.Exceeded exceeded = exceeded(e);
                if (exceeded != null) {
                    throw ZipInflation.bomb(WHAT, content.getName(), exceeded.inflated());
                }
                if (e instanceof IOException io) {
                    throw io;
                }
                throw new ReadFailure(ErrorCode.CORRUPT,
                        "The OpenDocument text (ODT) file is damaged: " + Failures.detail(e), e);
            }
            return out.build(metadata(zip, xml, mediaType));
        } catch (ZipInflation.Exceeded e) { // the manifest
            throw ZipInflation.bomb(WHAT, "META-INF/manifest.xml", e.inflated());
        }
    }

    /** What a refused ODT is called in its message. */
    private static final String WHAT = "OpenDocument text (ODT) file";
    /** The parts read. */
    private static final String[] PARTS = {"META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"};

    /** The part's bytes, stopped once they inflate past 100 times the compressed size ({@link ZipInflation}). */
    static InputStream limited(ZipFile zip, ZipEntry entry) throws IOException {
        return ZipInflation.limited(zip.getInputStream(entry), entry);
    }

    /** The inflation limit behind a parser's exception, if that is what stopped it. */
    private static ZipInflation.Exceeded exceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ZipInflation.Exceeded x) {
                return x;
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof ZipInflation.Exceeded n) {
                return n;
            }
        }
        return null;
    }

    /** The state of reading one content.xml. */
    private static final class Body {
        private final DocumentBuilder out;
        private final Deque<TableBuilder> tables = new ArrayDeque<>();
        private StringBuilder paragraph;
        private Integer heading;
        private int paragraphDepth;
        private StringBuilder cell;
        private int rowSpan;
        private int colSpan;
        private int cellRepeat;
        private int nested;
        private int skip;
        private boolean inBody;

        private final OdtListStyles listStyles;
        /** Open text:list elements: their style names (inherited by nested lists). */
        private final Deque<String> lists = new ArrayDeque<>();
        private final Map<String, int[]> counters = new HashMap<>();
        /** The number of the list item whose first paragraph has not started yet. */
        private String pendingNumber;

        Body(DocumentBuilder out, OdtListStyles listStyles) {
            this.out = out;
            this.listStyles = listStyles;
        }

        void read(XMLStreamReader r) throws XMLStreamException {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    start(r);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    end(r.getNamespaceURI(), r.getLocalName());
                } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && skip == 0) {
                    text(r.getText());
                }
            }
        }

        private void start(XMLStreamReader r) {
            String ns = r.getNamespaceURI();
            String name = r.getLocalName();
            if (OFFICE.equals(ns) && name.equals("body")) {
                inBody = true;
                return;
            }
            if (skip > 0 || !inBody || SKIP.contains(name)) {
                if (inBody || skip > 0) {
                    skip++;
                }
                return;
            }
            if (TEXT.equals(ns)) {
                switch (name) {
                    case "p", "h" -> {
                        if (paragraphDepth++ > 0) {
                            text("\n"); // a paragraph inside a paragraph (text box): its own line
                        } else {
                            paragraph = new StringBuilder();
                            heading = name.equals("h") ? intAttr(r, TEXT, "outline-level", 1) : null;
                            if (pendingNumber != null) {
                                paragraph.append(pendingNumber);
                                paragraph.append(endsWithPunctuation(pendingNumber) ? "" : " ");
                                pendingNumber = null;
                            }
                        }
                    }
                    case "list" -> {
                        String style = r.getAttributeValue(TEXT, "style-name");
                        if (style == null) {
                            style = lists.isEmpty() ? "" : lists.peek();
                        }
                        boolean continues = "true".equals(r.getAttributeValue(TEXT, "continue-numbering"))
                                || r.getAttributeValue(TEXT, "continue-list") != null;
                        if (lists.isEmpty() && !continues) {
                            counters.remove(style); // a new top-level list starts counting again
                        }
                        lists.push(style);
                    }
                    case "list-item" -> {
                        if (lists.isEmpty()) {
                            return;
                        }
                        String style = lists.peek();
                        int level = Math.min(10, lists.size());
                        int[] c = counters.computeIfAbsent(style, k -> new int[11]);
                        int startValue = intAttr(r, TEXT, "start-value", 0);
                        c[level] = startValue > 0 ? startValue
                                : c[level] == 0 ? listStyles.start(style, level) : c[level] + 1;
                        for (int i = level + 1; i < c.length; i++) {
                            c[i] = 0;
                        }
                        pendingNumber = listStyles.number(style, level, c);
                    }
                    case "list-header" -> pendingNumber = null;
                    case "line-break" -> text("\n");
                    case "tab" -> text("\t");
                    case "s" -> text(" ".repeat(Math.min(100, intAttr(r, TEXT, "c", 1))));
                    default -> {
                    }
                }
            } else if (TABLE.equals(ns)) {
                switch (name) {
                    case "table" -> {
                        if (cell != null || nested > 0) {
                            nested++;
                        } else {
                            tables.push(new TableBuilder());
                        }
                    }
                    case "table-row" -> {
                        if (nested > 0) {
                            return;
                        }
                        if (!tables.isEmpty()) {
                            tables.peek().row();
                        }
                    }
                    case "table-cell" -> {
                        if (nested > 0) {
                            return;
                        }
                        cell = new StringBuilder();
                        rowSpan = intAttr(r, TABLE, "number-rows-spanned", 1);
                        colSpan = intAttr(r, TABLE, "number-columns-spanned", 1);
                        cellRepeat = intAttr(r, TABLE, "number-columns-repeated", 1);
                    }
                    default -> {
                    }
                }
            }
        }

        private void end(String ns, String name) {
            if (OFFICE.equals(ns) && name.equals("body")) {
                inBody = false;
                return;
            }
            if (skip > 0) {
                skip--;
                return;
            }
            if (!inBody) {
                return;
            }
            if (TEXT.equals(ns) && name.equals("list")) {
                if (!lists.isEmpty()) {
                    lists.pop();
                }
                return;
            }
            if (TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
                if (--paragraphDepth > 0) {
                    return;
                }
                String t = paragraph == null ? "" : paragraph.toString();
                paragraph = null;
                if (nested > 0 || cell != null) {
                    if (cell != null && !t.isBlank()) {
                        if (cell.length() > 0 && cell.charAt(cell.length() - 1) != '\n') {
                            cell.append(nested > 0 ? ' ' : '\n');
                        }
                        cell.append(t.strip());
                    }
                } else if (tables.isEmpty()) {
                    out.paragraph(t, heading, null);
                }
                heading = null;
            } else if (TABLE.equals(ns)) {
                switch (name) {
                    case "table" -> {
                        if (nested > 0) {
                            nested--;
                            if (cell != null) {
                                cell.append('\n');
                            }
                        } else if (!tables.isEmpty()) {
                            out.table(tables.pop());
                        }
                    }
                    case "table-row" -> {
                        if (nested > 0 && cell != null && cell.length() > 0
                                && cell.charAt(cell.length() - 1) != '\n') {
                            cell.append('\n');
                        }
                    }
                    case "table-cell" -> {
                        if (nested > 0 || cell == null || tables.isEmpty()) {
                            return;
                        }
                        String t = cell.toString();
                        int repeat = t.isBlank() && cellRepeat > 1 ? 1 : Math.min(cellRepeat, MAX_REPEAT);
                        for (int i = 0; i < repeat; i++) {
                            tables.peek().cell(t, rowSpan, colSpan);
                        }
                        cell = null;
                    }
                    default -> {
                    }
                }
            }
        }

        private static boolean endsWithPunctuation(String n) {
            char c = n.isEmpty() ? ' ' : n.charAt(n.length() - 1);
            return c == '.' || c == '、' || c == '）' || c == ')' || c == '．' || c == '：' || c == ':';
        }

        private void text(String s) {
            if (paragraph != null) {
                paragraph.append(s);
            }
        }

        private static int intAttr(XMLStreamReader r, String ns, String name, int dflt) {
            String v = r.getAttributeValue(ns, name);
            if (v == null) {
                return dflt;
            }
            try {
                return Math.max(1, Integer.parseInt(v.strip()));
            } catch (NumberFormatException e) {
                return dflt;
            }
        }
    }

    private static DocumentMetadata metadata(ZipFile zip, XMLInputFactory xml, String mediaType) {
        ZipEntry meta = zip.getEntry("meta.xml");
        String title = null;
        String author = null;
        Instant created = null;
        Instant modified = null;
        Integer pages = null;
        if (meta != null) {
            try (InputStream in = limited(zip, meta)) {
                XMLStreamReader r = xml.createXMLStreamReader(in);
                String current = null;
                StringBuilder value = new StringBuilder();
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        current = r.getNamespaceURI() + "|" + r.getLocalName();
                        value.setLength(0);
                        if (current.equals(META + "|document-statistic")) {
                            String p = r.getAttributeValue(META, "page-count");
                            if (p != null && p.matches("\\d{1,6}") && Integer.parseInt(p) > 0) {
                                pages = Integer.parseInt(p);
                            }
                        }
                    } else if (ev == XMLStreamConstants.CHARACTERS && current != null) {
                        value.append(r.getText());
                    } else if (ev == XMLStreamConstants.END_ELEMENT && current != null) {
                        String v = value.toString();
                        switch (current) {
                            case DC + "|title" -> title = MetadataValues.text(v);
                            case META + "|initial-creator" -> author = MetadataValues.text(v);
                            case DC + "|creator" -> author = author != null ? author : MetadataValues.text(v);
                            case META + "|creation-date" -> created = MetadataValues.w3cdtf(v);
                            case DC + "|date" -> modified = MetadataValues.w3cdtf(v);
                            default -> {
                            }
                        }
                        current = null;
                    }
                }
                r.close();
            } catch (IOException | XMLStreamException e) {
                // metadata is optional: a damaged meta.xml costs the metadata, not the text
            }
        }
        return new DocumentMetadata(title, author, created, modified, pages, mediaType);
    }
}
