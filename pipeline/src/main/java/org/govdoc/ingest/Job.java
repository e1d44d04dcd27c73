package org.govdoc.ingest;

import java.nio.file.Path;
import org.govdoc.index.RecordStore.FileStamp;

/** A file to parse, with what the writer needs to store its record. */
record Job(ParseRequest request, FileStamp stamp, String previousSha, boolean mergeExisting, Path temporary) {
}
