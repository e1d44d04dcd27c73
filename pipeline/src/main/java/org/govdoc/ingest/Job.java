package org.govdoc.ingest;

import java.nio.file.Path;
import org.govdoc.index.RecordStore.FileStamp;

/** A file to parse, with its stamp for the store and the temporary copy to delete afterwards. */
record Job(ParseRequest request, FileStamp stamp, Path temporary) {
}
