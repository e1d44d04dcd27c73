package org.govdoc.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govdoc.index.FileRegistry.IndexedFile;
import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.ingest.IngestedRecord.Origin;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.govdoc.record.Extraction;
import org.govdoc.record.Source;

/**
 * The one thread that writes records: turns each outcome of the walker and the parsers into the
 * record of its path and sends it, once, to the index first and then to the JSONL and the other
 * sinks, in the order outcomes come. Checkpoints in batches: the JSONL is flushed to the disk, then
 * the index commits with the JSONL's length ({@link JsonlSink#checkpoint}), the point a killed run
 * resumes from.
 */
final class RecordWriter {

    /** A stamp that never matches a file. */
    static final FileStamp UNKNOWN_STAMP = new FileStamp(-1, -1);
    private static final long COMMIT_TEXT_CHARS = 16L * 1024 * 1024;

    private final LockedStore store;
    private final Set<String> inRun;
    private final IndexSink index;
    private final JsonlSink jsonl;
    /** The sinks after the index and the JSONL: the summary's counts, stdout lines, any given to the run. */
    private final List<RecordSink> others;
    private final int commitEvery;
    private final long commitPeriodMillis;

    /** Paths whose bytes are still being parsed, waiting for their record. */
    private final Map<String, List<Outcome.SameBytes>> waiting = new HashMap<>();
    private long upserts;
    private long linesSinceCommit;
    private long textChars;
    private long lastCommit = System.nanoTime();
    private long commits;

    /**
     * @param inRun the bytes the walker sent to the parsers and not yet stored; released here once
     *              stored (from then on the store answers for them)
     */
    RecordWriter(LockedStore store, Set<String> inRun, JsonlSink jsonl, List<RecordSink> others, int commitEvery,
                 long commitPeriodMillis) {
        this.store = store;
        this.inRun = inRun;
        this.index = new IndexSink(store);
        this.jsonl = jsonl;
        this.others = List.copyOf(others);
        this.commitEvery = Math.max(1, commitEvery);
        this.commitPeriodMillis = commitPeriodMillis;
    }

    void handle(Outcome outcome) throws IOException {
        if (outcome instanceof Outcome.Parsed parsed) {
            parsed(parsed);
        } else if (outcome instanceof Outcome.SameBytes same) {
            sameBytes(same);
        } else if (outcome instanceof Outcome.Unchanged unchanged) {
            unchanged(unchanged);
        } else if (outcome instanceof Outcome.Removed removed) {
            removed(removed.path());
        }
        if (upserts >= commitEvery || textChars >= COMMIT_TEXT_CHARS) {
            commit(false);
        }
    }

    /** Commits when the last checkpoint is older than the commit period and something was written since. */
    void tick() throws IOException {
        if (linesSinceCommit > 0 && (System.nanoTime() - lastCommit) / 1_000_000 >= commitPeriodMillis) {
            commit(false);
        }
    }

    long commits() {
        return commits;
    }

    /** Removes the records of a path that is gone, from the index and every sink. */
    void removed(String path) throws IOException {
        index.removed(path);
        jsonl.removed(path);
        for (RecordSink sink : others) {
            sink.removed(path);
        }
        upserts++;
    }

    private void parsed(Outcome.Parsed parsed) throws IOException {
        Extraction record = parsed.record();
        String sha = record.source().sha256();
        List<String> known = store.record(sha).map(r -> paths(r.source())).orElse(List.of());
        write(at(record, known, record.source().path(), record.source().fileName()), parsed.stamp(), Origin.PARSED);
        List<Outcome.SameBytes> queued = waiting.remove(sha);
        if (queued != null) {
            for (Outcome.SameBytes same : queued) {
                sameBytes(same);
            }
        }
        inRun.remove(sha);
    }

    private void sameBytes(Outcome.SameBytes same) throws IOException {
        Optional<Extraction> stored = store.record(same.sha256());
        if (stored.isEmpty() || !store.containsCurrentRecord(same.sha256())) {
            // its first path is still being parsed (the stored record, if any, is of an older version and
            // is being read again: adding the path to it would mark the old record current)
            waiting.computeIfAbsent(same.sha256(), k -> new ArrayList<>()).add(same);
            return;
        }
        Optional<IndexedFile> known = store.lookupPath(same.path());
        boolean already = known.isPresent() && known.get().sha256().equals(same.sha256())
                && known.get().stamp().equals(same.stamp()); // already one of the record's paths, with this stamp
        Extraction r = stored.get();
        write(at(r, paths(r.source()), same.path(), same.fileName()), same.stamp(),
                already ? Origin.UNCHANGED : Origin.SAME_BYTES);
    }

    private void unchanged(Outcome.Unchanged unchanged) throws IOException {
        if (jsonl.written(unchanged.path())) {
            return; // written before the run that was killed was: kept
        }
        Optional<Extraction> stored = store.record(unchanged.sha256());
        Extraction line = stored.map(r -> at(r, paths(r.source()), unchanged.path(), unchanged.fileName()))
                .orElseGet(() -> Extraction.failed(new Source(unchanged.path(), unchanged.fileName(), null, 0, null,
                        Hashing.ofUnreadable(unchanged.path()), null),
                        ErrorInfo.of(ErrorCode.INTERNAL, "the file is not in the index")));
        write(line, unchanged.stamp(), Origin.UNCHANGED);
    }

    /**
     * Sends a record to the index, then to the other sinks. A record the index refuses (Lucene throws
     * for an immense term or too many tokens, for instance) is written instead as a failed record of
     * the same file, {@code too_large}: one file never stops the writer.
     */
    private void write(Extraction line, FileStamp stamp, Origin origin) throws IOException {
        IngestedRecord r = new IngestedRecord(line, stamp, origin);
        try {
            index.accept(r);
        } catch (RuntimeException e) {
            if (!line.ok()) {
                throw e; // a failed record is small: the store itself is broken
            }
            r = new IngestedRecord(unstorable(line, e), stamp, origin);
            index.accept(r);
        }
        if (origin != Origin.UNCHANGED) {
            upserts++;
            if (r.record().text() != null) {
                textChars += r.record().text().length();
            }
        }
        linesSinceCommit++;
        jsonl.accept(r);
        for (RecordSink sink : others) {
            sink.accept(r);
        }
    }

    /** The failed record of a file whose record the store refused. */
    static Extraction unstorable(Extraction record, RuntimeException e) {
        return Extraction.failed(record.source(), ErrorInfo.of(ErrorCode.TOO_LARGE,
                "the record of this file could not be stored in the index: " + e.getMessage()));
    }

    /** A checkpoint: every sink made durable, then the index committed with the JSONL's length. */
    void commit(boolean complete) throws IOException {
        jsonl.flush();
        for (RecordSink sink : others) {
            sink.flush();
        }
        store.commit(jsonl.checkpoint(complete));
        commits++;
        upserts = 0;
        linesSinceCommit = 0;
        textChars = 0;
        lastCommit = System.nanoTime();
    }

    /** A record's paths: its first path, then the others in the order they were added. */
    static List<String> paths(Source s) {
        List<String> all = new ArrayList<>(1 + s.otherPaths().size());
        all.add(s.path());
        all.addAll(s.otherPaths());
        return all;
    }

    /**
     * The record as the line of one of its paths: {@code path} becomes {@code source.path}, and
     * {@code source.otherPaths} the paths of the same bytes recorded before it ({@code known} up to
     * {@code path}, or all of them for a path not yet among them). So the lines of shared bytes are the
     * same whether the record is made in this run or read back from the store.
     */
    static Extraction at(Extraction r, List<String> known, String path, String fileName) {
        int i = known.indexOf(path);
        List<String> before = List.copyOf(i < 0 ? known : known.subList(0, i));
        Source s = r.source();
        if (s.path().equals(path) && s.otherPaths().equals(before) && s.fileName().equals(fileName)) {
            return r;
        }
        return r.withSource(s.withPaths(path, fileName, before), r.text());
    }
}
