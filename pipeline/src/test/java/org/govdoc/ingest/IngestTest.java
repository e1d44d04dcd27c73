package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.govdoc.extract.ExtractorVersion;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.govdoc.index.IndexFields;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.record.Extraction;
import org.govdoc.record.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {

    @TempDir
    Path tmp;
    IngestFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new IngestFixture(tmp);
        ScriptedReader.CALLS.set(0);
    }

    @Test
    void everyFailureClassReachesTheJsonlAndTheNextFileIsStillRead() throws Exception {
        fx.write("01-hang.txt", "HANG");
        fx.write("02-ok.txt", "第一份");
        fx.write("03-throw.txt", "THROW");
        fx.write("04-ok.txt", "第二份");
        fx.write("05-oom.txt", "OOM");
        fx.write("06-ok.txt", "第三份");
        fx.write("07-corrupt.txt", "CORRUPT");
        fx.write("08-ok.txt", "第四份");
        fx.write("09-big.txt", "大".repeat(400));
        fx.write("10-ok.txt", "第五份");

        IngestSummary summary = fx.run(fx.builder().maxSizeBytes(1000).build());

        List<Extraction> records = fx.records();
        assertThat(records).extracting(r -> r.source().fileName()).containsExactly("01-hang.txt", "02-ok.txt",
                "03-throw.txt", "04-ok.txt", "05-oom.txt", "06-ok.txt", "07-corrupt.txt", "08-ok.txt", "09-big.txt",
                "10-ok.txt");
        assertThat(records).extracting(r -> r.error() == null ? "ok" : r.error().code()).containsExactly("timeout",
                "ok", "internal", "ok", "out_of_memory", "ok", "corrupt", "ok", "too_large", "ok");
        assertThat(fx.record("04-ok.txt").text()).isEqualTo("第二份");
        assertThat(fx.record("09-big.txt").status()).isEqualTo(Status.FAILED);
        assertThat(summary.ok()).isEqualTo(5);
        assertThat(summary.failed()).containsEntry("timeout", 1L).containsEntry("too_large", 1L);
        assertThat(ScriptedReader.CALLS.get()).as("the too large file is never parsed").isEqualTo(9);
    }

    @Test
    void anUnchangedFolderIsNotParsedAgainAndAChangedFileIs() throws Exception {
        fx.write("a.txt", "甲");
        fx.write("sub/b.txt", "乙");
        fx.write("sub/c.txt", "丙");
        fx.run();
        assertThat(ScriptedReader.CALLS.get()).isEqualTo(3);
        List<String> first = fx.lines();

        ScriptedReader.CALLS.set(0);
        IngestSummary again = fx.run();
        assertThat(ScriptedReader.CALLS.get()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(fx.lines()).as("the JSONL still lists every file").isEqualTo(first);

        Path b = fx.write("sub/b.txt", "乙改");
        Files.setLastModifiedTime(b, FileTime.fromMillis(Files.getLastModifiedTime(b).toMillis() + 5000));
        fx.run();
        assertThat(ScriptedReader.CALLS.get()).isEqualTo(1);
        assertThat(fx.record("b.txt").text()).isEqualTo("乙改");
        assertThat(fx.records()).hasSize(3);

        ScriptedReader.CALLS.set(0);
        fx.run(fx.builder().force(true).build());
        assertThat(ScriptedReader.CALLS.get()).as("--force reads everything again").isEqualTo(3);
        assertThat(fx.records()).hasSize(3);
    }

    @Test
    void recordsOfAnOlderExtractionAreReadAgainWithoutForceAndCurrentOnesAreNot() throws Exception {
        fx.write("a.txt", "甲");
        fx.write("b/same.txt", "同一份");
        fx.write("c/same.txt", "同一份");
        fx.write("d.zip.txt", "丁");
        zip(fx.input.resolve("e.zip"), false, "inner/f.txt", "戊");
        fx.runWithRules(ExtractorVersion.RULES - 1); // the index as the build before the upgrade left it
        assertThat(ScriptedReader.CALLS.get()).isEqualTo(4);
        List<String> before = fx.lines();

        ScriptedReader.CALLS.set(0);
        IngestSummary upgraded = fx.run();
        assertThat(ScriptedReader.CALLS.get()).as("every file read again, the shared bytes once").isEqualTo(4);
        assertThat(upgraded.unchanged()).isZero();
        assertThat(fx.lines()).as("same files, same paths and otherPaths").isEqualTo(before);
        String b = fx.input.resolve("b/same.txt").toString();
        String c = fx.input.resolve("c/same.txt").toString();
        try (LuceneRecordStore store = LuceneRecordStore.open(fx.index)) {
            for (Extraction r : fx.records()) {
                assertThat(store.containsCurrentRecord(r.id())).as(r.source().path()).isTrue();
            }
            Extraction shared = store.record(fx.record("same.txt").id()).orElseThrow();
            assertThat(shared.source().path()).isEqualTo(b);
            assertThat(shared.source().otherPaths()).containsExactly(c);
        }

        ScriptedReader.CALLS.set(0);
        IngestSummary again = fx.run();
        assertThat(ScriptedReader.CALLS.get()).as("an index of the current version is not read again").isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(fx.lines()).isEqualTo(before);
    }

    @Test
    void identicalBytesUnderTwoPathsAreOneRecordWithBothPaths() throws Exception {
        fx.write("a/x.txt", "同一份文件");
        fx.write("b/y.txt", "同一份文件");
        fx.write("c.txt", "另一份");
        IngestSummary summary = fx.run();

        String x = fx.input.resolve("a/x.txt").toString();
        String y = fx.input.resolve("b/y.txt").toString();
        assertThat(ScriptedReader.CALLS.get()).as("the shared bytes are read once").isEqualTo(2);
        assertThat(summary.sameBytes()).isEqualTo(1);
        List<Extraction> records = fx.records();
        assertThat(records).as("one line per input file").hasSize(3)
                .extracting(r -> r.source().path()).containsExactly(x, y, fx.input.resolve("c.txt").toString());
        Extraction first = fx.record("x.txt");
        Extraction second = fx.record("y.txt");
        assertThat(second.id()).isEqualTo(first.id()).isNotEqualTo(fx.record("c.txt").id());
        assertThat(first.source().otherPaths()).as("a line names the paths of its bytes recorded before it").isEmpty();
        assertThat(second.source().otherPaths()).containsExactly(x);
        assertThat(second.source().fileName()).isEqualTo("y.txt");
        assertThat(second.text()).isEqualTo(first.text()).isEqualTo("同一份文件");
        assertThat(fx.record("c.txt").source().otherPaths()).isEmpty();
        assertThat(summary.records()).isEqualTo(3);
        assertThat(summary.ok()).isEqualTo(3);
        assertThat(summary.distinctRecords()).isEqualTo(2);
        assertThat(summary.sharedFiles()).isEqualTo(2);

        try (LuceneRecordStore store = LuceneRecordStore.open(fx.index)) {
            assertThat(store.lookupPath(y).orElseThrow().sha256()).isEqualTo(first.id());
            assertThat(store.record(first.id()).orElseThrow().source().path()).as("stored once").isEqualTo(x);
        }
        List<String> lines = fx.lines();
        ScriptedReader.CALLS.set(0);
        IngestSummary again = fx.run();
        assertThat(ScriptedReader.CALLS.get()).isZero();
        assertThat(fx.lines()).isEqualTo(lines);
        assertThat(again.sharedFiles()).isEqualTo(2);
        assertThat(again.distinctRecords()).isEqualTo(2);
    }

    @Test
    void zipEntriesAreReadAsDocumentsWithTheirFolders() throws Exception {
        fx.write("a.txt", "前");
        zip(fx.input.resolve("b.zip"), false, "folder/inner/one.txt", "一", "two.txt", "二", "dup.txt", "前");
        fx.write("c.txt", "后");
        fx.run();

        String archive = fx.input.resolve("b.zip").toString();
        String a = fx.input.resolve("a.txt").toString();
        assertThat(fx.records()).extracting(r -> r.source().path()).containsExactly(
                a,
                archive + "!/dup.txt",
                archive + "!/folder/inner/one.txt",
                archive + "!/two.txt",
                fx.input.resolve("c.txt").toString());
        assertThat(fx.record("one.txt").text()).isEqualTo("一");
        assertThat(fx.record("a.txt").source().otherPaths()).isEmpty();
        assertThat(fx.record("dup.txt").source().otherPaths()).containsExactly(a);
        assertThat(fx.record("dup.txt").id()).isEqualTo(fx.record("a.txt").id());

        ScriptedReader.CALLS.set(0);
        fx.run();
        assertThat(ScriptedReader.CALLS.get()).as("unchanged entries are skipped").isZero();
    }

    @Test
    void aFolderNamedLikeTheArchiveNotationDoesNotCollideWithTheArchivesEntries() throws Exception {
        zip(fx.input.resolve("x.zip"), false, "a.txt", "压缩包里的");
        fx.write("x.zip!/a.txt", "文件夹里的");
        zip(fx.input.resolve("y!"), false, "a.txt", "名字以叹号结尾的压缩包");
        fx.run();

        String in = fx.input.toString();
        List<Extraction> records = fx.records();
        assertThat(records).extracting(r -> r.source().path()).containsExactly(
                in + "/x.zip!/a.txt", in + "/x.zip!!/a.txt", in + "/y!!!/a.txt");
        assertThat(records).extracting(Extraction::text).containsExactly("压缩包里的", "文件夹里的", "名字以叹号结尾的压缩包");
        assertThat(records).extracting(r -> r.source().fileName()).containsOnly("a.txt");
        List<String> lines = fx.lines();

        ScriptedReader.CALLS.set(0);
        IngestSummary again = fx.run();
        assertThat(ScriptedReader.CALLS.get()).as("nothing swaps on the next run").isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(fx.lines()).isEqualTo(lines);

        try (LuceneRecordStore store = LuceneRecordStore.open(fx.index)) {
            assertThat(store.remove(RecordPaths.of(fx.input.resolve("x.zip!")))).as("the folder's file only").isEqualTo(1);
            store.commit();
            assertThat(store.lookupPath(in + "/x.zip!/a.txt")).as("the archive's entry stays").isPresent();
            assertThat(store.remove(RecordPaths.of(fx.input.resolve("y!")))).isEqualTo(1);
        }
    }

    @Test
    void recordPathsDoubleTheFinalExclamationMarksOfANameOnly() {
        assertThat(RecordPaths.of("/in/x.zip")).isEqualTo("/in/x.zip");
        assertThat(RecordPaths.of("/in/x.zip!/a.docx")).isEqualTo("/in/x.zip!!/a.docx");
        assertThat(RecordPaths.of("/in/重要!通知/a!b.docx")).as("inside a name: unchanged").isEqualTo("/in/重要!通知/a!b.docx");
        assertThat(RecordPaths.of("/in/a!!/b!")).isEqualTo("/in/a!!!!/b!!");
        assertThat(RecordPaths.entry(RecordPaths.of("/in/y!"), "e/f!/g.txt")).as("entry names as they are")
                .isEqualTo("/in/y!!!/e/f!/g.txt");
    }

    @Test
    void aZipBombIsRefusedAsAWholeAndTheNextFileIsRead() throws Exception {
        zip(fx.input.resolve("a-bomb.zip"), false, "fine.txt", "好", "zeros.txt", "0".repeat(5_000_000));
        fx.write("b.txt", "后");
        fx.run();

        List<Extraction> records = fx.records();
        assertThat(records).hasSize(2);
        Extraction bomb = fx.record("a-bomb.zip");
        assertThat(bomb.error().code()).isEqualTo("too_large");
        assertThat(bomb.error().message()).contains("ZIP bomb").contains("zeros.txt");
        assertThat(fx.record("b.txt").ok()).isTrue();
    }

    @Test
    void anArchiveWithTooManyEntriesIsRefused() throws Exception {
        zip(fx.input.resolve("many.zip"), false, "1.txt", "一", "2.txt", "二", "3.txt", "三");
        fx.run(fx.builder().zipLimits(new IngestOptions.ZipLimits(2, 1 << 20, 100)).build());
        assertThat(fx.records()).singleElement()
                .satisfies(r -> assertThat(r.error().message()).contains("3 entries"));
    }

    @Test
    void aDamagedEntryFailsAloneAndTheOtherEntriesAreRead() throws Exception {
        Path zip = fx.input.resolve("d.zip");
        zip(zip, true, "bad.txt", "BADBADBAD", "good.txt", "好");
        byte[] bytes = Files.readAllBytes(zip);
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        bytes[all.indexOf("BADBADBAD")] = 'X'; // the stored bytes no longer match the entry's CRC
        Files.write(zip, bytes);
        fx.run();

        assertThat(fx.records()).hasSize(2);
        assertThat(fx.record("bad.txt").error().code()).isEqualTo("corrupt");
        assertThat(fx.record("good.txt").text()).isEqualTo("好");
    }

    @Test
    void noTextLeavesTheTextOut() throws Exception {
        fx.write("a.txt", "正文");
        fx.run(fx.builder().noText(true).threads(1).commitEvery(10).build());
        assertThat(fx.record("a.txt").text()).isNull();
        assertThat(fx.record("a.txt").ok()).isTrue();
    }

    @Test
    void goldFilesLockFilesAndHiddenFilesAreLeftOutByDefault() throws Exception {
        writeExcludable();
        IngestSummary summary = fx.run();

        assertThat(fx.records()).extracting(r -> r.source().fileName()).containsExactly("a.docx", "one.txt");
        assertThat(ScriptedReader.CALLS.get()).isEqualTo(2);
        assertThat(summary.excluded()).as("3 files and 3 archive entries").isEqualTo(6);
        assertThat(summary.failed()).isEmpty();
    }

    @Test
    void noDefaultExcludesReadsEverything() throws Exception {
        writeExcludable();
        IngestSummary summary = fx.run(fx.builder().excludes(List.of()).build());

        assertThat(fx.records()).extracting(r -> r.source().fileName()).containsExactly(".DS_Store", "a.docx",
                "a.gold.json", ".hidden.txt", "one.txt", "x.gold.json", "~$one.txt", "~$a.docx");
        assertThat(summary.excluded()).isZero();
    }

    @Test
    void aUserExcludeIsAppliedToFilesAndArchiveEntries() throws Exception {
        writeExcludable();
        List<String> globs = new java.util.ArrayList<>(NameFilter.DEFAULT_EXCLUDES);
        globs.add("one.*");
        globs.add("*.docx");
        fx.run(fx.builder().excludes(globs).build());
        assertThat(fx.records()).isEmpty();

        fx.run(fx.builder().excludes(List.of("*.gold.json")).build());
        assertThat(fx.records()).extracting(r -> r.source().fileName())
                .containsExactly(".DS_Store", "a.docx", ".hidden.txt", "one.txt", "~$one.txt", "~$a.docx");
    }

    /** a.docx (text), its gold, its lock file, .DS_Store, and a ZIP with one.txt, its gold, a lock and a hidden file. */
    private void writeExcludable() throws IOException {
        fx.write("a.docx", "第一份");
        fx.write("a.gold.json", "{\"gold\": true}");
        fx.write("~$a.docx", "lock");
        fx.write(".DS_Store", "finder");
        zip(fx.input.resolve("b.zip"), false, "one.txt", "第二份", "x.gold.json", "{}", "~$one.txt", "lock",
                "__MACOSX/.hidden.txt", "mac");
    }

    /** Writes a ZIP of name/content pairs (stored uncompressed when {@code stored}). */
    @Test
    void filesDeletedFromAFolderAreRemovedWhenTheFolderIsIngestedAgain() throws Exception {
        fx.write("a.txt", "甲");
        Path gone = fx.write("sub/b.txt", "乙");
        fx.write("c.txt", "丙");
        zip(fx.input.resolve("d.zip"), false, "one.txt", "一", "two.txt", "二");
        IngestSummary first = fx.run();
        assertThat(first.records()).isEqualTo(5);
        assertThat(first.removed()).isZero();

        Files.delete(gone);
        zip(fx.input.resolve("d.zip"), false, "one.txt", "一"); // two.txt left the archive
        IngestSummary second = fx.run();

        assertThat(second.removed()).as("sub/b.txt and d.zip!/two.txt").isEqualTo(2);
        assertThat(fx.records()).extracting(r -> r.source().fileName()).containsExactly("a.txt", "c.txt", "one.txt");
        try (LuceneRecordStore store = LuceneRecordStore.open(fx.index)) {
            assertThat(store.lookupPath(gone.toString())).isEmpty();
            assertThat(store.lookupPath(fx.input.resolve("d.zip") + "!/two.txt")).isEmpty();
            assertThat(store.lookupPath(fx.input.resolve("a.txt").toString())).isPresent();
            try (DirectoryReader reader = DirectoryReader.open(store.directory())) {
                assertThat(new IndexSearcher(reader).count(new TermQuery(new Term(IndexFields.PATHS, gone.toString()))))
                        .as("no search entry names the deleted file").isZero();
            }
        }
        IngestSummary third = fx.run();
        assertThat(third.removed()).isZero();
        assertThat(third.unchanged()).isEqualTo(3);
    }

    static void zip(Path file, boolean stored, String... namesAndContents) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCompressedSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        }
    }
}
