package org.govdoc.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import org.govdoc.record.Extraction;

/**
 * Where ingested records are kept and searched (the embedded Lucene index). Upserts by the file's
 * sha256 and by path; the last {@link #commit()} is the checkpoint readers see and a resumed ingest
 * starts from.
 */
public interface RecordStore extends Closeable {

    /**
     * Adds the record, replacing the entries of the same sha256 and of the same path. Bytes already
     * stored keep their paths and gain this record's ({@code source.otherPaths}); a path that held
     * other bytes is detached from their record. Ingest relies on this to fold identical files.
     *
     * @param stamp the file's size and modification time as seen when it was read
     */
    void upsert(Extraction record, FileStamp stamp) throws IOException;

    /** Deletes every entry of files at this path (or below it, for a folder). Returns how many files. */
    int remove(String path) throws IOException;

    /** The stamp and sha256 recorded for this path at the last commit, if any. */
    Optional<IndexedFile> lookupPath(String path) throws IOException;

    /** True when a record of these bytes is in the index. */
    boolean containsSha256(String sha256) throws IOException;

    /**
     * True when a record of these bytes is in the index and was made by this build's extraction: its
     * {@code schemaVersion} is {@link Extraction#SCHEMA_VERSION} and the rules were
     * {@link org.govdoc.extract.ExtractorVersion#RULES}. Ingest reads again the files whose record is
     * not current (made before an upgrade), as if they were not indexed.
     */
    boolean containsCurrentRecord(String sha256) throws IOException;

    /**
     * The record of these bytes as last upserted (with its {@code source.otherPaths}), if any.
     * Ingest needs it to add one more path to a stored record and to write the JSONL of files it
     * skipped as unchanged. (Added to the contract by ingest; LuceneRecordStore has it.)
     */
    default Optional<Extraction> record(String sha256) throws IOException {
        throw new UnsupportedOperationException(getClass().getName() + " does not return stored records");
    }

    /** Makes everything upserted so far durable and visible to searches. */
    void commit() throws IOException;

    /** The size and modification time of a file when it was read. */
    record FileStamp(long sizeBytes, long modifiedMillis) {
    }

    /** What the index knows of one path. */
    record IndexedFile(String path, String sha256, FileStamp stamp) {
    }
}
