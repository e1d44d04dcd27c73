package org.govdoc.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.tika.mime.MediaType;

/**
 * The type of a Word or Excel OOXML package from its main part, read straight from the ZIP: the one
 * {@code officeDocument} relationship of {@code _rels/.rels}, and that part's content type in
 * {@code [Content_Types].xml}. This is the rule Tika's OPC package detector applies (the main part's
 * content type without its last dot-suffix), without building the whole package model first.
 *
 * <p>Only the two plain main-part types are answered; anything else (macro-enabled, templates,
 * PowerPoint, Visio, XPS, a package with no or two main parts, a part that is not there, XML that
 * does not parse) is left to Tika, so an answer given here is never one Tika would not give.
 */
final class OoxmlMainPart {

    private static final String TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
    private static final Map<String, MediaType> MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    /** Larger relationship or content-type parts than this are left to Tika. */
    private static final long MAX_PART_BYTES = 1 << 20;

    /** A StAX factory per thread: the API does not promise a shared one is safe. */
    private final ThreadLocal<XMLInputFactory> xml = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    });

    /** The package's type, or empty when Tika must decide. Never throws for a malformed file. */
    Optional<MediaType> detect(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String target = mainPartName(zip);
            if (target == null || zip.getEntry(target) == null) {
                return Optional.empty();
            }
            String contentType = contentType(zip, "/" + target);
            return contentType == null ? Optional.empty() : Optional.ofNullable(MAIN_PARTS.get(contentType));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The ZIP entry name of the one main part, or null. */
    private String mainPartName(ZipFile zip) throws IOException, XMLStreamException {
        List<String> transitional = new ArrayList<>();
        List<String> strict = new ArrayList<>();
        boolean read = elements(zip, "_rels/.rels", "Relationship", r -> {
            if ("External".equals(r.getAttributeValue(null, "TargetMode"))) {
                return;
            }
            String type = r.getAttributeValue(null, "Type");
            String target = r.getAttributeValue(null, "Target");
            if (TRANSITIONAL.equals(type)) {
                transitional.add(target);
            } else if (STRICT.equals(type)) {
                strict.add(target);
            }
        });
        List<String> main = !transitional.isEmpty() ? transitional : strict;
        if (!read || main.size() != 1 || main.get(0) == null) {
            return null;
        }
        String target = main.get(0).startsWith("/") ? main.get(0).substring(1) : main.get(0);
        // a plain part name only: no scheme, query, fragment, parent or empty segment
        if (target.isEmpty() || target.contains("..") || target.contains("//") || target.contains(":")
                || target.contains("?") || target.contains("#") || target.contains("%") || target.contains("\\")) {
            return null;
        }
        return target;
    }

    /** The content type of a part: its Override, else the Default of its extension (case-insensitive, as in OPC). */
    private String contentType(ZipFile zip, String partName) throws IOException, XMLStreamException {
        String[] override = new String[1];
        String[] byExtension = new String[1];
        int dot = partName.lastIndexOf('.');
        String extension = dot > partName.lastIndexOf('/') ? partName.substring(dot + 1) : "";
        boolean read = elements(zip, "[Content_Types].xml", null, r -> {
            String name = r.getLocalName();
            if ("Override".equals(name) && partName.equalsIgnoreCase(r.getAttributeValue(null, "PartName"))) {
                override[0] = r.getAttributeValue(null, "ContentType");
            } else if ("Default".equals(name) && !extension.isEmpty()
                    && extension.equalsIgnoreCase(r.getAttributeValue(null, "Extension"))) {
                byExtension[0] = r.getAttributeValue(null, "ContentType");
            }
        });
        if (!read) {
            return null;
        }
        String type = override[0] != null ? override[0] : byExtension[0];
        return type == null ? null : type.strip().toLowerCase(Locale.ROOT);
    }

    private interface ElementVisitor {
        void visit(XMLStreamReader reader);
    }

    /** Visits the start elements (of the given local name, or all) of a small ZIP entry; false if there is
     * none, or it has a DOCTYPE. */
    private boolean elements(ZipFile zip, String entryName, String localName, ElementVisitor visitor)
            throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null || entry.isDirectory() || entry.getSize() > MAX_PART_BYTES) {
            return false;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader r = xml.get().createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamReader.DTD) {
                        return false; // a DOCTYPE in a package part: not read here with its DTD skipped, left to Tika
                    }
                    if (event == XMLStreamReader.START_ELEMENT && (localName == null || localName.equals(r.getLocalName()))) {
                        visitor.visit(r);
                    }
                }
            } finally {
                r.close();
            }
        }
        return true;
    }
}
