package org.govdoc.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes a table row by row. Cells are Strings, Numbers (written as numbers) or null (empty).
 * {@link #close()} finishes the file and closes the stream.
 */
public interface ExportWriter extends Closeable {

    void row(List<?> cells) throws IOException;
}
