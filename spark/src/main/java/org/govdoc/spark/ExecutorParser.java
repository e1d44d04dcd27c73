package org.govdoc.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.govdoc.ingest.FileParser;
import org.govdoc.ingest.ParseWorker;
import org.govdoc.ingest.WorkerProcess;

/**
 * The worker JVM of this executor: one {@link WorkerProcess} per executor JVM, shared by all its
 * tasks, reading as many files at once as the executor has task slots. A file that hangs or runs
 * the worker out of memory fails alone ({@code timeout}, {@code out_of_memory}); the executor and the
 * other files go on (see WorkerProcess).
 *
 * <p>Spark gives a task no object that lives as long as its executor, so the worker is held by this
 * class, once per settings, for the life of the JVM. It is never closed: the worker ends when its
 * stdin closes, that is when the executor JVM exits.
 */
final class ExecutorParser {

    private static final Map<Settings, FileParser> WORKERS = new ConcurrentHashMap<>();

    private ExecutorParser() {
    }

    /** What tells one worker from another in one JVM (tests run jobs with other settings in one JVM). */
    private record Settings(int heapMb, int threads) {
    }

    /** This executor's parser for these options, its worker started on first use. */
    static FileParser of(SparkIngestOptions options) {
        return WORKERS.computeIfAbsent(new Settings(options.workerHeapMb(), options.workerThreads()), s -> {
            Path log = Path.of(System.getProperty("java.io.tmpdir"), "govdoc-workers-" + ProcessHandle.current().pid() + ".log");
            WorkerProcess worker = new WorkerProcess(new WorkerProcess.WorkerSettings(ParseWorker.class.getName(),
                    s.heapMb(), log, WorkerClassPath.of()), s.threads());
            return worker.parser();
        });
    }
}
