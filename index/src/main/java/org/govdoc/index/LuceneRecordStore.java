package org.govdoc.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.govdoc.extract.ExtractorVersion;
import org.govdoc.index.analysis.HanLPAnalyzer;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;
import org.govdoc.record.Source;
import org.govdoc.text.segment.Segmenter;

/**
 * The embedded Lucene index on local disk (default {@code govdoc-data/index}).
 *
 * <p>A record is stored once per sha256: its entries (see {@link EntryDocuments}) are replaced as a
 * block. Identical bytes under several paths make one record whose {@link Source#otherPaths()} lists
 * the other paths; a changed file at a path detaches that path from its old record (deleted when no
 * path is left). A hidden registry entry per path keeps its sha256 and {@link FileStamp}.
 *
 * <p>Changes become visible to readers (and durable) at {@link #commit()}. Between commits the store
 * remembers what it changed, so lookups during an ingest see the latest state. Methods are
 * synchronized: one writer, any number of readers (other processes included) on the last commit.
 *
 * <p>Each record is stored with the version of the extraction that made it ({@link IndexFields#MADE_BY}:
 * the record's {@code schemaVersion} and the rules version this store was opened with, by default
 * {@link ExtractorVersion#RULES}); {@link #containsCurrentRecord} compares it with this build's.
 */
public final class LuceneRecordStore implements RecordStore {

    private static final String DOCUMENT = EntryKind.DOCUMENT.id();

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager committed;
    /** Files changed since the last commit: path → state (empty when removed). */
    private final Map<String, Optional<IndexedFile>> pendingFiles = new HashMap<>();
    /** Records changed since the last commit: sha256 → record (empty when deleted). */
    private final Map<String, Optional<Stored>> pendingRecords = new HashMap<>();
    /** The rules version of the records this store writes. */
    private final int rules;
    /** {@link IndexFields#MADE_BY} of a current record. */
    private final String current;

    /** A record and the extraction that made it. */
    private record Stored(Extraction record, String madeBy) {
    }

    private LuceneRecordStore(Directory directory, Analyzer analyzer, int rules) throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.rules = rules;
        this.current = ExtractorVersion.of(Extraction.SCHEMA_VERSION, rules);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
            writer.commit(); // an empty index readers can open
        }
        this.committed = new SearcherManager(writer, true, false, null);
    }

    /** Opens (or creates) the index in this folder. */
    public static LuceneRecordStore open(Path folder) throws IOException {
        Files.createDirectories(folder);
        return open(FSDirectory.open(folder), Segmenter.standard());
    }

    /** Opens (or creates) the index in this directory with this segmenter. */
    public static LuceneRecordStore open(Directory directory, Segmenter segmenter) throws IOException {
        return open(directory, segmenter, ExtractorVersion.RULES);
    }

    /**
     * Opens (or creates) the index with records made by this rules version instead of
     * {@link ExtractorVersion#RULES}: what tests use to write an index as an older build did.
     */
    public static LuceneRecordStore open(Path folder, int rulesVersion) throws IOException {
        Files.createDirectories(folder);
        return open(FSDirectory.open(folder), Segmenter.standard(), rulesVersion);
    }

    /** Opens (or creates) the index in this directory with this segmenter and rules version. */
    public static LuceneRecordStore open(Directory directory, Segmenter segmenter, int rulesVersion) throws IOException {
        return new LuceneRecordStore(directory, HanLPAnalyzer.forIndex(segmenter), rulesVersion);
    }

    /** The directory, for a {@link org.govdoc.index.search.SearchService} in the same process. */
    public Directory directory() {
        return directory;
    }

    @Override
    public synchronized void upsert(Extraction record, FileStamp stamp) throws IOException {
        Source source = record.source();
        if (source == null || source.sha256() == null || source.path() == null) {
            throw new IllegalArgumentException("a record needs source.path and source.sha256");
        }
        String path = source.path();
        String sha = source.sha256();
        Optional<IndexedFile> old = currentFile(path);
        if (old.isPresent() && !old.get().sha256().equals(sha)) {
            detach(old.get().sha256(), path);
        }
        Optional<Stored> existing = currentStored(sha);
        Extraction merged = record;
        if (existing.isPresent()) {
            // bytes already stored keep their paths and gain this record's
            Set<String> all = new LinkedHashSet<>(EntryDocuments.paths(existing.get().record().source()));
            all.addAll(EntryDocuments.paths(source));
            merged = withPaths(record, new ArrayList<>(all));
        }
        write(merged, ExtractorVersion.of(record.schemaVersion(), rules));
        for (String p : EntryDocuments.paths(source)) {
            if (p.equals(path)) {
                putFile(new IndexedFile(p, sha, stamp));
            } else if (currentFile(p).isEmpty()) {
                putFile(new IndexedFile(p, sha, stamp)); // listed by the caller as holding the same bytes
            }
        }
    }

    @Override
    public synchronized int remove(String path) throws IOException {
        String base = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        Set<String> candidates = new TreeSet<>();
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.FILE_PATH, base)), Occur.SHOULD)
                .add(new PrefixQuery(new Term(IndexFields.FILE_PATH, base + "/")), Occur.SHOULD)
                .add(new PrefixQuery(new Term(IndexFields.FILE_PATH, base + "!/")), Occur.SHOULD)
                .build();
        IndexSearcher s = committed.acquire();
        try {
            StoredFields stored = s.storedFields();
            for (ScoreDoc d : s.search(q, Integer.MAX_VALUE).scoreDocs) {
                candidates.add(stored.document(d.doc).get(IndexFields.FILE_PATH));
            }
        } finally {
            committed.release(s);
        }
        for (String p : pendingFiles.keySet()) {
            if (p.equals(base) || p.startsWith(base + "/") || p.startsWith(base + "!/")) {
                candidates.add(p);
            }
        }
        int removed = 0;
        for (String p : candidates) {
            Optional<IndexedFile> f = currentFile(p);
            if (f.isPresent()) {
                detach(f.get().sha256(), p);
                deleteFile(p);
                removed++;
            }
        }
        return removed;
    }

    @Override
    public synchronized Optional<IndexedFile> lookupPath(String path) throws IOException {
        return currentFile(path);
    }

    @Override
    public synchronized boolean containsCurrentRecord(String sha256) throws IOException {
        Optional<Stored> pending = pendingRecords.get(sha256);
        if (pending != null) {
            return pending.isPresent() && current.equals(pending.get().madeBy());
        }
        IndexSearcher s = committed.acquire();
        try {
            int doc = firstDoc(s.getIndexReader(), new Term(IndexFields.SHA256, sha256), new BytesRef(DOCUMENT));
            return doc >= 0 && current.equals(s.storedFields().document(doc, Set.of(IndexFields.MADE_BY))
                    .get(IndexFields.MADE_BY));
        } finally {
            committed.release(s);
        }
    }

    @Override
    public synchronized boolean containsSha256(String sha256) throws IOException {
        Optional<Stored> pending = pendingRecords.get(sha256);
        if (pending != null) {
            return pending.isPresent();
        }
        IndexSearcher s = committed.acquire();
        try {
            return firstDoc(s.getIndexReader(), new Term(IndexFields.SHA256, sha256), new BytesRef(DOCUMENT)) >= 0;
        } finally {
            committed.release(s);
        }
    }

    /** The stored record of these bytes: the latest state, upserts since the last commit included. */
    @Override
    public synchronized Optional<Extraction> record(String sha256) throws IOException {
        return currentRecord(sha256);
    }

    @Override
    public synchronized void commit() throws IOException {
        writer.commit();
        committed.maybeRefreshBlocking();
        pendingFiles.clear();
        pendingRecords.clear();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            committed.close();
        } finally {
            writer.close(); // commits what was upserted since the last commit
        }
    }

    // ---------------------------------------------------------------- internals

    /** Removes a path from the record of these bytes; deletes the record when no path is left. */
    private void detach(String sha, String path) throws IOException {
        Optional<Stored> rec = currentStored(sha);
        if (rec.isEmpty()) {
            return;
        }
        List<String> left = new ArrayList<>(EntryDocuments.paths(rec.get().record().source()));
        left.remove(path);
        if (left.isEmpty()) {
            writer.deleteDocuments(new Term(IndexFields.SHA256, sha));
            pendingRecords.put(sha, Optional.empty());
        } else {
            write(withPaths(rec.get().record(), left), rec.get().madeBy()); // still made by the same extraction
        }
    }

    private void write(Extraction record, String madeBy) throws IOException {
        String sha = record.source().sha256();
        List<Document> entries = EntryDocuments.of(record, analyzer);
        if (madeBy != null) {
            entries.get(0).add(new StoredField(IndexFields.MADE_BY, madeBy)); // the document entry
        }
        writer.updateDocuments(new Term(IndexFields.SHA256, sha), entries);
        pendingRecords.put(sha, Optional.of(new Stored(record, madeBy)));
    }

    private static Extraction withPaths(Extraction r, List<String> paths) {
        Source s = r.source();
        String first = paths.get(0);
        int slash = Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\'));
        String fileName = slash >= 0 ? first.substring(slash + 1) : first;
        Source moved = new Source(first, first.equals(s.path()) ? s.fileName() : fileName, s.mediaType(),
                s.sizeBytes(), s.pageCount(), s.sha256(), paths.subList(1, paths.size()));
        return r.withSource(moved, r.text());
    }

    private void putFile(IndexedFile f) throws IOException {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.FILE_KIND, Field.Store.NO));
        d.add(new SortedDocValuesField(IndexFields.KIND, new BytesRef(IndexFields.FILE_KIND)));
        d.add(new StringField(IndexFields.FILE_PATH, f.path(), Field.Store.YES));
        d.add(new StoredField(IndexFields.FILE_SHA256, f.sha256()));
        d.add(new StoredField(IndexFields.FILE_SIZE, f.stamp() == null ? -1 : f.stamp().sizeBytes()));
        d.add(new StoredField(IndexFields.FILE_MTIME, f.stamp() == null ? -1 : f.stamp().modifiedMillis()));
        writer.updateDocument(new Term(IndexFields.FILE_PATH, f.path()), d);
        pendingFiles.put(f.path(), Optional.of(f));
    }

    private void deleteFile(String path) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.FILE_PATH, path));
        pendingFiles.put(path, Optional.empty());
    }

    private Optional<IndexedFile> currentFile(String path) throws IOException {
        Optional<IndexedFile> pending = pendingFiles.get(path);
        if (pending != null) {
            return pending;
        }
        IndexSearcher s = committed.acquire();
        try {
            int doc = firstDoc(s.getIndexReader(), new Term(IndexFields.FILE_PATH, path), null);
            if (doc < 0) {
                return Optional.empty();
            }
            Document d = s.storedFields().document(doc);
            long size = d.getField(IndexFields.FILE_SIZE).numericValue().longValue();
            long mtime = d.getField(IndexFields.FILE_MTIME).numericValue().longValue();
            return Optional.of(new IndexedFile(path, d.get(IndexFields.FILE_SHA256), new FileStamp(size, mtime)));
        } finally {
            committed.release(s);
        }
    }

    private Optional<Extraction> currentRecord(String sha) throws IOException {
        return currentStored(sha).map(Stored::record);
    }

    private Optional<Stored> currentStored(String sha) throws IOException {
        Optional<Stored> pending = pendingRecords.get(sha);
        if (pending != null) {
            return pending;
        }
        IndexSearcher s = committed.acquire();
        try {
            int doc = firstDoc(s.getIndexReader(), new Term(IndexFields.SHA256, sha), new BytesRef(DOCUMENT));
            if (doc < 0) {
                return Optional.empty();
            }
            Document stored = s.storedFields().document(doc, Set.of(IndexFields.RECORD, IndexFields.MADE_BY));
            Extraction record = RecordJson.mapper().readValue(stored.get(IndexFields.RECORD), Extraction.class);
            return Optional.of(new Stored(record, stored.get(IndexFields.MADE_BY)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable record " + sha + " in the index", e);
        } finally {
            committed.release(s);
        }
    }

    /**
     * The first live document (in index order) holding the term, and of this entry kind unless null;
     * -1 when there is none. What a search for the term (filtered by kind) would return first, read
     * straight from the postings: one per file ingested, so the query machinery is not worth its cost.
     */
    private static int firstDoc(IndexReader reader, Term term, BytesRef kind) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term.bytes())) {
                continue;
            }
            SortedDocValues kinds = null;
            int kindOrd = -1;
            if (kind != null) {
                kinds = DocValues.getSorted(leaf.reader(), IndexFields.KIND);
                kindOrd = kinds.lookupTerm(kind);
                if (kindOrd < 0) {
                    continue;
                }
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if ((live == null || live.get(d)) && (kinds == null || kinds.advanceExact(d) && kinds.ordValue() == kindOrd)) {
                    return leaf.docBase + d;
                }
            }
        }
        return -1;
    }
}
