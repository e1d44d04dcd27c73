package org.govdoc.corpus.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a synthetic corpus: document after document, each rendered in one of the asked formats
 * with its {@code <stem>.gold.json} beside it. Nothing is kept between documents, so a corpus of
 * 100,000 needs no more memory than one of 10.
 */
public final class CorpusGenerator {

    /** What was written. */
    public record Summary(long documents, long failed, Map<OutputFormat, Long> perFormat, long millis) {
    }

    /** Files a {@link BatchedWriter} collects before it is flushed. */
    private static final int BATCH = 100;

    private final DocumentSource factory;
    private final List<OutputFormat> formats;
    private final Map<OutputFormat, FormatWriter> writers;
    private final boolean cycleFormats;

    /**
     * @param formats the formats to spread documents over (each must have a writer)
     * @param writers the writers available in this build
     */
    public CorpusGenerator(DocumentSource factory, List<OutputFormat> formats, Map<OutputFormat, FormatWriter> writers) {
        this(factory, formats, writers, false);
    }

    /**
     * @param cycleFormats give document i format {@code formats[i % size]} instead of a random one
     *                     (small corpora that must show every format, like the committed samples)
     */
    public CorpusGenerator(DocumentSource factory, List<OutputFormat> formats, Map<OutputFormat, FormatWriter> writers,
                           boolean cycleFormats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format");
        }
        for (OutputFormat f : formats) {
            if (!writers.containsKey(f)) {
                throw new IllegalArgumentException("no writer for format " + f.id());
            }
        }
        this.factory = factory;
        this.formats = List.copyOf(formats);
        this.writers = Map.copyOf(writers);
        this.cycleFormats = cycleFormats;
    }

    /** The format of document {@code index}: drawn from its own random stream, not its content's. */
    public OutputFormat formatOf(long index) {
        if (cycleFormats) {
            return formats.get((int) (index % formats.size()));
        }
        return factory.formatRng(index).pick(formats);
    }

    /**
     * Writes documents 0..count-1 to {@code out}.
     *
     * @param err         where progress and per-file errors go
     * @param progressBar draw a live bar (when a console is attached)
     */
    public Summary generate(long count, Path out, PrintStream err, boolean progressBar) throws IOException {
        Files.createDirectories(out);
        long start = System.nanoTime();
        Map<OutputFormat, Long> perFormat = new EnumMap<>(OutputFormat.class);
        long failed = 0;
        Progress progress = new Progress(err, progressBar, count);
        try {
            for (long i = 0; i < count; i++) {
                GeneratedDocument doc = factory.create(i);
                OutputFormat format = formatOf(i);
                Path file = out.resolve(doc.stem() + "." + format.extension());
                FormatWriter writer = writers.get(format);
                try {
                    writer.write(doc.spec(), file);
                    Files.write(goldOf(file), GoldWriter.toBytes(doc.gold()));
                    perFormat.merge(format, 1L, Long::sum);
                } catch (IOException | RuntimeException e) {
                    failed++;
                    Files.deleteIfExists(file);
                    err.println("corpus: " + file.getFileName() + ": could not write " + format.id() + ": " + e);
                }
                if (writer instanceof BatchedWriter b && b.pending() >= BATCH) {
                    failed += flush(format, b, perFormat, err);
                }
                progress.update(i + 1);
            }
            for (Map.Entry<OutputFormat, FormatWriter> w : writers.entrySet()) {
                if (w.getValue() instanceof BatchedWriter b) {
                    failed += flush(w.getKey(), b, perFormat, err);
                }
            }
        } finally {
            for (FormatWriter w : writers.values()) {
                if (w instanceof BatchedWriter b) {
                    b.close();
                }
            }
        }
        progress.finish();
        return new Summary(count - failed, failed, perFormat, (System.nanoTime() - start) / 1_000_000);
    }

    /** Finishes a batched writer's pending files; a file it could not write loses its gold file too. */
    private static long flush(OutputFormat format, BatchedWriter writer, Map<OutputFormat, Long> perFormat,
                              PrintStream err) throws IOException {
        Map<Path, String> failures = writer.flush();
        for (Map.Entry<Path, String> f : failures.entrySet()) {
            Files.deleteIfExists(f.getKey());
            Files.deleteIfExists(goldOf(f.getKey()));
            perFormat.merge(format, -1L, Long::sum);
            err.println("corpus: " + f.getKey().getFileName() + ": could not write " + format.id() + ": " + f.getValue());
        }
        return failures.size();
    }

    private static Path goldOf(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".gold.json");
    }
}
