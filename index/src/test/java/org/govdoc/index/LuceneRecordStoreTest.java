package org.govdoc.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.govdoc.extract.ExtractorVersion;
import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.record.Extraction;
import org.govdoc.record.Source;
import org.govdoc.text.segment.Segmenter;
import org.junit.jupiter.api.Test;

class LuceneRecordStoreTest {

    private final Directory dir = new ByteBuffersDirectory();

    private Extraction budget(String path, String sha) {
        return TestRecords.budget(path, sha, "呈贡区", 2023, "2023年呈贡区政务服务项目支出",
                List.of(TestRecords.indicator("满意度指标", "服务对象满意度指标", "群众满意度", ">=", "95", "%"),
                        TestRecords.indicator("产出指标", "数量指标", "办件数量", ">=", "200000", "件")));
    }

    private long count(String field, String value) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            return new IndexSearcher(r).count(new TermQuery(new Term(field, value)));
        }
    }

    @Test
    void sameFileTwiceLeavesOneCopy() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            store.upsert(budget("a/x.pdf", "s1"), new FileStamp(10, 100));
            store.upsert(budget("a/x.pdf", "s1"), new FileStamp(10, 100));
            store.commit();
            store.upsert(budget("a/x.pdf", "s1"), new FileStamp(10, 100));
            store.commit();
        }
        // 1 document + 2 indicators + 1 amount + 1 figure
        assertThat(count(IndexFields.SHA256, "s1")).isEqualTo(5);
        assertThat(count(IndexFields.KIND, "document")).isEqualTo(1);
    }

    @Test
    void changedFileAtTheSamePathReplacesItsEntries() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            store.upsert(budget("a/x.pdf", "s1"), new FileStamp(10, 100));
            store.commit();
            store.upsert(budget("a/x.pdf", "s2"), new FileStamp(12, 200));
            assertThat(store.lookupPath("a/x.pdf")).hasValueSatisfying(f -> assertThat(f.sha256()).isEqualTo("s2"));
            store.commit();
            assertThat(store.containsSha256("s1")).isFalse();
            assertThat(store.containsSha256("s2")).isTrue();
            assertThat(store.lookupPath("a/x.pdf").orElseThrow().stamp()).isEqualTo(new FileStamp(12, 200));
        }
        assertThat(count(IndexFields.SHA256, "s1")).isZero();
        assertThat(count(IndexFields.SHA256, "s2")).isEqualTo(5);
    }

    @Test
    void identicalBytesUnderTwoPathsAreOneRecord() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            store.upsert(budget("a/x.pdf", "s1"), new FileStamp(10, 100));
            store.upsert(budget("b/copy.pdf", "s1"), new FileStamp(10, 300));
            store.commit();
            Source s = store.record("s1").orElseThrow().source();
            assertThat(s.path()).isEqualTo("a/x.pdf");
            assertThat(s.otherPaths()).containsExactly("b/copy.pdf");
            assertThat(store.lookupPath("a/x.pdf")).isPresent();
            assertThat(store.lookupPath("b/copy.pdf")).hasValueSatisfying(f -> {
                assertThat(f.sha256()).isEqualTo("s1");
                assertThat(f.stamp().modifiedMillis()).isEqualTo(300);
            });

            // the first path changes: the record stays for the second path only
            store.upsert(budget("a/x.pdf", "s9"), new FileStamp(11, 400));
            store.commit();
            Source left = store.record("s1").orElseThrow().source();
            assertThat(left.path()).isEqualTo("b/copy.pdf");
            assertThat(left.otherPaths()).isEmpty();
        }
        assertThat(count(IndexFields.SHA256, "s1")).isEqualTo(5);
        assertThat(count(IndexFields.PATHS, "a/x.pdf")).isEqualTo(5); // now the entries of s9
        assertThat(count(IndexFields.KIND, "document")).isEqualTo(2);
    }

    @Test
    void removeDeletesAFileOrAFolder() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            store.upsert(budget("d/a.pdf", "s1"), new FileStamp(1, 1));
            store.upsert(budget("d/sub/b.pdf", "s2"), new FileStamp(1, 1));
            store.upsert(budget("d/sub/c.zip!/c.docx", "s3"), new FileStamp(1, 1));
            store.upsert(budget("dx/d.pdf", "s4"), new FileStamp(1, 1));
            store.commit();
            assertThat(store.remove("d/a.pdf")).isEqualTo(1);
            assertThat(store.lookupPath("d/a.pdf")).isEmpty();
            store.upsert(budget("d/sub/e.pdf", "s5"), new FileStamp(1, 1)); // uncommitted, still removed
            assertThat(store.remove("d/sub/")).isEqualTo(3);
            store.commit();
            assertThat(store.containsSha256("s1")).isFalse();
            assertThat(store.containsSha256("s2")).isFalse();
            assertThat(store.containsSha256("s3")).isFalse();
            assertThat(store.containsSha256("s5")).isFalse();
            assertThat(store.containsSha256("s4")).isTrue();
            assertThat(store.lookupPath("dx/d.pdf")).isPresent();
            assertThat(store.remove("nothing/here")).isZero();
        }
        assertThat(count(IndexFields.KIND, "document")).isEqualTo(1);
    }

    @Test
    void removingOneOfTwoPathsKeepsTheRecord() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            store.upsert(budget("a/x.pdf", "s1"), new FileStamp(10, 100));
            store.upsert(budget("b/y.pdf", "s1"), new FileStamp(10, 100));
            store.commit();
            assertThat(store.remove("a/x.pdf")).isEqualTo(1);
            store.commit();
            assertThat(store.record("s1").orElseThrow().source().path()).isEqualTo("b/y.pdf");
        }
    }

    @Test
    void upsertOfAKnownPathKeepsTheOtherPaths() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            store.upsert(budget("a/x.pdf", "s1"), new FileStamp(10, 100));
            store.upsert(budget("b/y.pdf", "s1"), new FileStamp(10, 200));
            store.commit();
            // the first path parsed again (touched): the record keeps b/y.pdf
            store.upsert(budget("a/x.pdf", "s1"), new FileStamp(10, 150));
            store.commit();
            Source s = store.record("s1").orElseThrow().source();
            assertThat(s.path()).isEqualTo("a/x.pdf");
            assertThat(s.otherPaths()).containsExactly("b/y.pdf");
            assertThat(store.lookupPath("b/y.pdf")).isPresent();
            assertThat(store.lookupPath("a/x.pdf").orElseThrow().stamp().modifiedMillis()).isEqualTo(150);
        }
        assertThat(count(IndexFields.SHA256, "s1")).isEqualTo(5);
    }

    @Test
    void otherPathsGivenByTheCallerAreRegistered() throws IOException {
        Extraction r = budget("a/x.pdf", "s1");
        Source s = r.source();
        Extraction withCopy = r.withSource(new Source(s.path(), s.fileName(), s.mediaType(), s.sizeBytes(),
                s.pageCount(), s.sha256(), List.of("c/copy.pdf")), r.text());
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            store.upsert(withCopy, new FileStamp(10, 100));
            store.commit();
            assertThat(store.lookupPath("c/copy.pdf")).hasValueSatisfying(f -> assertThat(f.sha256()).isEqualTo("s1"));
            assertThat(store.record("s1").orElseThrow().source().otherPaths()).containsExactly("c/copy.pdf");
        }
        assertThat(count(IndexFields.PATHS, "c/copy.pdf")).isEqualTo(5);
    }

    @Test
    void hugeWordsAndNamesDoNotStopTheRecord() throws IOException {
        Extraction r = budget("a/x.pdf", "s1");
        String blob = "A".repeat(40_000);
        Extraction odd = TestRecords.plan("p/odd.docx", "s7", "呈贡区", 2023, "呈贡区工作方案",
                List.of(TestRecords.task("1", "推进一网通办 " + blob, List.of("区政务服务局" + "局".repeat(20_000)),
                        List.of(), null)), List.of());
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            store.upsert(r.withSource(r.source(), r.text() + " " + blob), new FileStamp(1, 1));
            store.upsert(odd, new FileStamp(1, 1));
            store.commit();
            assertThat(store.containsSha256("s1")).isTrue();
            assertThat(store.containsSha256("s7")).isTrue();
        }
        assertThat(count(IndexFields.TEXT, "一网通办")).isEqualTo(1);
    }

    @Test
    void failedRecordsAreKeptForTheirPath() throws IOException {
        Extraction failed = Extraction.failed(TestRecords.source("bad/locked.pdf", "s8"),
                org.govdoc.record.ErrorInfo.of(org.govdoc.record.ErrorCode.ENCRYPTED, "the PDF is password-protected"));
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            store.upsert(failed, new FileStamp(5, 6));
            store.commit();
            assertThat(store.lookupPath("bad/locked.pdf").orElseThrow().sha256()).isEqualTo("s8");
            assertThat(store.record("s8").orElseThrow().error().code()).isEqualTo("encrypted");
        }
        assertThat(count(IndexFields.STATUS, "failed")).isEqualTo(1);
        assertThat(count(IndexFields.SHA256, "s8")).isEqualTo(1);
    }

    @Test
    void stateSurvivesReopening() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            store.upsert(budget("a/x.pdf", "s1"), new FileStamp(10, 100));
            store.commit();
        }
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            assertThat(store.lookupPath("a/x.pdf").orElseThrow().stamp()).isEqualTo(new FileStamp(10, 100));
            assertThat(store.record("s1").orElseThrow().indicators()).hasSize(2);
            assertThat(store.record("s1").orElseThrow().text()).contains("项目支出绩效目标");
        }
    }

    /** The record as an older build with another record format would have written it. */
    private static Extraction schema(int version, Extraction r) {
        return new Extraction(version, r.id(), r.source(), r.status(), r.error(), r.docType(), r.title(), r.region(),
                r.year(), r.docNumber(), r.issuer(), r.issueDate(), r.project(), r.fundingAmounts(), r.indicators(),
                r.tasks(), r.deadlines(), r.units(), r.proposal(), r.figures(), r.warnings(), r.text());
    }

    @Test
    void aRecordKnowsWhichExtractionMadeItAcrossCommitsAndPathChanges() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            store.upsert(budget("a/new.pdf", "s1"), new FileStamp(10, 100));
            store.upsert(schema(Extraction.SCHEMA_VERSION - 1, budget("a/old-format.pdf", "s2")), new FileStamp(10, 100));
            assertThat(store.containsCurrentRecord("s1")).as("before the commit").isTrue();
            assertThat(store.containsCurrentRecord("s2")).isFalse();
            store.commit();
            assertThat(store.containsCurrentRecord("s1")).as("after the commit").isTrue();
            assertThat(store.containsCurrentRecord("s2")).isFalse();
            assertThat(store.containsSha256("s2")).as("still indexed, only not current").isTrue();
            assertThat(store.containsCurrentRecord("s9")).as("not indexed at all").isFalse();
        }
        try (LuceneRecordStore older = LuceneRecordStore.open(dir, Segmenter.standard(), ExtractorVersion.RULES - 1)) {
            older.upsert(budget("b/x.pdf", "s3"), new FileStamp(10, 100));
            older.upsert(budget("b/y.pdf", "s3"), new FileStamp(10, 100));
            older.commit();
            assertThat(older.containsCurrentRecord("s3")).as("current for the build that wrote it").isTrue();
        }
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            assertThat(store.containsCurrentRecord("s3")).as("made by older rules").isFalse();
            assertThat(store.containsCurrentRecord("s1")).isTrue();
            // a path leaving the old record rewrites it with its other path: still the old extraction's
            store.upsert(budget("b/x.pdf", "s4"), new FileStamp(11, 200));
            assertThat(store.record("s3").orElseThrow().source().path()).isEqualTo("b/y.pdf");
            assertThat(store.containsCurrentRecord("s3")).isFalse();
            store.commit();
            assertThat(store.containsCurrentRecord("s3")).isFalse();
            assertThat(store.containsCurrentRecord("s4")).isTrue();
            // read again by this build: current, with both paths
            store.upsert(budget("b/y.pdf", "s3"), new FileStamp(10, 100));
            store.upsert(budget("c/z.pdf", "s3"), new FileStamp(10, 100));
            store.commit();
            assertThat(store.containsCurrentRecord("s3")).isTrue();
            assertThat(store.record("s3").orElseThrow().source().otherPaths()).containsExactly("c/z.pdf");
        }
    }
}
