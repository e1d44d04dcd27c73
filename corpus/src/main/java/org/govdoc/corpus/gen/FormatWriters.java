package org.govdoc.corpus.gen;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.govdoc.corpus.render.Renderer;
import org.govdoc.corpus.render.Renderers;

/**
 * The writers of this build: the renderers of {@code org.govdoc.corpus.render} and, where
 * LibreOffice ({@code soffice}) is on the PATH, DOC converted from the DOCX rendering.
 */
public final class FormatWriters {

    private static final long SOFFICE_TIMEOUT_SECONDS = 120;

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
        soffice().ifPresent(exe -> m.put(OutputFormat.DOC, (spec, file) -> writeDoc(exe, spec, file)));
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

    private static void writeDoc(Path soffice, org.govdoc.corpus.spec.DocSpec spec, Path file) throws IOException {
        Path tmp = Files.createTempDirectory("govdoc-doc");
        try {
            Path docx = tmp.resolve("document.docx");
            Renderers.forFormat("docx").render(spec, docx);
            Process p = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://"
                    + tmp.resolve("profile").toAbsolutePath(), "--convert-to", "doc", "--outdir", tmp.toString(),
                    docx.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile())
                    .start();
            boolean done = p.waitFor(SOFFICE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
                throw new IOException("soffice did not finish within " + SOFFICE_TIMEOUT_SECONDS + " s");
            }
            Path doc = tmp.resolve("document.doc");
            if (p.exitValue() != 0 || !Files.exists(doc)) {
                throw new IOException("soffice could not convert DOCX to DOC (exit " + p.exitValue() + ")");
            }
            Files.move(doc, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while converting to DOC", e);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
            }
        }
    }
}
