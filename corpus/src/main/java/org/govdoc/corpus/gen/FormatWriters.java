package org.govdoc.corpus.gen;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.govdoc.corpus.render.Renderer;
import org.govdoc.corpus.render.Renderers;

/**
 * The writers of this build: the renderers of {@code org.govdoc.corpus.render} and, where
 * LibreOffice ({@code soffice}) is on the PATH, DOC converted from the DOCX rendering in batches
 * ({@link SofficeDocWriter}). Writers are stateful: take a fresh map for each corpus.
 */
public final class FormatWriters {

    private FormatWriters() {
    }

    /** Every format whose writer can run here. */
    public static Map<OutputFormat, FormatWriter> available() {
        Map<OutputFormat, FormatWriter> m = new EnumMap<>(OutputFormat.class);
        for (OutputFormat f : OutputFormat.values()) {
            if (f != OutputFormat.DOC) {
                Renderer r = Renderers.forFormat(f.id());
                m.put(f, r::render);
            }
        }
        soffice().ifPresent(exe -> m.put(OutputFormat.DOC, new SofficeDocWriter(exe)));
        return m;
    }

    /** The soffice executable on the PATH, if any. */
    public static Optional<Path> soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : new String[] {"soffice", "libreoffice"}) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
