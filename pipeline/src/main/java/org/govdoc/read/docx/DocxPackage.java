package org.govdoc.read.docx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilder;
import org.apache.poi.util.XMLHelper;
import org.govdoc.read.Failures;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.ZipInflation;
import org.govdoc.record.ErrorCode;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The parts of a Word package that govdoc reads, straight from the ZIP and parsed as DOM: the main
 * document, its styles and numbering, and the core and extended properties, each found through the
 * package's relationships as OPC prescribes. POI's {@link XMLHelper} makes the XML parser (no
 * DOCTYPE, no external entities); {@link ZipInflation} refuses parts that would inflate like a ZIP
 * bomb, by declared and by actual size. This costs a fifth of building POI's XWPF object model,
 * which the reader does not need.
 */
final class DocxPackage implements Closeable {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private static final String NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    private static final String EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
    private static final String CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    /** The core-properties type some early writers used. */
    private static final String CORE_ECMA = "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties";

    private static final String WHAT = "DOCX (Word) file";
    /** Strict Open XML (ISO/IEC 29500 Strict): the same markup under other namespaces and relationship types. */
    private static final String STRICT_RELATIONSHIP_TYPES = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
    private static final String TRANSITIONAL_RELATIONSHIP_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final Map<String, String> STRICT_NAMESPACES = Map.of(
            "http://purl.oclc.org/ooxml/wordprocessingml/main", WordXml.W,
            "http://purl.oclc.org/ooxml/officeDocument/relationships", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "http://purl.oclc.org/ooxml/officeDocument/extendedProperties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
            "http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main",
            "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
            "http://purl.oclc.org/ooxml/officeDocument/math", "http://schemas.openxmlformats.org/officeDocument/2006/math");
    /** Strict's names of relationship types whose transitional name differs by more than the prefix. */
    private static final Map<String, String> STRICT_TYPE_NAMES = Map.of("extendedProperties", "extended-properties");

    private final ZipFile zip;
    private final DocumentBuilder xml = XMLHelper.newDocumentBuilder();
    private final String documentPart;
    /** Parsed relationship parts by name (the package's and the document's are asked several times). */
    private final Map<String, Optional<Element>> relationships = new HashMap<>();

    private DocxPackage(ZipFile zip) throws ReadFailure, IOException {
        this.zip = zip;
        this.documentPart = target("", OFFICE_DOCUMENT);
        if (documentPart == null) {
            throw new IOException("The package has no main document (no officeDocument relationship)");
        }
    }

    /** Opens the package; a file that is not a readable ZIP fails as corrupt. */
    static DocxPackage open(Path file) throws ReadFailure, IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw new ReadFailure(ErrorCode.CORRUPT, "The " + WHAT + " is truncated or damaged: " + Failures.detail(e), e);
        }
        try {
            return new DocxPackage(zip);
        } catch (ReadFailure | IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The root element of the main document part ({@code w:document}). */
    Element document() throws ReadFailure, IOException {
        Element root = part(documentPart);
        if (root == null) {
            throw new IOException("The main document part " + documentPart + " is missing");
        }
        if (!WordXml.is(root, "document")) {
            throw new IOException("The main document part is not a WordprocessingML document (" + root.getNamespaceURI()
                    + " " + root.getLocalName() + ")");
        }
        return root;
    }

    /** The root of the style definitions, or null. */
    Element styles() throws ReadFailure, IOException {
        return related(documentPart, STYLES);
    }

    /** The root of the numbering definitions, or null. */
    Element numbering() throws ReadFailure, IOException {
        return related(documentPart, NUMBERING);
    }

    /** The root of the core properties (title, author, dates), or null. */
    Element coreProperties() throws ReadFailure, IOException {
        Element core = related("", CORE);
        return core != null ? core : related("", CORE_ECMA);
    }

    /** The root of the extended properties (page count), or null. */
    Element extendedProperties() throws ReadFailure, IOException {
        return related("", EXTENDED);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private Element related(String source, String type) throws ReadFailure, IOException {
        String name = target(source, type);
        return name == null ? null : part(name);
    }

    /**
     * The part name (ZIP entry name) the first internal relationship of this type from the source part
     * ("" for the package) points to, or null.
     */
    private String target(String source, String type) throws ReadFailure, IOException {
        int slash = source.lastIndexOf('/');
        String folder = slash < 0 ? "" : source.substring(0, slash + 1);
        String relsName = folder + "_rels/" + source.substring(slash + 1) + ".rels";
        Optional<Element> parsed = relationships.get(relsName);
        if (parsed == null) {
            parsed = Optional.ofNullable(part(relsName));
            relationships.put(relsName, parsed);
        }
        Element rels = parsed.orElse(null);
        if (rels == null) {
            return null;
        }
        for (Node n = rels.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element r && RELATIONSHIPS.equals(r.getNamespaceURI()) && "Relationship".equals(r.getLocalName())
                    && type.equals(transitionalType(r.getAttribute("Type"))) && !"External".equals(r.getAttribute("TargetMode"))) {
                String target = r.getAttribute("Target");
                return target.isEmpty() ? null : resolve(folder, target);
            }
        }
        return null;
    }

    /**
     * The part name an internal relationship of the source part with this id points to (an
     * {@code r:id} in the part), or null.
     */
    String targetById(String source, String id) throws ReadFailure, IOException {
        int slash = source.lastIndexOf('/');
        String folder = slash < 0 ? "" : source.substring(0, slash + 1);
        Element rels = part(folder + "_rels/" + source.substring(slash + 1) + ".rels");
        if (rels == null || id == null || id.isEmpty()) {
            return null;
        }
        for (Node n = rels.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element r && "Relationship".equals(r.getLocalName()) && id.equals(r.getAttribute("Id"))
                    && !"External".equals(r.getAttribute("TargetMode"))) {
                String target = r.getAttribute("Target");
                return target.isEmpty() ? null : resolve(folder, target);
            }
        }
        return null;
    }

    /** The main document part's name. */
    String documentPart() {
        return documentPart;
    }

    /**
     * Copies a part's bytes to a file (an altChunk, read by the reader of its own format), refusing
     * a part that inflates like a ZIP bomb. False when the package has no such part.
     */
    boolean copyPart(String name, Path to) throws ReadFailure, IOException {
        ZipEntry entry = entry(name);
        if (entry == null) {
            return false;
        }
        ZipInflation.checkDeclared(entry, WHAT);
        try (InputStream in = ZipInflation.limited(zip.getInputStream(entry), entry)) {
            java.nio.file.Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (ZipInflation.Exceeded e) {
            throw ZipInflation.bomb(WHAT, entry.getName(), e.inflated());
        }
        return true;
    }

    /** A relationship type as transitional OOXML names it (Strict's types mapped). */
    private static String transitionalType(String type) {
        if (!type.startsWith(STRICT_RELATIONSHIP_TYPES)) {
            return type;
        }
        String name = type.substring(STRICT_RELATIONSHIP_TYPES.length());
        return TRANSITIONAL_RELATIONSHIP_TYPES + STRICT_TYPE_NAMES.getOrDefault(name, name);
    }

    /** Strict Open XML elements and attributes renamed into the transitional namespaces the reader knows. */
    private static void toTransitional(Node n) {
        if (n instanceof Element e) {
            org.w3c.dom.NamedNodeMap attributes = e.getAttributes();
            List<org.w3c.dom.Attr> strictAttributes = new java.util.ArrayList<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                org.w3c.dom.Attr a = (org.w3c.dom.Attr) attributes.item(i);
                if (a.getNamespaceURI() != null && STRICT_NAMESPACES.containsKey(a.getNamespaceURI())) {
                    strictAttributes.add(a);
                }
            }
            for (org.w3c.dom.Attr a : strictAttributes) {
                e.getOwnerDocument().renameNode(a, STRICT_NAMESPACES.get(a.getNamespaceURI()), a.getName());
            }
            Node current = e;
            String ns = e.getNamespaceURI();
            if (ns != null && STRICT_NAMESPACES.containsKey(ns)) {
                current = e.getOwnerDocument().renameNode(e, STRICT_NAMESPACES.get(ns), e.getTagName());
            }
            for (Node c = current.getFirstChild(); c != null; c = c.getNextSibling()) {
                toTransitional(c);
            }
        }
    }

    /** A relationship target (relative to the source's folder, or absolute from the package root) as a part name. */
    static String resolve(String folder, String target) {
        String t = target.replace('\\', '/');
        if (t.indexOf('%') >= 0) {
            try {
                t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // not valid percent-encoding: taken as written
            }
        }
        String path = t.startsWith("/") ? t.substring(1) : folder + t;
        Deque<String> segments = new ArrayDeque<>();
        for (String s : path.split("/")) {
            if (s.equals("..")) {
                segments.pollLast();
            } else if (!s.isEmpty() && !s.equals(".")) {
                segments.addLast(s);
            }
        }
        return String.join("/", segments);
    }

    /** The parsed root element of a part, or null when the package has no such part. */
    private Element part(String name) throws ReadFailure, IOException {
        ZipEntry entry = entry(name);
        if (entry == null) {
            return null;
        }
        ZipInflation.checkDeclared(entry, WHAT);
        try (InputStream in = ZipInflation.limited(zip.getInputStream(entry), entry)) {
            xml.reset();
            Element root = xml.parse(in).getDocumentElement();
            if (root.getNamespaceURI() != null && root.getNamespaceURI().startsWith("http://purl.oclc.org/ooxml/")) {
                toTransitional(root);
                root = root.getOwnerDocument().getDocumentElement();
            }
            return root;
        } catch (ZipInflation.Exceeded e) {
            throw ZipInflation.bomb(WHAT, entry.getName(), e.inflated());
        } catch (SAXException e) {
            if (e.getCause() instanceof ZipInflation.Exceeded exceeded) {
                throw ZipInflation.bomb(WHAT, entry.getName(), exceeded.inflated());
            }
            throw new IOException("The XML of " + name + " is not well-formed: " + Failures.detail(e), e);
        }
    }

    /** The ZIP entry of a part: its exact name, else the same name in other letter case (part names are case-insensitive). */
    private ZipEntry entry(String name) {
        ZipEntry exact = zip.getEntry(name);
        if (exact != null) {
            return exact.isDirectory() ? null : exact;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry candidate = e.nextElement();
            if (!candidate.isDirectory() && candidate.getName().toLowerCase(Locale.ROOT).equals(lower)) {
                return candidate;
            }
        }
        return null;
    }
}
