package org.govdoc.corpus.gen;

import java.io.IOException;
import java.nio.file.Path;
import org.govdoc.corpus.spec.DocSpec;

/** Writes a document spec to a file in one format. */
@FunctionalInterface
public interface FormatWriter {

    void write(DocSpec spec, Path file) throws IOException;
}
