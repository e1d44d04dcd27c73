package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.ReadAssertions.assertSampleTable;
import static org.govdoc.read.ReadAssertions.readOk;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.govdoc.corpus.render.DocxRenderer;
import org.govdoc.corpus.render.HtmlRenderer;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.record.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word files as office-automation systems write them: a body that is one {@code w:altChunk} (HTML,
 * MHT or RTF), read through the reader of the chunk's format into the same document; Strict Open
 * XML; an empty-looking DOCX handed to Tika.
 */
class OaWordReadTest {

    private static final TikaFileReader READER = new TikaFileReader();

    @TempDir
    Path dir;

    private byte[] html() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new HtmlRenderer().render(SampleSpecs.doc(), b);
        return b.toByteArray();
    }

    private static void assertBody(Document doc) {
        assertThat(doc.paragraphs()).extracting(Paragraph::text)
                .contains(SampleSpecs.TITLE, SampleSpecs.HEADING, SampleSpecs.BODY, "二、绩效目标");
        assertThat(doc.tables()).hasSize(1);
        assertSampleTable(doc.tables().get(0));
    }

    @Test
    void anHtmlAltChunkIsReadAsHtml() throws Exception {
        Path f = dir.resolve("oa-html.docx");
        AltChunkDocx.write(f, "htm", "text/html", html());
        ReadOutcome o = READER.read(f);
        assertThat(o.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertBody(readOk(o));
        assertThat(((ReadOutcome.Read) o).warnings()).isEmpty(); // read by govdoc's readers, not Tika's fallback
    }

    @Test
    void anMhtAltChunkIsReadAsAWebArchive() throws Exception {
        Path f = dir.resolve("oa-mht.docx");
        AltChunkDocx.write(f, "mht", "message/rfc822", AltChunkDocx.mht(new String(html(), StandardCharsets.UTF_8)));
        ReadOutcome o = READER.read(f);
        assertBody(readOk(o));
        assertThat(((ReadOutcome.Read) o).warnings()).isEmpty();
    }

    @Test
    void anRtfAltChunkIsReadAsRtf() throws Exception {
        Path f = dir.resolve("oa-rtf.docx");
        AltChunkDocx.write(f, "rtf", "application/rtf", Files.readAllBytes(FormatReadTest.fixture("sample.rtf")));
        ReadOutcome o = READER.read(f);
        assertBody(readOk(o));
        assertThat(((ReadOutcome.Read) o).warnings()).isEmpty();
    }

    @Test
    void aChunkOfAnotherFormatIsLeftOutAndTheFileIsEmptyWhenTikaFindsNothingEither() throws Exception {
        // a chunk that is itself a Word package: not a chunk format govdoc reads; Tika's parser, tried
        // for an empty DOCX, does not read it either
        Path inner = dir.resolve("inner.docx");
        new DocxRenderer().render(SampleSpecs.doc(), inner);
        Path f = dir.resolve("oa-docx.docx");
        AltChunkDocx.write(f, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Files.readAllBytes(inner));
        ReadOutcome o = READER.read(f);
        assertThat(o).isInstanceOf(ReadOutcome.Failed.class);
        assertThat(((ReadOutcome.Failed) o).error().code()).isEqualTo(ErrorCode.EMPTY.code());
    }

    @Test
    void strictOpenXmlIsRead() throws Exception {
        Path transitional = dir.resolve("t.docx");
        new DocxRenderer().render(SampleSpecs.doc(), transitional);
        Path strict = dir.resolve("strict.docx");
        toStrict(transitional, strict);
        assertThat(new String(Files.readAllBytes(strict), StandardCharsets.ISO_8859_1)).doesNotContain("2006/main");
        ReadOutcome o = READER.read(strict);
        Document doc = readOk(o);
        assertThat(doc.paragraphs()).extracting(Paragraph::text)
                .containsExactly(SampleSpecs.TITLE, SampleSpecs.HEADING, SampleSpecs.BODY, "二、绩效目标");
        assertThat(doc.paragraphs()).extracting(Paragraph::headingLevel).containsExactly(1, 2, null, null);
        assertSampleTable(doc.tables().get(0));
        assertThat(((ReadOutcome.Read) o).warnings()).isEmpty();
    }

    /** What Word's "Strict Open XML Document" changes: the namespaces and relationship types. */
    static void toStrict(Path in, Path out) throws Exception {
        try (ZipFile zip = new ZipFile(in.toFile()); OutputStream os = Files.newOutputStream(out);
             ZipOutputStream zos = new ZipOutputStream(os)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes;
                try (InputStream is = zip.getInputStream(entry)) {
                    bytes = is.readAllBytes();
                }
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    String s = new String(bytes, StandardCharsets.UTF_8)
                            .replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                    "http://purl.oclc.org/ooxml/wordprocessingml/main")
                            .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
                                    "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties")
                            .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                    "http://purl.oclc.org/ooxml/officeDocument/relationships")
                            .replace("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
                                    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties")
                            .replace("http://schemas.openxmlformats.org/drawingml/2006/main",
                                    "http://purl.oclc.org/ooxml/drawingml/main");
                    bytes = s.getBytes(StandardCharsets.UTF_8);
                }
                zos.putNextEntry(new ZipEntry(entry.getName()));
                zos.write(bytes);
                zos.closeEntry();
            }
        }
    }
}
