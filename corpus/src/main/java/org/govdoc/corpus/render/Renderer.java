package org.govdoc.corpus.render;

import java.io.IOException;
import java.io.OutputStream;
import org.govdoc.corpus.spec.DocSpec;

/** Turns a {@link DocSpec} into a file of one format. */
public interface Renderer {

    /** Writes the document to {@code out} (the stream is left open). */
    void render(DocSpec spec, OutputStream out) throws IOException;
}
