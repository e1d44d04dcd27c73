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
import org.govdoc.read.ocr.OcrSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;

/**
 * One worker JVM ({@link ParseWorker}, or the main class of {@link WorkerSettings}) shared by the
 * parser threads of an ingest: each thread's file goes over the worker's stdin as
 * {@code id TAB request}, and the worker answers {@code id TAB record} from one of as many threads
 * as the ingest has. One JVM compiles and warms up once for all threads, where a JVM per thread
 * would pay for start-up and compilation once each (docs/ingest.md, "Isolation").
 *
 * <p>Isolation is per file all the same:
 * <ul>
 *   <li>A file past its time limit gets {@code timeout} and the worker is killed; the files other
 *       threads had in it are sent again to a fresh worker, with a fresh time limit.</li>
 *   <li>A worker that dies on its own (out of memory, a crash) cannot say which file killed it, so
 *       each file it had is read again <em>alone</em> (no other file in flight) in a fresh worker:
 *       the file that kills that one too gets {@code out_of_memory} (or {@code internal}), the others
 *       load.</li>
 * </ul>
 * Thread-safe.
 */
public final class WorkerProcess {

    /** How long a worker JVM may take to start (not counted in any file's time limit). */
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);
    /** Exit status of a JVM ended by -XX:+ExitOnOutOfMemoryError. */
    private static final int OOM_EXIT = 3;
    /** Sends of one file cut short because another file's timeout killed their worker, at most. */
    private static final int MAX_RESENDS = 8;

    private final WorkerSettings settings;
    private final int threads;
    private final ObjectMapper json = RecordJson.mapper();
    /** Files are read under the read lock; a file read alone (after a worker died) holds the write lock. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private final AtomicLong ids = new AtomicLong();
    private Running running; // guarded by this
    private int starts; // guarded by this
    private int users; // guarded by this

    /**
     * How worker JVMs are started.
     *
     * @param mainClass     the worker's main class, launched as {@code java -cp <our class path> mainClass}:
     *                      {@link ParseWorker} (the standard reader) unless a test serves another reader
     * @param heapMegabytes heap per parser thread: the worker gets {@code -Xmx} of this times its threads
     * @param log           where workers' stderr is appended, or null to drop it
     * @param classPath     the worker's class path: this JVM's own, unless the classes were loaded
     *                      from elsewhere (a Spark executor loads the job's jar in a class loader of its own)
     */
    public record WorkerSettings(String mainClass, int heapMegabytes, Path log, String classPath) {

        /** Workers with this JVM's class path. */
        public WorkerSettings(String mainClass, int heapMegabytes, Path log) {
            this(mainClass, heapMegabytes, log, System.getProperty("java.class.path"));
        }

        /** Workers running {@link ParseWorker}, the standard reader. */
        public static WorkerSettings standard(int heapMegabytes, Path log) {
            return new WorkerSettings(ParseWorker.class.getName(), heapMegabytes, log);
        }
    }

    /** @param threads how many files may be in the worker at once (the ingest's parser threads) */
    public WorkerProcess(WorkerSettings settings, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.settings = settings;
        this.threads = threads;
    }

    /** A parser for one ingest thread; the worker JVM ends when the last parser is closed. */
    public FileParser parser() {
        synchronized (this) {
            users++;
        }
        return new FileParser() {
            private boolean closed;

            @Override
            public Extraction parse(ParseRequest request, Duration timeLimit) {
                return WorkerProcess.this.parse(request, timeLimit);
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    release();
                }
            }
        };
    }

    /** How many worker JVMs have been started (the first one and every restart). */
    public synchronized int starts() {
        return starts;
    }

    /** The file's record; never throws. */
    Extraction parse(ParseRequest request, Duration timeLimit) {
        Reply reply = Reply.RESENT;
        for (int sends = 0; reply == Reply.RESENT && sends < MAX_RESENDS; sends++) {
            reply = send(request, timeLimit, gate.readLock());
        }
        if (reply instanceof Reply.Died) {
            // alone this time: whatever happens is this file's doing. Alone, no other file's timeout can cut
            // it short; should it be all the same, it is sent again, as above (issue 18, hole 2)
            reply = Reply.RESENT;
            for (int sends = 0; reply == Reply.RESENT && sends < MAX_RESENDS; sends++) {
                reply = send(request, timeLimit, gate.writeLock());
            }
        }
        if (reply instanceof Reply.Answer answer) {
            try {
                return json.readValue(answer.json(), Extraction.class);
            } catch (IOException e) {
                return ParseTask.failed(request, null, ErrorCode.INTERNAL, "the worker's answer could not be read: " + e.getMessage());
            }
        }
        if (reply instanceof Reply.Failed failed) {
            return failed.record();
        }
        if (reply instanceof Reply.Died died) {
            if (died.exit() == OOM_EXIT) {
                return ParseTask.failed(request, null, ErrorCode.OUT_OF_MEMORY,
                        "reading this file ran out of memory (worker heap " + settings.heapMegabytes() * threads + " MB)");
            }
            return ParseTask.failed(request, null, ErrorCode.INTERNAL,
                    "the worker process reading this file died (exit status " + died.exit() + ")");
        }
        return ParseTask.failed(request, null, ErrorCode.INTERNAL,
                "the worker process was restarted " + MAX_RESENDS + " times while this file was in it");
    }

    /** What became of one send of a file. */
    private sealed interface Reply {
        /** Cut short by another file's timeout: send it again. */
        Reply RESENT = new Resent();

        record Answer(String json) implements Reply {
        }

        /** The file's own failure: a timeout, no worker, an interrupt. */
        record Failed(Extraction record) implements Reply {
        }

        /** The worker died on its own with the file in it. */
        record Died(int exit) implements Reply {
        }

        record Resent() implements Reply {
        }
    }

    private Reply send(ParseRequest request, Duration timeLimit, Lock lock) {
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply.Failed(ParseTask.failed(request, null, ErrorCode.INTERNAL, "ingest was interrupted"));
        }
        try {
            Running worker;
            try {
                worker = worker();
            } catch (IOException e) {
                return new Reply.Failed(ParseTask.failed(request, null, ErrorCode.INTERNAL,
                        "cannot start a worker process: " + e.getMessage()));
            }
            long id = ids.incrementAndGet();
            CompletableFuture<String> answer = worker.send(id, json.writeValueAsString(request));
            try {
                return new Reply.Answer(answer.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                worker.kill();
                return new Reply.Failed(ParseTask.failed(request, null, ErrorCode.TIMEOUT, Timeouts.message(timeLimit)));
            } catch (ExecutionException e) {
                Gone gone = (Gone) e.getCause();
                return gone.killed ? Reply.RESENT : new Reply.Died(gone.exit);
            } catch (InterruptedException e) {
                worker.kill();
                Thread.currentThread().interrupt();
                return new Reply.Failed(ParseTask.failed(request, null, ErrorCode.INTERNAL, "ingest was interrupted"));
            }
        } catch (IOException e) { // the request could not be written as JSON
            return new Reply.Failed(ParseTask.failed(request, null, ErrorCode.INTERNAL, "the request could not be sent: " + e));
        } finally {
            lock.unlock();
        }
    }

    /**
     * The running worker, started if there is none, or the last one is gone or was killed. A killed
     * worker is never used again, though its pipe may stay open a while after the kill (a large heap
     * takes time to tear down): a file sent there would be cut short by another file's timeout.
     */
    private synchronized Running worker() throws IOException {
        if (running == null || running.gone() || running.killed) {
            running = start();
        }
        return running;
    }

    private synchronized void release() {
        users--;
        if (users <= 0 && running != null) {
            running.close();
            running = null;
        }
    }

    private Running start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + (long) settings.heapMegabytes() * threads + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        // the JVM's own messages ("Terminating due to java.lang.OutOfMemoryError") go to its stdout,
        // which is the protocol pipe: send them to stderr, the workers' log
        command.add("-XX:+DisplayVMOutputToStderr");
        command.add("-XX:+UseSerialGC");
        // C1 only: parsers run broad, branchy code once per file; C2's compile time cost the workers more
        // CPU than it saved on 5,000 files (docs/ingest.md)
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:-UsePerfData");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Djava.awt.headless=true");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=error");
        command.add("-D" + ParseWorker.THREADS_PROPERTY + "=" + threads);
        command.addAll(OcrSettings.jvmOptions()); // --ocr and the OCR cache reach the parsers
        String extra = System.getenv("GOVDOC_WORKER_OPTS"); // tuning: more JVM options for the worker
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-cp");
        command.add(settings.classPath());
        command.add(settings.mainClass());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(settings.log() == null ? Redirect.DISCARD : Redirect.appendTo(settings.log().toFile()));
        Process process = builder.start();
        starts++;
        Running started = new Running(process);
        try {
            if (!started.ready.await(STARTUP_LIMIT.toMillis(), TimeUnit.MILLISECONDS) || started.gone()) {
                started.close();
                throw new IOException("the worker process did not start (see " + settings.log() + ")");
            }
        } catch (InterruptedException e) {
            started.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting a worker process", e);
        }
        return started;
    }

    /** Why a file got no answer: its worker was killed (for another file's timeout) or died. */
    private static final class Gone extends Exception {
        final boolean killed;
        final int exit;

        Gone(boolean killed, int exit) {
            super(null, null, false, false);
            this.killed = killed;
            this.exit = exit;
        }
    }

    /** A running worker JVM: its stdin, and a pump thread that hands each answer line to its waiting file. */
    private static final class Running {
        final Process process;
        final Writer stdin;
        final Map<Long, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
        final CountDownLatch ready = new CountDownLatch(1);
        private volatile boolean killed;
        private volatile boolean gone;

        Running(Process process) {
            this.process = process;
            this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
            Thread pump = new Thread(this::pump, "govdoc-worker-" + process.pid());
            pump.setDaemon(true);
            pump.start();
        }

        boolean gone() {
            return gone;
        }

        CompletableFuture<String> send(long id, String requestJson) {
            CompletableFuture<String> answer = new CompletableFuture<>();
            waiting.put(id, answer);
            if (gone) { // the pump has already failed everything waiting: fail this one too
                answer.completeExceptionally(new Gone(killed, exitStatus()));
                return answer;
            }
            try {
                synchronized (stdin) {
                    stdin.write(Long.toString(id));
                    stdin.write('\t');
                    stdin.write(requestJson);
                    stdin.write('\n');
                    stdin.flush();
                }
            } catch (IOException e) {
                // the pipe broke: the worker is gone, and the pump will say how
            }
            return answer;
        }

        /** Kills the worker for a file's timeout: the other files in it are sent again, to a fresh worker. */
        void kill() {
            killed = true;
            process.destroyForcibly();
        }

        private void pump() {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (ParseWorker.READY.equals(line)) {
                        ready.countDown();
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    CompletableFuture<String> answer = tab < 0 ? null : waiting.remove(parseId(line.substring(0, tab)));
                    if (answer != null) {
                        answer.complete(line.substring(tab + 1));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // the process was killed
            } finally {
                gone = true;
                ready.countDown();
                Gone why = new Gone(killed, exitStatus());
                for (Long id : List.copyOf(waiting.keySet())) {
                    CompletableFuture<String> answer = waiting.remove(id);
                    if (answer != null) {
                        answer.completeExceptionally(why);
                    }
                }
            }
        }

        private static long parseId(String s) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private int exitStatus() {
            try {
                return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        /** Ends the worker: it stops when its stdin ends, or is killed. */
        void close() {
            try {
                synchronized (stdin) {
                    stdin.close();
                }
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
