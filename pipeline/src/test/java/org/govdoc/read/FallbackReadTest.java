package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.ReadAssertions.readOk;

import java.nio.file.Path;
import java.util.Map;
import org.govdoc.corpus.render.DocxRenderer;
import org.govdoc.model.Document;
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
        DocumentReader broken = (file, type) -> {
            throw new IllegalStateException("unexpected structure");
        };
        TikaFileReader reader = new TikaFileReader(TikaFileReader.DEFAULT_MAX_BYTES, Map.of(Format.DOCX, broken));
        Document doc = readOk(reader.read(f));
        assertThat(doc.plainText()).contains(SampleSpecs.BODY).contains("产出指标").contains("备注");
        assertThat(doc.tables()).hasSize(1);
    }

    @Test
    void aReadFailureIsNotRetried() throws Exception {
        Path f = dir.resolve("locked.docx");
        new DocxRenderer().render(SampleSpecs.doc(), f);
        DocumentReader refusing = (file, type) -> {
            throw new ReadFailure(ErrorCode.ENCRYPTED, "The DOCX (Word) file is protected by a password.");
        };
        ReadOutcome o = new TikaFileReader(TikaFileReader.DEFAULT_MAX_BYTES, Map.of(Format.DOCX, refusing)).read(f);
        assertThat(o).isInstanceOf(ReadOutcome.Failed.class);
        assertThat(((ReadOutcome.Failed) o).error().code()).isEqualTo("encrypted");
    }
}
