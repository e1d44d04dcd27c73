package org.govdoc.ingest;

import java.io.Closeable;
import java.time.Duration;
import org.govdoc.record.Extraction;

/**
 * Parses one file at a time within a time limit. One instance per ingest thread; always returns a
 * record (a failed one for a timeout, a crash or anything the parser threw).
 */
public interface FileParser extends Closeable {

    Extraction parse(ParseRequest request, Duration timeLimit);

    @Override
    void close();
}
