package org.govdoc.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govdoc.index.RecordStore;
import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.record.Extraction;
import org.govdoc.record.Source;

/**
 * The one thread that writes to the store: upserts records, folds files with the same bytes into
 * one record with all their paths, and commits in batches (the checkpoint a killed run resumes
 * from). Holds only the records since the last commit.
 */
final class StoreWriter {

    /** A stamp that never matches a file: the path is hashed again next run (and the stamp healed). */
    static final FileStamp UNKNOWN_STAMP = new FileStamp(-1, -1);

    private final LockedStore store;
    private final Set<String> inRun;
    private final int commitEvery;
    private final long commitPeriodMillis;
    private final long commitTextChars;

    /** Records upserted since the last commit, by sha256, with the stamp of their primary path. */
    private final Map<String, Stored> uncommitted = new HashMap<>();
    /** Paths of bytes still being parsed, waiting for their record. */
    private final Map<String, List<String>> waiting = new HashMap<>();
    private long textChars;
    private long lastCommit = System.nanoTime();
    private long commits;

    StoreWriter(LockedStore store, Set<String> inRun, int commitEvery, long commitPeriodMillis) {
        this.store = store;
        this.inRun = inRun;
        this.commitEvery = Math.max(1, commitEvery);
        this.commitPeriodMillis = commitPeriodMillis;
        this.commitTextChars = 16L * 1024 * 1024;
    }

    private record Stored(Extraction record, FileStamp stamp) {
    }

    void handle(Outcome outcome) throws IOException {
        if (outcome instanceof Outcome.Parsed parsed) {
            parsed(parsed);
        } else if (outcome instanceof Outcome.SameBytes same) {
            sameBytes(same);
        } else if (outcome instanceof Outcome.Removed removed) {
            store.remove(removed.path());
        }
        if (uncommitted.size() >= commitEvery || textChars >= commitTextChars) {
            commit();
        }
    }

    /** Commits when the last checkpoint is older than the commit period. */
    void tick() throws IOException {
        if (!uncommitted.isEmpty() && (System.nanoTime() - lastCommit) / 1_000_000 >= commitPeriodMillis) {
            commit();
        }
    }

    long commits() {
        return commits;
    }

    private void parsed(Outcome.Parsed parsed) throws IOException {
        Extraction record = parsed.record();
        String sha = record.source().sha256();
        String path = record.source().path();
        Set<String> others = new LinkedHashSet<>();
        if (parsed.mergeExisting()) {
            find(sha).ifPresent(old -> {
                others.add(old.record.source().path());
                others.addAll(old.record.source().otherPaths());
            });
        }
        List<String> queued = waiting.remove(sha);
        if (queued != null) {
            others.addAll(queued);
        }
        others.remove(path);
        if (!others.isEmpty()) {
            record = withPaths(record, path, new ArrayList<>(others));
        }
        put(record, parsed.stamp());
        if (parsed.previousSha() != null && !parsed.previousSha().equals(sha)) {
            release(path, parsed.previousSha());
        }
    }

    private void sameBytes(Outcome.SameBytes same) throws IOException {
        if (same.previousSha() != null && !same.previousSha().equals(same.sha256())) {
            release(same.path(), same.previousSha());
        }
        Optional<Stored> found = find(same.sha256());
        if (found.isEmpty()) { // its first path is still being parsed
            waiting.computeIfAbsent(same.sha256(), k -> new ArrayList<>()).add(same.path());
            return;
        }
        Stored stored = found.get();
        Source source = stored.record.source();
        if (source.path().equals(same.path())) {
            if (!same.stamp().equals(stored.stamp)) { // touched, not changed: remember the new stamp
                put(stored.record, same.stamp());
            }
        } else if (!source.otherPaths().contains(same.path())) {
            List<String> others = new ArrayList<>(source.otherPaths());
            others.add(same.path());
            put(withPaths(stored.record, source.path(), others), stored.stamp);
        }
    }

    /** The record of {@code previousSha} no longer holds {@code path}: drop the path from it. */
    private void release(String path, String previousSha) throws IOException {
        Optional<Stored> found = find(previousSha);
        if (found.isEmpty()) {
            return;
        }
        Source source = found.get().record.source();
        List<String> others = new ArrayList<>(source.otherPaths());
        if (source.path().equals(path)) {
            if (others.isEmpty()) {
                return; // replaced by the upsert of the same path
            }
            String primary = others.remove(0); // the next path holding those bytes carries the record
            put(withPaths(found.get().record, primary, others), UNKNOWN_STAMP);
        } else if (others.remove(path)) {
            put(withPaths(found.get().record, source.path(), others), found.get().stamp);
        }
    }

    private Optional<Stored> find(String sha) throws IOException {
        Stored stored = uncommitted.get(sha);
        if (stored != null) {
            return Optional.of(stored);
        }
        Optional<Extraction> record = store.findBySha256(sha);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        FileStamp stamp = store.lookupPath(record.get().source().path())
                .filter(f -> sha.equals(f.sha256()))
                .map(RecordStore.IndexedFile::stamp)
                .orElse(UNKNOWN_STAMP);
        return Optional.of(new Stored(record.get(), stamp));
    }

    private void put(Extraction record, FileStamp stamp) throws IOException {
        store.upsert(record, stamp);
        Stored previous = uncommitted.put(record.source().sha256(), new Stored(record, stamp));
        if (previous == null && record.text() != null) {
            textChars += record.text().length();
        }
    }

    void commit() throws IOException {
        store.commit();
        commits++;
        inRun.removeAll(uncommitted.keySet());
        uncommitted.clear();
        textChars = 0;
        lastCommit = System.nanoTime();
    }

    static Extraction withPaths(Extraction record, String primary, List<String> others) {
        Source s = record.source();
        String fileName = primary.substring(Math.max(primary.lastIndexOf('/'), primary.lastIndexOf('\\')) + 1);
        Source source = new Source(primary, fileName, s.mediaType(), s.sizeBytes(), s.pageCount(), s.sha256(), others);
        return record.withSource(source, record.text());
    }
}
