package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.ReadAssertions.readOk;

import java.nio.file.Path;
import java.util.Map;
import org.govdoc.corpus.render.DocxRenderer;
import org.govdoc.corpus.render.PdfRenderer;
import org.govdoc.read.ocr.OcrCache;
import org.govdoc.read.ocr.OcrMode;
import org.govdoc.read.ocr.PageOcr;
import org.govdoc.read.pdf.PdfReader;
import org.govdoc.extract.Extractor;
import org.govdoc.ingest.ParseTask;
import java.util.List;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.record.Extraction;
import org.govdoc.record.Warning;
import org.govdoc.record.WarningCode;
import org.govdoc.record.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the structure-keeping reader trips over a valid file, Tika's parser still gets the text. */
class FallbackReadTest {

    @TempDir
    Path dir;

    @Test
    void docxFallsBackToTikaWhenItsReaderFails() throws Exception {
        Path f = dir.resolve("odd.docx");
        new DocxRenderer().render(SampleSpecs.doc(), f);
        DocumentReader broken = (file, type, context) -> {
            throw new IllegalStateException("unexpected structure");
        };
        TikaFileReader reader = new TikaFileReader(TikaFileReader.DEFAULT_MAX_BYTES, Map.of(Format.DOCX, broken));
        ReadOutcome o = reader.read(f);
        Document doc = readOk(o);
        assertThat(doc.plainText()).contains(SampleSpecs.BODY).contains("产出指标").contains("备注");
        assertThat(doc.tables()).hasSize(1);
        assertThat(((ReadOutcome.Read) o).warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(WarningCode.READER_FALLBACK.code());
            assertThat(w.message()).contains("unexpected structure");
        });
    }

    @Test
    void aDocxItsReaderFindsEmptyIsReadByTika() throws Exception {
        Path f = dir.resolve("looks-empty.docx");
        new DocxRenderer().render(SampleSpecs.doc(), f);
        DocumentReader blind = (file, type, context) -> new Document(List.of(), DocumentMetadata.empty(type));
        ReadOutcome o = new TikaFileReader(TikaFileReader.DEFAULT_MAX_BYTES, Map.of(Format.DOCX, blind)).read(f);
        assertThat(readOk(o).plainText()).contains(SampleSpecs.BODY);
        assertThat(((ReadOutcome.Read) o).warnings()).extracting(Warning::code).containsExactly(WarningCode.READER_FALLBACK.code());
    }

    @Test
    void aFileItsOwnReaderReadsCarriesNoWarning() throws Exception {
        Path f = dir.resolve("fine.docx");
        new DocxRenderer().render(SampleSpecs.doc(), f);
        ReadOutcome o = new TikaFileReader().read(f);
        readOk(o);
        assertThat(((ReadOutcome.Read) o).warnings()).isEmpty();
    }

    @Test
    void theFallbackWarningReachesTheRecord() throws Exception {
        Path f = dir.resolve("odd.docx");
        new DocxRenderer().render(SampleSpecs.doc(), f);
        DocumentReader broken = (file, type, context) -> {
            throw new IllegalStateException("unexpected structure");
        };
        FileReader reader = new TikaFileReader(TikaFileReader.DEFAULT_MAX_BYTES, Map.of(Format.DOCX, broken));
        var request = new org.govdoc.ingest.ParseRequest(f.toString(), f.toString(), "odd.docx", java.nio.file.Files.size(f),
                "0".repeat(64), false, null);
        Extraction e = new ParseTask(reader, new Extractor()).run(request);
        assertThat(e.ok()).isTrue();
        assertThat(e.warnings()).extracting(Warning::code).contains(WarningCode.READER_FALLBACK.code());
    }

    @Test
    void aPdfWhoseLayoutAnalysisFailsIsReadLineByLineWithAWarningInTheRecord() throws Exception {
        Path f = dir.resolve("plan.pdf");
        new PdfRenderer().render(SampleSpecs.doc(), f);
        DocumentReader failingLayout = new PdfReader(OcrMode.OFF, new PageOcr(new OcrCache(null)), (pages, out) -> {
            throw new IllegalStateException("a layout step failed");
        });
        FileReader reader = new TikaFileReader(TikaFileReader.DEFAULT_MAX_BYTES, Map.of(Format.PDF, failingLayout));
        var request = new org.govdoc.ingest.ParseRequest(f.toString(), f.toString(), "plan.pdf", java.nio.file.Files.size(f),
                "0".repeat(64), false, null);
        Extraction e = new ParseTask(reader, new Extractor()).run(request);
        assertThat(e.ok()).isTrue();
        assertThat(e.text()).contains(SampleSpecs.BODY).contains("培训人次");
        assertThat(e.warnings()).filteredOn(w -> w.code().equals(WarningCode.READER_FALLBACK.code()))
                .singleElement().satisfies(w -> assertThat(w.message()).contains("a layout step failed").contains("逐行"));
        // the same file with its layout analysis working: no warning, the table read as a table
        Extraction fine = new ParseTask(new TikaFileReader(TikaFileReader.DEFAULT_MAX_BYTES,
                Map.of(Format.PDF, new PdfReader(OcrMode.OFF, new PageOcr(new OcrCache(null))))), new Extractor()).run(request);
        assertThat(fine.warnings()).extracting(Warning::code).doesNotContain(WarningCode.READER_FALLBACK.code());
    }

    @Test
    void aReadFailureIsNotRetried() throws Exception {
        Path f = dir.resolve("locked.docx");
        new DocxRenderer().render(SampleSpecs.doc(), f);
        DocumentReader refusing = (file, type, context) -> {
            throw new ReadFailure(ErrorCode.ENCRYPTED, "The DOCX (Word) file is protected by a password.");
        };
        ReadOutcome o = new TikaFileReader(TikaFileReader.DEFAULT_MAX_BYTES, Map.of(Format.DOCX, refusing)).read(f);
        assertThat(o).isInstanceOf(ReadOutcome.Failed.class);
        assertThat(((ReadOutcome.Failed) o).error().code()).isEqualTo("encrypted");
    }
}
