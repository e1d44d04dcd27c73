package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.govdoc.index.FileRegistry;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.index.RecordStore;
import org.govdoc.record.Extraction;
import org.govdoc.record.WarningCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs that used to lose records or kill the batch (issue 18), one test per class, read by the
 * real readers (thread isolation, small generated files).
 */
class BadInputIngestTest {

    private static final String TEXT = "关于做好2023年项目支出预算申报工作的通知\n各乡镇人民政府：\n请于2023年3月31日前报送。\n";

    @TempDir
    Path tmp;
    IngestFixture fx;
    final List<String> lines = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        fx = new IngestFixture(tmp);
    }

    private IngestSummary ingest() throws Exception {
        return ingest(fx.options());
    }

    private IngestSummary ingest(IngestOptions options) throws Exception {
        try (LuceneRecordStore store = LuceneRecordStore.open(fx.index)) {
            return ingest(options, store);
        }
    }

    private IngestSummary ingest(IngestOptions options, RecordStore store) throws Exception {
        return new Ingest(options, store, Ingest.parsers(options), new PrintStream(fx.err, true, StandardCharsets.UTF_8),
                false, List.<RecordSink>of(r -> lines.add(ResultLine.of(r.record())))).run();
    }

    private Extraction recordAt(String path) throws IOException {
        return fx.records().stream().filter(r -> r.source().path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no record for " + path));
    }

    // --- 1. one large record -------------------------------------------------------------------

    @Test
    void aTextOverTheLimitIsCutWithAWarningAndTheOtherFilesLoad() throws Exception {
        fx.write("a-big.txt", "项目资金管理办法。".repeat(200));
        fx.write("b-small.txt", TEXT);

        ingest(fx.builder().recordLimits(RecordLimits.DEFAULT.withMaxTextChars(100)).build());

        Extraction big = fx.record("a-big.txt");
        assertThat(big.ok()).isTrue();
        assertThat(big.text()).hasSize(100).isEqualTo("项目资金管理办法。".repeat(200).substring(0, 100));
        assertThat(big.warnings()).extracting(w -> w.code()).contains(WarningCode.CONTENT_TRUNCATED.code());
        assertThat(fx.record("b-small.txt").text()).isEqualTo(TEXT.strip());
        assertThat(fx.record("b-small.txt").warnings()).extracting(w -> w.code())
                .doesNotContain(WarningCode.CONTENT_TRUNCATED.code(), WarningCode.TEXT_TRUNCATED.code());
    }

    @Test
    void aRecordTheIndexRefusesBecomesAFailedRecordAndTheBatchGoesOn() throws Exception {
        fx.write("a.txt", TEXT);
        fx.write("b-refused.txt", "无法存储的记录 " + TEXT);
        fx.write("c.txt", "第三份 " + TEXT);
        try (LuceneRecordStore lucene = LuceneRecordStore.open(fx.index)) {
            RecordStore refusing = new RecordStore() { // as Lucene refuses an immense term
                @Override
                public void upsert(Extraction record, FileStamp stamp) throws IOException {
                    if (record.ok() && record.text() != null && record.text().startsWith("无法存储")) {
                        throw new IllegalArgumentException("Document contains at least one immense term");
                    }
                    lucene.upsert(record, stamp);
                }

                @Override
                public int remove(String path) throws IOException {
                    return lucene.remove(path);
                }

                @Override
                public FileRegistry registry() {
                    return lucene.registry();
                }

                @Override
                public boolean containsSha256(String sha256) throws IOException {
                    return lucene.containsSha256(sha256);
                }

                @Override
                public boolean containsCurrentRecord(String sha256) throws IOException {
                    return lucene.containsCurrentRecord(sha256);
                }

                @Override
                public Optional<Extraction> record(String sha256) throws IOException {
                    return lucene.record(sha256);
                }

                @Override
                public void commit(Map<String, String> checkpoint) throws IOException {
                    lucene.commit(checkpoint);
                }

                @Override
                public Map<String, String> lastCheckpoint() throws IOException {
                    return lucene.lastCheckpoint();
                }

                @Override
                public void close() {
                }
            };
            ingest(fx.options(), refusing);
        }
        assertThat(fx.records()).extracting(r -> r.error() == null ? "ok" : r.error().code())
                .containsExactly("ok", "too_large", "ok");
        assertThat(fx.record("b-refused.txt").error().message()).contains("could not be stored");
    }

    // --- 3. a failure that depends on the name -----------------------------------------------------

    @Test
    void gbkTextNamedDocxOrPdfIsReadAsTextAndItsTxtCopyIsReadToo() throws Exception {
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
        Files.write(fx.input.resolve("a.docx"), gbk);
        Files.write(fx.input.resolve("b.pdf"), gbk);
        Files.write(fx.input.resolve("c.txt"), gbk);

        ingest();

        assertThat(fx.records()).hasSize(3).allSatisfy(r -> {
            assertThat(r.ok()).as(r.source().path() + " " + r.error()).isTrue();
            assertThat(r.text()).isEqualTo(TEXT.strip());
            assertThat(r.source().mediaType()).startsWith("text/plain");
        });
    }

    // --- 4. a damaged DOCX/XLSX is one document, not an archive ------------------------------------

    @Test
    void aDocxOrXlsxWithoutContentTypesIsOneRecord() throws Exception {
        zip(fx.input.resolve("damaged.docx"),
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>关于做好项目申报工作的通知</w:t></w:r></w:p></w:body></w:document>",
                "word/styles.xml", "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>",
                "docProps/app.xml", "<Properties/>");
        zip(fx.input.resolve("damaged.xlsx"),
                "_rels/.rels", "<Relationships/>",
                "xl/workbook.xml", "<workbook/>",
                "xl/worksheets/sheet1.xml", "<worksheet/>",
                "xl/sharedStrings.xml", "<sst/>");

        IngestSummary summary = ingest();

        assertThat(fx.records()).extracting(r -> r.source().path())
                .containsExactly(fx.input.resolve("damaged.docx").toString(), fx.input.resolve("damaged.xlsx").toString());
        Extraction docx = fx.record("damaged.docx");
        assertThat(docx.ok()).as(String.valueOf(docx.error())).isTrue();
        assertThat(docx.text()).contains("关于做好项目申报工作的通知");
        assertThat(fx.record("damaged.xlsx").error().code()).isEqualTo("corrupt");
        assertThat(summary.records()).isEqualTo(2);
    }

    // --- 5. silent losses -----------------------------------------------------------------------------

    @Test
    void aFileUnderAPathLongerThanTheSystemAllowsGetsAnIoErrorRecord() throws Exception {
        // built bottom-up by renames, so that no call ever names the long path
        String segment = "长".repeat(80); // 240 bytes
        Path work = Files.createDirectories(tmp.resolve("w"));
        Path current = Files.createDirectories(work.resolve("t0"));
        Files.writeString(current.resolve("short.txt"), TEXT);
        int levels = 18;
        for (int i = 1; i <= levels; i++) {
            Path outer = Files.createDirectories(work.resolve("t" + i));
            Files.move(current, outer.resolve(segment));
            current = outer;
        }
        Path deep = Files.move(current, fx.input.resolve("deep"));
        fx.write("z.txt", TEXT);
        String deepest = deep + ("/" + segment).repeat(levels) + "/short.txt";
        assertThat(deepest.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(4096);
        try {
            IngestSummary summary = ingest();

            List<Extraction> records = fx.records();
            assertThat(records).hasSize(2);
            Extraction lost = records.get(0);
            assertThat(lost.error().code()).isEqualTo("io_error");
            assertThat(deepest).startsWith(lost.source().path());
            assertThat(lost.source().path().getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(4096);
            assertThat(lost.error().message()).containsIgnoringCase("too long");
            assertThat(fx.record("z.txt").ok()).isTrue();
            assertThat(summary.failed()).containsEntry("io_error", 1L);
        } finally { // lift the chain up again: JUnit cannot delete what it cannot name
            Path top = deep;
            for (int i = 0; i < levels; i++) {
                Path lifted = work.resolve("l" + i);
                Files.move(top.resolve(segment), lifted);
                Files.delete(top);
                top = lifted;
            }
        }
    }

    @Test
    void aFolderThatCannotBeListedGetsAnIoErrorRecordAndNoDoubleWarning() throws Exception {
        Path closed = Files.createDirectories(fx.input.resolve("closed"));
        Files.writeString(closed.resolve("inside.txt"), TEXT);
        fx.write("open.txt", TEXT + "公开");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(closed), "a user who reads every folder (root) cannot test this");
            IngestSummary summary = ingest();
            assertThat(fx.records()).extracting(r -> r.source().path(), r -> r.error() == null ? "ok" : r.error().code())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(closed.toString(), "io_error"),
                            org.assertj.core.groups.Tuple.tuple(fx.input.resolve("open.txt").toString(), "ok"));
            assertThat(fx.record("closed").error().message()).isEqualTo("cannot list the folder: permission denied");
            assertThat(summary.warnings()).noneMatch(w -> w.contains("closed"));
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void archiveEntriesWithDotDotComponentsAreRead() throws Exception {
        Path archive = fx.input.resolve("up.zip");
        zip(archive, "../evil.txt", TEXT + "一", "a/../../b.txt", TEXT + "二", "./c.txt", TEXT + "三",
                "d/.hidden.txt", "hidden");

        ingest();

        assertThat(fx.records()).extracting(r -> r.source().path()).containsExactly(
                archive + "!/../evil.txt", archive + "!/./c.txt", archive + "!/a/../../b.txt");
        assertThat(fx.records()).allSatisfy(r -> assertThat(r.ok()).isTrue());
        assertThat(tmp.resolve("evil.txt")).doesNotExist();
        assertThat(fx.input.resolve("evil.txt")).doesNotExist();
    }

    // --- 7. names with a newline or a tab ------------------------------------------------------------

    @Test
    void theResultLineOfAFileNamedWithANewlineOrATabStaysOneLineOfSixFields() throws Exception {
        fx.write("a\nb.txt", TEXT);
        fx.write("c\td.txt", TEXT + "二");

        ingest();

        assertThat(lines).hasSize(2).allSatisfy(line -> {
            assertThat(line).doesNotContain("\n");
            assertThat(line.split("\t", -1)).hasSize(6);
        });
        assertThat(lines).as("in the order the records were ready").anySatisfy(line -> assertThat(line).endsWith("/a\\nb.txt"))
                .anySatisfy(line -> assertThat(line).endsWith("/c\\td.txt"));
        assertThat(fx.records()).extracting(r -> r.source().fileName()).containsExactly("a\nb.txt", "c\td.txt");
    }

    private static void zip(Path file, String... namesAndTexts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
