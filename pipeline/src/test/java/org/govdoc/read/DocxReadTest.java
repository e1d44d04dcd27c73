package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.ReadAssertions.assertSampleTable;
import static org.govdoc.read.ReadAssertions.readOk;

import java.nio.file.Files;
import java.nio.file.Path;
import org.govdoc.corpus.render.DocxRenderer;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxReadTest {

    private static final TikaFileReader READER = new TikaFileReader();

    @TempDir
    Path dir;

    @Test
    void readsHeadingsBodyAndMergedTable() throws Exception {
        Path f = dir.resolve("sample.docx");
        new DocxRenderer().render(SampleSpecs.doc(), f);

        ReadOutcome outcome = READER.read(f);
        assertThat(outcome.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Document doc = readOk(outcome);
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly(
                SampleSpecs.TITLE, SampleSpecs.HEADING, SampleSpecs.BODY, "二、绩效目标");
        assertThat(doc.paragraphs()).extracting(Paragraph::headingLevel).containsExactly(1, 2, null, null);
        assertThat(doc.tables()).hasSize(1);
        assertSampleTable(doc.tables().get(0));
        // header and footer text is not body text
        assertThat(doc.plainText()).doesNotContain("呈贡区财政局").doesNotContain("－");
        assertThat(doc.metadata().title()).isEqualTo(SampleSpecs.TITLE);
        assertThat(doc.metadata().author()).isEqualTo("财政局");
        // locations number blocks in order
        assertThat(doc.blocks().get(3).location().block()).isEqualTo(3);
        assertThat(doc.tables().get(0).rows().get(1).cells().get(0).location().table()).isZero();
    }

    @Test
    void detectsDocxByContentWhateverItsName() throws Exception {
        Path f = dir.resolve("renamed.txt");
        new DocxRenderer().render(SampleSpecs.doc(), f);
        ReadOutcome outcome = READER.read(f);
        assertThat(outcome.mediaType()).endsWith("wordprocessingml.document");
        assertSampleTable(readOk(outcome).tables().get(0));
    }

    @Test
    void readsAChineseFileName() throws Exception {
        Path f = dir.resolve("呈贡区2021年优化提质营商环境改革工作经费项目（申报表）.docx");
        new DocxRenderer().render(SampleSpecs.doc(), f);
        assertThat(readOk(READER.read(f)).plainText()).contains(SampleSpecs.BODY);
        assertThat(Files.exists(f)).isTrue();
    }
}
