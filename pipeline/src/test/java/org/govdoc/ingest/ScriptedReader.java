package org.govdoc.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.model.Location;
import org.govdoc.model.Paragraph;
import org.govdoc.read.FileReader;
import org.govdoc.read.ReadOutcome;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;

/**
 * A test reader driven by the file's first word: HANG (sleeps a minute, ignoring interrupts),
 * THROW, OOM (throws OutOfMemoryError), EAT (allocates until the heap is gone), CORRUPT (a read
 * failure), NAP (takes 3 s), SLOW (takes 100 ms), HOLD (as HANG; from its second read on it first starts a
 * child process that keeps the worker's stdout open 8 s, so that a worker killed then is seen gone only
 * later, as a JVM slow to tear down its heap is); anything else is read as one paragraph of text. Tests hand it to
 * ingest through {@link #parsers} (in-process) or {@link ScriptedParseWorker} (worker JVMs).
 */
public final class ScriptedReader implements FileReader {

    /** Files read by every instance in this JVM (test-only counter). */
    public static final AtomicInteger CALLS = new AtomicInteger();

    /**
     * The parsers the options ask for, reading with this reader: an instance per thread, or worker
     * JVMs running {@link ScriptedParseWorker}.
     */
    public static Supplier<FileParser> parsers(IngestOptions options) {
        return Ingest.parsers(options, ScriptedReader::new, ScriptedParseWorker.class.getName());
    }

    @Override
    public String detect(Path file) {
        return "text/plain";
    }

    @Override
    public ReadOutcome read(Path file, int maxChars) {
        CALLS.incrementAndGet();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return new ReadOutcome.Failed(ErrorInfo.of(ErrorCode.IO_ERROR, e.getMessage()), "text/plain");
        }
        if (text.startsWith("HOLD")) {
            Path seen = file.resolveSibling(file.getFileName() + ".seen");
            try {
                if (Files.exists(seen)) {
                    new ProcessBuilder("sleep", "8").redirectOutput(ProcessBuilder.Redirect.INHERIT)
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                } else {
                    Files.createFile(seen);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (text.startsWith("HANG") || text.startsWith("HOLD")) {
            long end = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < end) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ignored) {
                    // a parser that ignores interrupts
                }
            }
        } else if (text.startsWith("THROW")) {
            throw new IllegalStateException("the parser broke");
        } else if (text.startsWith("OOM")) {
            throw new OutOfMemoryError("Java heap space");
        } else if (text.startsWith("EAT")) {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        } else if (text.startsWith("CORRUPT")) {
            return new ReadOutcome.Failed(ErrorInfo.of(ErrorCode.CORRUPT, "the file is damaged"), "text/plain");
        } else if (text.startsWith("NAP")) {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (text.startsWith("SLOW")) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Document doc = new Document(List.of(new Paragraph(text, Location.ofBlock(null, 0))),
                DocumentMetadata.empty("text/plain"));
        return new ReadOutcome.Read(doc, "text/plain");
    }
}
