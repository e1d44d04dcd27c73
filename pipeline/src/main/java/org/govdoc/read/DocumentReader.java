package org.govdoc.read;

import java.io.IOException;
import java.nio.file.Path;
import org.govdoc.model.Document;

/** Reads one file format into the document model. Readers know formats, not genres. */
public interface DocumentReader {

    /**
     * @param file      the file to read
     * @param mediaType the media type detected from its content
     * @throws ReadFailure when the file cannot be read, with the record's error code
     */
    Document read(Path file, String mediaType) throws ReadFailure, IOException;
}
