package org.govdoc.ingest;

import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.record.Extraction;

/** What the walker and the parsers hand to the store writer, one per file (or archive entry). */
sealed interface Outcome {

    /**
     * A record of a file that was parsed (or failed before parsing).
     *
     * @param previousSha    the sha256 the index had for this path, when the file changed; else null
     * @param mergeExisting  the bytes are already indexed (--force): keep the stored record's paths
     */
    record Parsed(Extraction record, FileStamp stamp, String previousSha, boolean mergeExisting) implements Outcome {
    }

    /** A file whose bytes are already indexed or being parsed: one more path for that record. */
    record SameBytes(String path, String sha256, FileStamp stamp, String previousSha) implements Outcome {
    }

    /** A path whose earlier record no longer stands (an archive refused before, readable now). */
    record Removed(String path) implements Outcome {
    }

    /** The end of the walk: how many outcomes were sent in all. */
    record End(long count) implements Outcome {
    }
}
