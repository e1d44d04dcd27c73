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
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.govdoc.extract.ExtractorVersion;
import org.govdoc.index.FileRegistry.IndexedFile;
import org.govdoc.index.analysis.HanLPAnalyzer;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;
import org.govdoc.record.Source;
import org.govdoc.text.segment.Segmenter;

/**
 * The embedded Lucene index on local disk (default {@code govdoc-data/index}), as ingest writes it.
 * It holds three things, each with its type: the records by sha256 (this class, the
 * {@link RecordStore}), their search entries ({@link SearchEntries}) and the ingest registry of
 * paths ({@link LuceneFileRegistry}, the {@link FileRegistry}). They share one Lucene writer so that
 * one commit makes all three durable together.
 *
 * <p>A record is stored once per sha256: its entries are replaced as a block. Identical bytes under
 * several paths make one record whose {@link Source#otherPaths()} lists the other paths; a changed
 * file at a path detaches that path from its old record (deleted when no path is left).
 *
 * <p>Changes become visible to readers (and durable) at {@link #commit}. Between commits the store
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
    private final IndexWriter writer;
    private final SearcherManager committed;
    private final SearchEntries entries;
    private final LuceneFileRegistry registry;
    /** Records changed since the last commit: sha256 → record (empty when deleted). */
    private final Map<String, Optional<Stored>> pendingRecords = new HashMap<>();
    /** The rules version of the records this store writes. */
    private final int rules;
    /** {@link IndexFields#MADE_BY} of a current record. */
    private final String current;
    private Map<String, String> lastCheckpoint;

    /** A record and the extraction that made it. */
    private record Stored(Extraction record, String madeBy) {
    }

    private LuceneRecordStore(Directory directory, Analyzer analyzer, int rules) throws IOException {
        this.directory = directory;
        this.rules = rules;
        this.current = ExtractorVersion.of(Extraction.SCHEMA_VERSION, rules);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
            writer.commit(); // an empty index readers can open
        }
        this.lastCheckpoint = checkpointOf(writer.getLiveCommitData());
        this.committed = new SearcherManager(writer, true, false, null);
        this.entries = new SearchEntries(writer, analyzer);
        this.registry = new LuceneFileRegistry(writer, committed);
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
    public FileRegistry registry() {
        return new FileRegistry() { // each call under the store's lock
            @Override
            public Optional<IndexedFile> lookupPath(String path) throws IOException {
                synchronized (LuceneRecordStore.this) {
                    return registry.lookupPath(path);
                }
            }

            @Override
            public void forEachPathUnder(String base, java.util.function.Consumer<String> paths) throws IOException {
                synchronized (LuceneRecordStore.this) {
                    registry.forEachPathUnder(base, paths);
                }
            }
        };
    }

    @Override
    public synchronized void upsert(Extraction record, FileStamp stamp) throws IOException {
        Source source = record.source();
        if (source == null || source.sha256() == null || source.path() == null) {
            throw new IllegalArgumentException("a record needs source.path and source.sha256");
        }
        String path = source.path();
        String sha = source.sha256();
        Optional<IndexedFile> old = registry.lookupPath(path);
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
                registry.put(new IndexedFile(p, sha, stamp));
            } else if (registry.lookupPath(p).isEmpty()) {
                registry.put(new IndexedFile(p, sha, stamp)); // listed by the caller as holding the same bytes
            }
        }
    }

    @Override
    public synchronized int remove(String path) throws IOException {
        String base = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        Set<String> candidates = new TreeSet<>();
        registry.forEachPathUnder(base, candidates::add);
        for (String p : registry.changedPaths()) {
            if (p.equals(base) || p.startsWith(base + "/") || p.startsWith(base + "!/")) {
                candidates.add(p);
            }
        }
        int removed = 0;
        for (String p : candidates) {
            Optional<IndexedFile> f = registry.lookupPath(p);
            if (f.isPresent()) {
                detach(f.get().sha256(), p);
                registry.delete(p);
                removed++;
            }
        }
        return removed;
    }

    /** The registry's answer for a path (a shortcut for {@code registry().lookupPath(path)}). */
    public synchronized Optional<IndexedFile> lookupPath(String path) throws IOException {
        return registry.lookupPath(path);
    }

    @Override
    public synchronized boolean containsCurrentRecord(String sha256) throws IOException {
        Optional<Stored> pending = pendingRecords.get(sha256);
        if (pending != null) {
            return pending.isPresent() && current.equals(pending.get().madeBy());
        }
        IndexSearcher s = committed.acquire();
        try {
            int doc = Postings.firstDoc(s.getIndexReader(), new Term(IndexFields.SHA256, sha256), new BytesRef(DOCUMENT));
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
            return Postings.firstDoc(s.getIndexReader(), new Term(IndexFields.SHA256, sha256), new BytesRef(DOCUMENT)) >= 0;
        } finally {
            committed.release(s);
        }
    }

    /** The stored record of these bytes: the latest state, upserts since the last commit included. */
    @Override
    public synchronized Optional<Extraction> record(String sha256) throws IOException {
        return currentStored(sha256).map(Stored::record);
    }

    @Override
    public synchronized void commit(Map<String, String> checkpoint) throws IOException {
        Map<String, String> data = new TreeMap<>(checkpoint);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        committed.maybeRefreshBlocking();
        registry.committed();
        pendingRecords.clear();
        lastCheckpoint = Map.copyOf(data);
    }

    @Override
    public synchronized Map<String, String> lastCheckpoint() {
        return lastCheckpoint;
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

    private static Map<String, String> checkpointOf(Iterable<Map.Entry<String, String>> data) {
        Map<String, String> map = new TreeMap<>();
        if (data != null) {
            data.forEach(e -> map.put(e.getKey(), e.getValue()));
        }
        return Map.copyOf(map);
    }

    /** Removes a path from the record of these bytes; deletes the record when no path is left. */
    private void detach(String sha, String path) throws IOException {
        Optional<Stored> rec = currentStored(sha);
        if (rec.isEmpty()) {
            return;
        }
        List<String> left = new ArrayList<>(EntryDocuments.paths(rec.get().record().source()));
        left.remove(path);
        if (left.isEmpty()) {
            entries.delete(sha);
            pendingRecords.put(sha, Optional.empty());
        } else {
            write(withPaths(rec.get().record(), left), rec.get().madeBy()); // still made by the same extraction
        }
    }

    private void write(Extraction record, String madeBy) throws IOException {
        entries.write(record, madeBy);
        pendingRecords.put(record.source().sha256(), Optional.of(new Stored(record, madeBy)));
    }

    private static Extraction withPaths(Extraction r, List<String> paths) {
        Source s = r.source();
        String first = paths.get(0);
        int slash = Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\'));
        String fileName = slash >= 0 ? first.substring(slash + 1) : first;
        Source moved = s.withPaths(first, first.equals(s.path()) ? s.fileName() : fileName,
                paths.subList(1, paths.size()));
        return r.withSource(moved, r.text());
    }

    private Optional<Stored> currentStored(String sha) throws IOException {
        Optional<Stored> pending = pendingRecords.get(sha);
        if (pending != null) {
            return pending;
        }
        IndexSearcher s = committed.acquire();
        try {
            int doc = Postings.firstDoc(s.getIndexReader(), new Term(IndexFields.SHA256, sha), new BytesRef(DOCUMENT));
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
}
