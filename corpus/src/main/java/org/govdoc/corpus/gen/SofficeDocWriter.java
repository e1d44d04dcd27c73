package org.govdoc.corpus.gen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.govdoc.corpus.render.Renderers;
import org.govdoc.corpus.spec.DocSpec;

/**
 * DOC files: each document is rendered as DOCX into a working folder, and {@link #flush()} converts
 * all pending ones with a single {@code soffice --convert-to doc} run (one LibreOffice start for the
 * batch, one user profile for the writer's life).
 */
final class SofficeDocWriter implements BatchedWriter {

    private static final long TIMEOUT_SECONDS_BASE = 120;
    private static final long TIMEOUT_SECONDS_PER_FILE = 10;

    private record Pending(Path docx, Path target) {
    }

    private final Path soffice;
    private Path work;
    private final List<Pending> pending = new ArrayList<>();
    private long batch;

    SofficeDocWriter(Path soffice) {
        this.soffice = soffice;
    }

    @Override
    public void write(DocSpec spec, Path file) throws IOException {
        if (work == null) {
            work = Files.createTempDirectory("govdoc-doc");
        }
        Path in = work.resolve("in");
        Files.createDirectories(in);
        // a short unique name: the DOC comes back under the DOCX's name
        Path docx = in.resolve("d" + pending.size() + ".docx");
        Renderers.forFormat("docx").render(spec, docx);
        pending.add(new Pending(docx, file));
    }

    @Override
    public int pending() {
        return pending.size();
    }

    @Override
    public Map<Path, String> flush() throws IOException {
        Map<Path, String> failed = new LinkedHashMap<>();
        if (pending.isEmpty()) {
            return failed;
        }
        Path outDir = work.resolve("out" + batch++);
        Files.createDirectories(outDir);
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless",
                "-env:UserInstallation=" + work.resolve("profile").toAbsolutePath().toUri(), "--convert-to", "doc",
                "--outdir", outDir.toString()));
        pending.forEach(p -> command.add(p.docx().toString()));
        String problem = run(command, outDir.resolve("soffice.log"));
        for (Pending p : pending) {
            String name = p.docx().getFileName().toString();
            Path doc = outDir.resolve(name.substring(0, name.length() - "docx".length()) + "doc");
            if (Files.isRegularFile(doc) && Files.size(doc) > 0) {
                Files.move(doc, p.target(), StandardCopyOption.REPLACE_EXISTING);
            } else {
                failed.put(p.target(), problem != null ? problem : "soffice did not convert it to DOC");
            }
            Files.deleteIfExists(p.docx());
        }
        pending.clear();
        delete(outDir);
        return failed;
    }

    /** Runs soffice; null when it ended normally, else what went wrong. */
    private String run(List<String> command, Path log) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long limit = TIMEOUT_SECONDS_BASE + TIMEOUT_SECONDS_PER_FILE * pending.size();
        try {
            if (!p.waitFor(limit, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "soffice did not finish within " + limit + " s";
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while converting to DOC", e);
        }
        return p.exitValue() == 0 ? null : "soffice could not convert DOCX to DOC (exit " + p.exitValue() + ")";
    }

    @Override
    public void close() throws IOException {
        pending.clear();
        if (work != null) {
            delete(work);
            work = null;
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
    }
}
