package org.govdoc.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.govdoc.record.Extraction;

/**
 * The record store: the whole record of each distinct content, by the sha256 of its bytes, with the
 * paths that hold those bytes. Writing a record also writes its search entries and the
 * {@link FileRegistry} rows of its paths; the last {@link #commit} is the checkpoint readers see and
 * a resumed ingest starts from.
 */
public interface RecordStore extends Closeable {

    /**
     * Adds the record, replacing the entries of the same sha256 and of the same path. Bytes already
     * stored keep their paths and gain this record's ({@code source.path}, {@code source.otherPaths});
     * a path that held other bytes is detached from their record. Ingest relies on this to fold
     * identical files.
     *
     * @param stamp the file's size and modification time as seen when it was read
     */
    void upsert(Extraction record, FileStamp stamp) throws IOException;

    /** Deletes every entry of files at this path (or below it, for a folder or archive). Returns how many files. */
    int remove(String path) throws IOException;

    /** The record of these bytes as last upserted, with all its paths ({@code source.otherPaths}), if any. */
    Optional<Extraction> record(String sha256) throws IOException;

    /** True when a record of these bytes is in the store. */
    boolean containsSha256(String sha256) throws IOException;

    /**
     * True when a record of these bytes is in the store and was made by this build's extraction: its
     * {@code schemaVersion} is {@link Extraction#SCHEMA_VERSION} and the rules were
     * {@link org.govdoc.extract.ExtractorVersion#RULES}. Ingest reads again the files whose record is
     * not current (made before an upgrade), as if they were not indexed.
     */
    boolean containsCurrentRecord(String sha256) throws IOException;

    /** The registry of ingested paths, changed together with the records. */
    FileRegistry registry();

    /** Makes everything upserted so far durable and visible to searches. */
    default void commit() throws IOException {
        commit(Map.of());
    }

    /**
     * Commits, and saves with the commit, atomically, what the writer needs to resume from it (ingest
     * keeps the length of its JSONL there); {@link #lastCheckpoint()} returns it.
     */
    void commit(Map<String, String> checkpoint) throws IOException;

    /** What the last commit saved with {@link #commit(Map)} (empty when nothing). */
    Map<String, String> lastCheckpoint() throws IOException;

    /** The size and modification time of a file when it was read. */
    record FileStamp(long sizeBytes, long modifiedMillis) {
    }
}
