package org.govdoc.ingest;

import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.record.Extraction;

/** What the walker and the parsers hand to the record writer, one per file (or archive entry). */
sealed interface Outcome {

    /** The record of a file that was parsed (or failed before parsing: too large, unreadable). */
    record Parsed(Extraction record, FileStamp stamp) implements Outcome {
    }

    /** A file whose bytes are already indexed or being parsed: one more path for that record. */
    record SameBytes(String path, String fileName, String sha256, FileStamp stamp) implements Outcome {
    }

    /** A file skipped as unchanged (its stamp is the one indexed): its line comes from the store. */
    record Unchanged(String path, String fileName, String sha256, FileStamp stamp) implements Outcome {
    }

    /** A path whose earlier record no longer stands (an archive refused before, readable now). */
    record Removed(String path) implements Outcome {
    }

    /** The end of the walk: how many outcomes were sent in all. */
    record End(long count) implements Outcome {
    }
}
