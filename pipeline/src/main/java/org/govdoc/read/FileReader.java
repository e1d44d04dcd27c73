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

    /**
     * Reads a file into a document of at most {@code maxChars} characters of plain text (the record's
     * text bound, {@code --max-text-chars}): what lies beyond is not read, and the outcome's warnings
     * say so ({@code content_truncated}, {@link DocumentBuilder}).
     */
    ReadOutcome read(Path file, int maxChars);

    /** Reads a file without a bound on its text (tools and tests). */
    default ReadOutcome read(Path file) {
        return read(file, Integer.MAX_VALUE);
    }
}
