package org.govdoc.ingest;

import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.record.Extraction;

/**
 * One record as an ingest run writes it, for one input path: {@code record.source().path()} is that
 * path and {@code source.otherPaths} the paths holding the same bytes that were recorded before it
 * (so the first path of shared bytes lists none, the second the first, ...).
 *
 * @param stamp  the file's size and modification time when it was read
 * @param origin why the run writes it
 */
public record IngestedRecord(Extraction record, FileStamp stamp, Origin origin) {

    /** Why a record is written. */
    public enum Origin {
        /** The file was read in this run (or failed before reading: too large, unreadable). */
        PARSED,
        /** The file's bytes were already stored under another path: one more path of that record. */
        SAME_BYTES,
        /** The file is unchanged since it was stored (same size and modification time): read back from the store. */
        UNCHANGED
    }
}
