package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.ReadAssertions.assertSampleTable;
import static org.govdoc.read.ReadAssertions.readOk;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kingsoft WPS Writer (.wps) and WPS Spreadsheets (.et) files as WPS Office writes them: OLE2
 * containers with a {@code WordDocument} or {@code Workbook} stream and Kingsoft's own marks in the
 * property streams (application name "WPS Office", the custom property {@code KSOProductBuildVer}
 * "2052-…", 2052 being the zh-CN locale); and a Microsoft Works .wps, which shares the extension.
 */
class KingsoftReadTest {

    private static final TikaFileReader READER = new TikaFileReader();
    /** The build stamp WPS Office 2019 (11.1) writes, as seen in public WPS files. */
    private static final String BUILD = "2052-11.1.0.10132";

    @TempDir
    Path dir;

    /** A copy of an OLE2 file with Kingsoft's application name and build property written into it. */
    private Path kingsoft(String fixture, String name) throws Exception {
        Path out = dir.resolve(name);
        byte[] bytes = Files.readAllBytes(FormatReadTest.fixture(fixture));
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryEntry root = fs.getRoot();
            SummaryInformation si = root.hasEntry(SummaryInformation.DEFAULT_STREAM_NAME)
                    ? (SummaryInformation) PropertySetFactory.create(root, SummaryInformation.DEFAULT_STREAM_NAME)
                    : PropertySetFactory.newSummaryInformation();
            si.setApplicationName("WPS Office");
            si.write(root, SummaryInformation.DEFAULT_STREAM_NAME);
            DocumentSummaryInformation dsi = root.hasEntry(DocumentSummaryInformation.DEFAULT_STREAM_NAME)
                    ? (DocumentSummaryInformation) PropertySetFactory.create(root, DocumentSummaryInformation.DEFAULT_STREAM_NAME)
                    : PropertySetFactory.newDocumentSummaryInformation();
            CustomProperties custom = dsi.getCustomProperties() == null ? new CustomProperties() : dsi.getCustomProperties();
            custom.put("KSOProductBuildVer", BUILD);
            dsi.setCustomProperties(custom);
            dsi.write(root, DocumentSummaryInformation.DEFAULT_STREAM_NAME);
            try (OutputStream os = Files.newOutputStream(out)) {
                fs.writeFilesystem(os);
            }
        }
        // the marks are really in the file
        try (POIFSFileSystem fs = new POIFSFileSystem(out.toFile(), true)) {
            DocumentSummaryInformation dsi = (DocumentSummaryInformation) PropertySetFactory.create(fs.getRoot(),
                    DocumentSummaryInformation.DEFAULT_STREAM_NAME);
            assertThat(dsi.getCustomProperties().get("KSOProductBuildVer")).isEqualTo(BUILD);
        }
        return out;
    }

    @Test
    void aWpsWriterFileWithKingsoftsMarksIsReadAsWord() throws Exception {
        ReadOutcome o = READER.read(kingsoft("sample.wps", "申报书.wps"));
        assertThat(o.mediaType()).isEqualTo("application/msword");
        Document doc = readOk(o);
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly(
                SampleSpecs.TITLE, SampleSpecs.HEADING, SampleSpecs.BODY, "二、绩效目标");
        assertSampleTable(doc.tables().get(0));
        assertThat(doc.metadata().title()).isEqualTo(SampleSpecs.TITLE);
        assertThat(((ReadOutcome.Read) o).warnings()).isEmpty();
    }

    @Test
    void aWpsSpreadsheetsFileWithKingsoftsMarksIsReadAsASpreadsheet() throws Exception {
        ReadOutcome o = READER.read(kingsoft("sample.et", "绩效目标表.et"));
        assertThat(o.mediaType()).isEqualTo("application/vnd.ms-excel");
        Document doc = readOk(o);
        assertThat(doc.tables()).hasSize(1);
        assertSampleTable(doc.tables().get(0));
        assertThat(((ReadOutcome.Read) o).warnings()).isEmpty();
    }

    @Test
    void aMicrosoftWorksWpsIsUnsupportedAndSaysWhatItIs() throws Exception {
        // Works 4.x-9 word processor files: OLE2 with the text in MatOST and CONTENTS streams, no WordDocument
        Path works = dir.resolve("通知.wps");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream os = Files.newOutputStream(works)) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "MatOST");
            fs.createDocument(new ByteArrayInputStream("Works text".getBytes(StandardCharsets.US_ASCII)), "CONTENTS");
            fs.writeFilesystem(os);
        }
        ReadOutcome o = READER.read(works);
        assertThat(o.mediaType()).isEqualTo("application/vnd.ms-works");
        assertThat(o).isInstanceOf(ReadOutcome.Failed.class);
        ErrorInfo e = ((ReadOutcome.Failed) o).error();
        assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_TYPE.code());
        assertThat(e.message()).contains("Microsoft Works").contains("not a Kingsoft WPS");
    }
}
