package org.govdoc.corpus.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govdoc.corpus.spec.DocSpec;

/** Turns a {@link DocSpec} into a file of one format. Implementations are stateless and thread-safe. */
public interface Renderer {

    /** The file extension of the format, without the dot: "docx", "xlsx", "html", "txt", "pdf". */
    String extension();

    /** Writes the document to {@code out}; does not close it. */
    void render(DocSpec spec, OutputStream out) throws IOException;

    /** Writes the document to a file, creating parent folders and replacing an existing file. */
    default void render(DocSpec spec, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            render(spec, out);
        }
    }
}
