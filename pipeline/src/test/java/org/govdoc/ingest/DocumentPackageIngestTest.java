package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.govdoc.corpus.render.DocxRenderer;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.read.ofd.OfdRenderer;
import org.govdoc.record.Extraction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ZIP-based documents in an ingest (real readers): an OFD is one document, not an archive; a
 * truncated DOCX or OFD (its ZIP directory cut off) is one failed document with its format's
 * message, not a broken archive.
 */
class DocumentPackageIngestTest {

    private static final DocSpec SPEC = new DocSpec("t", "a", List.of(
            new SpecBlock.Paragraph("关于做好2023年项目支出预算申报工作的通知", 1, true),
            SpecBlock.Paragraph.body("各乡镇人民政府：请于2023年3月31日前报送项目支出预算。")), PageFurniture.NONE);

    @TempDir
    Path tmp;
    IngestFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new IngestFixture(tmp);
    }

    private void ingest() throws Exception {
        // the first file of a JVM loads Tika and ofdrw: a time limit for that, not the fixture's 2 s
        IngestOptions options = fx.options().toBuilder().timeLimit(Duration.ofSeconds(120)).build();
        try (LuceneRecordStore store = LuceneRecordStore.open(fx.index)) {
            new Ingest(options, store, Ingest.parsers(options),
                    new PrintStream(fx.err, true, StandardCharsets.UTF_8), false).run();
        }
    }

    private static void cut(Path from, Path to) throws Exception {
        byte[] bytes = Files.readAllBytes(from);
        Files.write(to, Arrays.copyOf(bytes, bytes.length * 2 / 3));
    }

    @Test
    void anOfdIsReadAsOneDocument() throws Exception {
        new OfdRenderer().render(SPEC, fx.input.resolve("通知.ofd"));
        ingest();
        assertThat(fx.records()).singleElement().satisfies(r -> {
            assertThat(r.ok()).as("%s", r.error()).isTrue();
            assertThat(r.source().mediaType()).isEqualTo("application/ofd");
            assertThat(r.text()).contains("请于2023年3月31日前报送项目支出预算");
        });
    }

    @Test
    void aTruncatedDocxIsOneCorruptDocxWithTheMessageTheDocsPromise() throws Exception {
        Path whole = tmp.resolve("whole.docx");
        new DocxRenderer().render(SPEC, whole);
        cut(whole, fx.input.resolve("cut.docx"));
        ingest();
        Extraction r = fx.records().get(0);
        assertThat(fx.records()).hasSize(1);
        assertThat(r.error().code()).isEqualTo("corrupt");
        assertThat(r.error().message()).startsWith("The DOCX (Word) file is truncated");
    }

    @Test
    void aTruncatedOfdIsOneCorruptOfd() throws Exception {
        Path whole = tmp.resolve("whole.ofd");
        new OfdRenderer().render(SPEC, whole);
        cut(whole, fx.input.resolve("cut.ofd"));
        ingest();
        assertThat(fx.records()).hasSize(1);
        Extraction r = fx.records().get(0);
        assertThat(r.error().code()).isEqualTo("corrupt");
        assertThat(r.error().message()).startsWith("The OFD file is truncated");
    }
}
