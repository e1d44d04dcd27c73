package org.govdoc.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a DOCX whose body is one {@code w:altChunk}, as office-automation systems (and Word's
 * "insert file" of HTML) write them: the chunk is a part of its own (aFChunk relationship) that
 * Word converts when the file is opened. Test fixtures only.
 */
public final class AltChunkDocx {

    private AltChunkDocx() {
    }

    /** An MHT web archive ("single file web page") of an HTML page, as Word saves one. */
    public static byte[] mht(String html) {
        String b64 = Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
        return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_OA\"\r\n\r\n"
                + "------=_NextPart_OA\r\nContent-Location: file:///C:/OA/doc.htm\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Type: text/html; charset=\"utf-8\"\r\n\r\n" + b64 + "\r\n\r\n------=_NextPart_OA--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * @param extension   the chunk part's extension (htm, mht, rtf, txt)
     * @param contentType its content type in [Content_Types].xml
     */
    public static void write(Path out, String extension, String contentType, byte[] chunk) throws IOException {
        try (OutputStream os = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(os)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Default Extension=\"" + extension + "\" ContentType=\"" + contentType + "\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<w:body><w:altChunk r:id=\"oaChunk\"/><w:sectPr/></w:body></w:document>");
            put(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"oaChunk\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk\" Target=\"/word/oa." + extension + "\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/oa." + extension));
            zip.write(chunk);
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
