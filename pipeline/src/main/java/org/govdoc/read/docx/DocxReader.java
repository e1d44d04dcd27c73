package org.govdoc.read.docx;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.MergedGrid;
import org.govdoc.read.MergedGrid.Merge;
import org.govdoc.read.MergedGrid.Slot;
import org.govdoc.read.MetadataValues;
import org.govdoc.read.ReadContext;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.TableBuilder;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads DOCX from its WordprocessingML ({@link DocxPackage}): body paragraphs and tables in
 * document order; Word heading styles and outline levels as heading levels; automatic list numbers
 * ("1." "（一）") put back in front of their paragraph; tables with exact grid positions
 * ({@code gridBefore}, {@code gridSpan}) and vertical merges ({@code vMerge}) turned into row spans,
 * legacy horizontal merges ({@code hMerge}) into column spans. Content controls ({@code w:sdt}) and
 * custom XML wrappers are read through, as Word shows their content. Nested tables are flattened into
 * their cell, one line per nested row. Headers, footers and footnotes are not body text and are left out.
 */
public final class DocxReader implements DocumentReader {

    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DC_TERMS = "http://purl.org/dc/terms/";
    private static final String EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final AltChunks chunks;

    /** A reader that leaves {@code w:altChunk} parts out. */
    public DocxReader() {
        this(AltChunks.NONE);
    }

    /** @param chunks reads the HTML, MHT, RTF or text part a {@code w:altChunk} imports */
    public DocxReader(AltChunks chunks) {
        this.chunks = chunks;
    }

    @Override
    public Document read(Path file, String mediaType, ReadContext context) throws ReadFailure, IOException {
        try (DocxPackage pkg = DocxPackage.open(file)) {
            return new Reading(pkg, chunks, context).read(mediaType);
        }
    }

    /** The state of reading one document. */
    private static final class Reading {
        private final DocxPackage pkg;
        private final Element body;
        private final DocxStyles styles;
        private final DocxNumbering lists;
        private final DocumentBuilder out;
        private final AltChunks chunks;

        Reading(DocxPackage pkg, AltChunks chunks, ReadContext context) throws ReadFailure, IOException {
            this.pkg = pkg;
            this.chunks = chunks;
            this.out = new DocumentBuilder(context);
            this.body = WordXml.child(pkg.document(), "body");
            this.styles = new DocxStyles(pkg.styles());
            this.lists = new DocxNumbering(pkg.numbering(), styles);
        }

        Document read(String mediaType) throws ReadFailure, IOException {
            if (body != null) {
                blocks(body);
            }
            if (chunkFailure != null) {
                throw chunkFailure;
            }
            return out.build(metadata(mediaType));
        }

        /** The paragraphs and tables of the body (or of a content control in it), in order. */
        private void blocks(Element container) {
            for (Node n = container.getFirstChild(); n != null && !out.full(); n = n.getNextSibling()) {
                if (WordXml.is(n, "p")) {
                    Element p = (Element) n;
                    List<String> boxes = new ArrayList<>();
                    String text = paragraphText(p, boxes);
                    out.paragraph(text, styles.headingLevel(WordXml.child(p, "pPr")), null);
                    for (String box : boxes) {
                        out.paragraph(box, null);
                    }
                } else if (WordXml.is(n, "tbl")) {
                    out.table(table((Element) n));
                } else if (WordXml.is(n, "altChunk")) {
                    altChunk((Element) n);
                } else {
                    Element inside = wrapped(n);
                    if (inside != null) {
                        blocks(inside);
                    }
                }
            }
        }

        /** The first failure of an altChunk part (a bomb, a damaged part): the file fails with it. */
        private ReadFailure chunkFailure;

        /** The blocks of the part an altChunk imports, in its place. */
        private void altChunk(Element chunk) {
            if (chunkFailure != null) {
                return;
            }
            Path tmp = null;
            try {
                String part = pkg.targetById(pkg.documentPart(), chunk.getAttributeNS(R, "id"));
                if (part == null) {
                    return;
                }
                tmp = java.nio.file.Files.createTempFile("govdoc-altchunk-", ".part");
                if (!pkg.copyPart(part, tmp)) {
                    return;
                }
                Document imported = chunks.read(tmp);
                if (imported != null) {
                    out.append(imported);
                }
            } catch (ReadFailure e) {
                chunkFailure = e;
            } catch (IOException e) {
                chunkFailure = new ReadFailure(org.govdoc.record.ErrorCode.CORRUPT,
                        "The DOCX (Word) file's imported part (altChunk) cannot be read: " + e.getMessage(), e);
            } finally {
                if (tmp != null) {
                    try {
                        java.nio.file.Files.deleteIfExists(tmp);
                    } catch (IOException e) {
                        // a temporary file left behind; the reading stands
                    }
                }
            }
        }

        /** The content of a content control or custom XML element, or null for anything else. */
        private static Element wrapped(Node n) {
            if (WordXml.is(n, "sdt")) {
                return WordXml.child((Element) n, "sdtContent");
            }
            return WordXml.is(n, "customXml") ? (Element) n : null;
        }

        /** The elements of this local name among the children, looking through content controls and custom XML. */
        private static List<Element> unwrapped(Element parent, String localName) {
            List<Element> out = new ArrayList<>();
            collect(parent, localName, out);
            return out;
        }

        private static void collect(Element parent, String localName, List<Element> out) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (WordXml.is(n, localName)) {
                    out.add((Element) n);
                } else {
                    Element inside = wrapped(n);
                    if (inside != null) {
                        collect(inside, localName, out);
                    }
                }
            }
        }

        /** The paragraph's text with its automatic number (if any) in front; text boxes to {@code boxes}. */
        private String paragraphText(Element p, List<String> boxes) {
            String text = DocxText.paragraph(p, boxes);
            String number = safeNumber(p); // advances the counters even for an empty paragraph, as Word does
            if (!text.isBlank()) {
                if (number != null && !number.isBlank()) {
                    String n = number.strip();
                    // bullets are list decoration, not numbers worth keeping
                    if (n.codePoints().anyMatch(Character::isLetterOrDigit)) {
                        return n + (endsWithPunctuation(n) ? "" : " ") + text.stripLeading();
                    }
                }
            }
            return text;
        }

        private String safeNumber(Element p) {
            try {
                return lists.next(p);
            } catch (RuntimeException e) {
                return null; // a damaged numbering definition costs the number, not the text
            }
        }

        private static boolean endsWithPunctuation(String n) {
            char c = n.charAt(n.length() - 1);
            return c == '.' || c == '、' || c == '）' || c == ')' || c == '．' || c == '：' || c == ':';
        }

        private TableBuilder table(Element tbl) {
            MergedGrid grid = new MergedGrid();
            for (Element row : unwrapped(tbl, "tr")) {
                grid.row();
                int col = gridBefore(row);
                for (Element cell : unwrapped(row, "tc")) {
                    Element pr = WordXml.child(cell, "tcPr");
                    int span = 1;
                    Merge merge = Merge.NONE;
                    boolean hContinue = false;
                    if (pr != null) {
                        BigInteger gridSpan = WordXml.childNumber(pr, "gridSpan");
                        if (gridSpan != null) {
                            span = Math.max(1, gridSpan.intValue());
                        }
                        Element vMerge = WordXml.child(pr, "vMerge");
                        if (vMerge != null) {
                            merge = "restart".equals(WordXml.attribute(vMerge, "val")) ? Merge.RESTART : Merge.CONTINUE;
                        }
                        Element hMerge = WordXml.child(pr, "hMerge");
                        if (hMerge != null) {
                            hContinue = !"restart".equals(WordXml.attribute(hMerge, "val"));
                        }
                    }
                    Slot left = hContinue ? grid.removeLast() : null;
                    if (left != null) {
                        // legacy horizontal merge: widen the cell on the left
                        grid.add(new Slot(left.text(), left.column(), left.span() + span, left.merge()));
                    } else {
                        grid.add(new Slot(cellText(cell), col, span, merge));
                    }
                    col += span;
                }
            }
            return grid.toTable();
        }

        private static int gridBefore(Element row) {
            BigInteger v = WordXml.childNumber(WordXml.child(row, "trPr"), "gridBefore");
            return v == null ? 0 : Math.max(0, v.intValue());
        }

        /** A cell's paragraphs as lines (blank ones dropped); nested tables one line per row. */
        private String cellText(Element cell) {
            List<String> lines = new ArrayList<>();
            cellLines(cell, lines);
            return String.join("\n", lines);
        }

        private void cellLines(Element container, List<String> lines) {
            for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (WordXml.is(n, "p")) {
                    List<String> boxes = new ArrayList<>();
                    String text = paragraphText((Element) n, boxes);
                    if (!text.isBlank()) {
                        lines.add(text);
                    }
                    lines.addAll(boxes);
                } else if (WordXml.is(n, "tbl")) {
                    for (Element row : unwrapped((Element) n, "tr")) {
                        List<String> parts = new ArrayList<>();
                        for (Element cell : unwrapped(row, "tc")) {
                            String s = cellText(cell).replace('\n', ' ').strip();
                            if (!s.isEmpty()) {
                                parts.add(s);
                            }
                        }
                        if (!parts.isEmpty()) {
                            lines.add(String.join(" ", parts));
                        }
                    }
                } else {
                    Element inside = wrapped(n);
                    if (inside != null) {
                        cellLines(inside, lines);
                    }
                }
            }
        }

        private DocumentMetadata metadata(String mediaType) throws ReadFailure, IOException {
            Element core = pkg.coreProperties();
            Element ext = pkg.extendedProperties();
            Integer pages = null;
            String pageText = text(ext, EXTENDED, "Pages");
            if (pageText != null) {
                try {
                    int p = Integer.parseInt(pageText.strip());
                    pages = p > 0 ? p : null;
                } catch (NumberFormatException e) {
                    // no usable page count
                }
            }
            return new DocumentMetadata(MetadataValues.text(text(core, DC, "title")),
                    MetadataValues.text(text(core, DC, "creator")),
                    MetadataValues.w3cdtf(text(core, DC_TERMS, "created")),
                    MetadataValues.w3cdtf(text(core, DC_TERMS, "modified")), pages, mediaType);
        }

        /** The text of the first child element of this name, or null. */
        private static String text(Element root, String namespace, String localName) {
            if (root == null) {
                return null;
            }
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.ELEMENT_NODE && namespace.equals(n.getNamespaceURI())
                        && localName.equals(n.getLocalName())) {
                    return n.getTextContent();
                }
            }
            return null;
        }
    }
}
