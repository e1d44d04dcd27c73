package org.govdoc.read;

import java.io.IOException;
import java.nio.file.Path;
import org.govdoc.model.Document;

/** Reads one file format into the document model. Readers know formats, not genres. */
public interface DocumentReader {

    /**
     * @param file      the file to read
     * @param mediaType the media type detected from its content
     * @param context   how much the document may hold, and where the reader says what it recovered
     *                  from or left out (the record's warnings)
     * @throws ReadFailure when the file cannot be read, with the record's error code
     */
    Document read(Path file, String mediaType, ReadContext context) throws ReadFailure, IOException;

    /** Reads without a bound, not keeping what the reading recovered from (tools and tests). */
    default Document read(Path file, String mediaType) throws ReadFailure, IOException {
        return read(file, mediaType, new ReadContext());
    }
}
