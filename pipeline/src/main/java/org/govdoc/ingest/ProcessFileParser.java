package org.govdoc.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;

/**
 * Parses in a worker JVM ({@link ParseWorker}, or the main class of {@link WorkerSettings}) that it starts, talks to over stdin/stdout, kills when a
 * file passes its time limit and restarts for the next file. A worker that dies (out of memory, a
 * crash) fails only the file it was reading.
 */
public final class ProcessFileParser implements FileParser {

    /** How long a worker JVM may take to start (not counted in any file's time limit). */
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);
    /** Exit status of a JVM ended by -XX:+ExitOnOutOfMemoryError. */
    private static final int OOM_EXIT = 3;
    private static final String EOF = new String("<eof>"); // identity sentinel

    private final WorkerSettings settings;
    private final ObjectMapper json = RecordJson.mapper();
    private Worker worker;
    private int starts;

    public ProcessFileParser(WorkerSettings settings) {
        this.settings = settings;
    }

    /**
     * How worker JVMs are started.
     *
     * @param mainClass     the worker's main class, launched as {@code java -cp <our class path> mainClass}:
     *                      {@link ParseWorker} (the standard reader) unless a test serves another reader
     * @param heapMegabytes {@code -Xmx} of each worker
     * @param log           where workers' stderr is appended, or null to drop it
     */
    public record WorkerSettings(String mainClass, int heapMegabytes, Path log) {

        /** Workers running {@link ParseWorker}, the standard reader. */
        public static WorkerSettings standard(int heapMegabytes, Path log) {
            return new WorkerSettings(ParseWorker.class.getName(), heapMegabytes, log);
        }
    }

    /** How many worker JVMs this parser has started (the first one and every restart). */
    public int starts() {
        return starts;
    }

    @Override
    public Extraction parse(ParseRequest request, Duration timeLimit) {
        try {
            if (worker == null) {
                worker = start();
            }
        } catch (IOException e) {
            return ParseTask.failed(request, null, ErrorCode.INTERNAL, "cannot start a worker process: " + e.getMessage());
        }
        Worker current = worker;
        try {
            current.stdin.write(json.writeValueAsString(request));
            current.stdin.write('\n');
            current.stdin.flush();
            String line = current.lines.poll(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                stop();
                return ParseTask.failed(request, null, ErrorCode.TIMEOUT, Timeouts.message(timeLimit));
            }
            if (line == EOF) {
                return died(request);
            }
            return json.readValue(line, Extraction.class);
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            return ParseTask.failed(request, null, ErrorCode.INTERNAL, "ingest was interrupted");
        } catch (IOException e) { // the pipe broke: the worker is gone
            return died(request);
        }
    }

    private Extraction died(ParseRequest request) {
        Process process = worker.process;
        int exit;
        try {
            exit = process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = -1;
        }
        stop();
        if (exit == OOM_EXIT) {
            return ParseTask.failed(request, null, ErrorCode.OUT_OF_MEMORY,
                    "reading this file ran out of memory (worker heap " + settings.heapMegabytes() + " MB)");
        }
        return ParseTask.failed(request, null, ErrorCode.INTERNAL,
                "the worker process reading this file died (exit status " + exit + ")");
    }

    private Worker start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + settings.heapMegabytes() + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+UseSerialGC");
        // C1 only: parsers run broad, branchy code once per file; C2's compile time cost the workers a
        // third more CPU than it saved on 5,000 files (docs/ingest.md)
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:-UsePerfData");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Djava.awt.headless=true");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=error");
        String extra = System.getenv("GOVDOC_WORKER_OPTS"); // tuning: more JVM options for the workers
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(settings.mainClass());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(settings.log() == null ? Redirect.DISCARD : Redirect.appendTo(settings.log().toFile()));
        Process process = builder.start();
        starts++;
        Worker started = new Worker(process);
        try {
            String ready = started.lines.poll(STARTUP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            if (!ParseWorker.READY.equals(ready)) {
                process.destroyForcibly();
                throw new IOException("the worker process did not start (see " + settings.log() + ")");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting a worker process", e);
        }
        return started;
    }

    private void stop() {
        if (worker != null) {
            worker.process.destroyForcibly();
            try {
                worker.process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    @Override
    public void close() {
        if (worker != null) {
            try {
                worker.stdin.close(); // the worker ends when its stdin ends
                if (!worker.process.waitFor(5, TimeUnit.SECONDS)) {
                    worker.process.destroyForcibly();
                }
            } catch (IOException e) {
                worker.process.destroyForcibly();
            } catch (InterruptedException e) {
                worker.process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    /** A running worker JVM and the lines it has answered, read by a pump thread. */
    private static final class Worker {
        final Process process;
        final Writer stdin;
        final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Worker(Process process) {
            this.process = process;
            this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
            Thread pump = new Thread(this::pump, "govdoc-worker-" + process.pid());
            pump.setDaemon(true);
            pump.start();
        }

        private void pump() {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException | UncheckedIOException e) {
                // the process was killed; the sentinel below tells the parser
            } finally {
                lines.add(EOF);
            }
        }
    }
}
