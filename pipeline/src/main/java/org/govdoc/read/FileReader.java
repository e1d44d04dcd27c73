package org.govdoc.read;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads any supported file: detects its type from the content, picks the reader, and turns every
 * failure into a {@link ReadOutcome.Failed} with a code. Never throws for a bad file.
 */
public interface FileReader {

    /** The media type detected from the file's content (and name only as a hint). */
    String detect(Path file) throws IOException;

    ReadOutcome read(Path file);
}
