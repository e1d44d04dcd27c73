package org.govdoc.read.docx;

import java.io.IOException;
import java.nio.file.Path;
import org.govdoc.model.Document;
import org.govdoc.read.ReadFailure;

/**
 * Reads the part a {@code w:altChunk} imports into a Word body: HTML, an MHT web archive, RTF or
 * text, as office-automation systems write their documents (the body is one altChunk and Word
 * converts it when the file is opened). The chunk's bytes are in a file of their own; the
 * implementation detects their format from the content and reads them with that format's reader.
 */
@FunctionalInterface
public interface AltChunks {

    /** Chunks are not read (their text is lost; an empty result falls back to Tika). */
    AltChunks NONE = chunk -> null;

    /**
     * @return the chunk as a document, or null when its format is not one a chunk may have
     */
    Document read(Path chunk) throws ReadFailure, IOException;
}
