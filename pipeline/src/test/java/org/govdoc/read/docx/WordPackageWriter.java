package org.govdoc.read.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small Word packages part by part, so that a test states exactly the WordprocessingML the
 * reader gets (POI's writer would normalise it).
 */
final class WordPackageWriter {

    static final String W_NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private final Map<String, String> parts = new LinkedHashMap<>();
    private final StringBuilder rootRels = new StringBuilder();
    private final StringBuilder documentRels = new StringBuilder();
    private final String documentPart;

    /** A package whose main document is at this part name (normally word/document.xml). */
    WordPackageWriter(String documentPart) {
        this.documentPart = documentPart;
        rootRels.append(relationship("rId1", REL + "officeDocument", documentPart));
    }

    WordPackageWriter() {
        this("word/document.xml");
    }

    /** The main document with this body content. */
    WordPackageWriter body(String bodyXml) {
        return part(documentPart, "<w:document " + W_NS + "><w:body>" + bodyXml + "</w:body></w:document>");
    }

    /** A part related to the main document, the target written relative to the document's folder. */
    WordPackageWriter related(String type, String target, String partName, String xml) {
        documentRels.append(relationship("rId" + (documentRels.length() + 2), REL + type, target));
        return part(partName, xml);
    }

    /** A part related to the package (properties). */
    WordPackageWriter packageRelated(String typeUri, String partName, String xml) {
        rootRels.append(relationship("rId" + (rootRels.length() + 2), typeUri, partName));
        return part(partName, xml);
    }

    WordPackageWriter part(String name, String xml) {
        parts.put(name, xml);
        return this;
    }

    Path write(Path file) throws IOException {
        int slash = documentPart.lastIndexOf('/');
        String relsName = documentPart.substring(0, slash + 1) + "_rels/" + documentPart.substring(slash + 1) + ".rels";
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/" + documentPart + "\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", relationships(rootRels));
            put(zip, relsName, relationships(documentRels));
            for (Map.Entry<String, String> p : parts.entrySet()) {
                put(zip, p.getKey(), p.getValue());
            }
        }
        return file;
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    private static String relationships(CharSequence content) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + content
                + "</Relationships>";
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
