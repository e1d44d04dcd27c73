package org.govdoc.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.index.RecordStore.IndexedFile;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.govdoc.record.Extraction;
import org.govdoc.record.Source;

/**
 * The one thread that writes to the store: upserts records, adds the paths of files with the same
 * bytes to their record (the store merges paths on upsert), and commits in batches, the checkpoint
 * a killed run resumes from.
 */
final class StoreWriter {

    /** A stamp that never matches a file. */
    static final FileStamp UNKNOWN_STAMP = new FileStamp(-1, -1);
    private static final long COMMIT_TEXT_CHARS = 16L * 1024 * 1024;

    private final LockedStore store;
    private final Set<String> inRun;
    private final int commitEvery;
    private final long commitPeriodMillis;

    /** Paths whose bytes are still being parsed, waiting for their record. */
    private final Map<String, List<SamePath>> waiting = new HashMap<>();
    private long upserts;
    private long textChars;
    private long lastCommit = System.nanoTime();
    private long commits;

    private record SamePath(String path, FileStamp stamp) {
    }

    /**
     * @param inRun the bytes the walker sent to the parsers and not yet stored; released here once
     *              stored (from then on the store answers for them)
     */
    StoreWriter(LockedStore store, Set<String> inRun, int commitEvery, long commitPeriodMillis) {
        this.store = store;
        this.inRun = inRun;
        this.commitEvery = Math.max(1, commitEvery);
        this.commitPeriodMillis = commitPeriodMillis;
    }

    void handle(Outcome outcome) throws IOException {
        if (outcome instanceof Outcome.Parsed parsed) {
            Extraction record = put(parsed.record(), parsed.stamp());
            String sha = record.source().sha256();
            List<SamePath> queued = waiting.remove(sha);
            if (queued != null) {
                for (SamePath same : queued) {
                    put(withPath(record, same.path()), same.stamp());
                }
            }
            inRun.remove(sha);
        } else if (outcome instanceof Outcome.SameBytes same) {
            sameBytes(same);
        } else if (outcome instanceof Outcome.Removed removed) {
            store.remove(removed.path());
        }
        if (upserts >= commitEvery || textChars >= COMMIT_TEXT_CHARS) {
            commit();
        }
    }

    /** Commits when the last checkpoint is older than the commit period. */
    void tick() throws IOException {
        if (upserts > 0 && (System.nanoTime() - lastCommit) / 1_000_000 >= commitPeriodMillis) {
            commit();
        }
    }

    long commits() {
        return commits;
    }

    private void sameBytes(Outcome.SameBytes same) throws IOException {
        Optional<Extraction> stored = store.record(same.sha256());
        if (stored.isEmpty() || !store.containsCurrentRecord(same.sha256())) {
            // its first path is still being parsed (the stored record, if any, is of an older version and
            // is being read again: adding the path to it would mark the old record current)
            waiting.computeIfAbsent(same.sha256(), k -> new ArrayList<>()).add(new SamePath(same.path(), same.stamp()));
            return;
        }
        Optional<IndexedFile> known = store.lookupPath(same.path());
        if (known.isPresent() && known.get().sha256().equals(same.sha256()) && known.get().stamp().equals(same.stamp())) {
            return; // already one of the record's paths, with this stamp
        }
        put(withPath(stored.get(), same.path()), same.stamp()); // the store adds the path to the record's paths
    }

    /**
     * Stores a record; one the store refuses (Lucene throws for an immense term or too many tokens,
     * for instance) is stored instead as a failed record of the same file, {@code too_large}: one file
     * never stops the writer. Returns the record stored.
     */
    private Extraction put(Extraction record, FileStamp stamp) throws IOException {
        try {
            store.upsert(record, stamp);
        } catch (RuntimeException e) {
            if (!record.ok()) {
                throw e; // a failed record is small: the store itself is broken
            }
            record = unstorable(record, e);
            store.upsert(record, stamp);
        }
        upserts++;
        if (record.text() != null) {
            textChars += record.text().length();
        }
        return record;
    }

    /** The failed record of a file whose record the store refused. */
    static Extraction unstorable(Extraction record, RuntimeException e) {
        return Extraction.failed(record.source(), ErrorInfo.of(ErrorCode.TOO_LARGE,
                "the record of this file could not be stored in the index: " + e.getMessage()));
    }

    void commit() throws IOException {
        store.commit();
        commits++;
        upserts = 0;
        textChars = 0;
        lastCommit = System.nanoTime();
    }

    /** The record as read from one more path holding its bytes. */
    static Extraction withPath(Extraction record, String path) {
        Source s = record.source();
        String fileName = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return record.withSource(new Source(path, fileName, s.mediaType(), s.sizeBytes(), s.pageCount(), s.sha256(),
                null), record.text());
    }
}
