package org.govdoc.corpus.gen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A writer whose files appear only when flushed: DOC is converted by one LibreOffice run for many
 * files, since starting LibreOffice costs about a second a time.
 */
public interface BatchedWriter extends FormatWriter, AutoCloseable {

    /** Files written but not yet flushed. */
    int pending();

    /**
     * Writes every pending file.
     *
     * @return the files that could not be written, each with the reason
     */
    Map<Path, String> flush() throws IOException;

    /** Drops what is pending and removes the writer's working files. */
    @Override
    void close() throws IOException;
}
