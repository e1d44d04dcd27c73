package org.govdoc.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one ingest run does.
 *
 * @param inputs        files and folders to walk
 * @param out           the JSONL file (rewritten at the end of the run)
 * @param noText        leave the plain text out of the records
 * @param threads       files parsed at once
 * @param timeLimit     per file
 * @param maxSizeBytes  larger files (and archive entries) fail as too_large without being parsed
 * @param force         parse again files whose stamp or bytes are already indexed
 * @param report        where to write the summary as JSON, or null
 * @param isolation     where parsers run
 * @param workerHeapMb  heap per parser thread of the worker JVM
 * @param commitEvery   records per checkpoint
 * @param commitPeriod  longest time between checkpoints
 * @param zipLimits     guards against ZIP bombs
 * @param workerLog     where worker JVMs write their stderr, or null to drop it
 * @param indexDir      the index folder, left out of the walk (null when none)
 * @param excludes      globs of file and folder names (archive entries too) left out of the walk
 *                      (see {@link NameFilter}); the defaults are {@link NameFilter#DEFAULT_EXCLUDES}
 * @param recordLimits  how much one record may carry (text, entries); null for {@link RecordLimits#DEFAULT}
 */
public record IngestOptions(List<Path> inputs, Path out, boolean noText, int threads, Duration timeLimit,
                            long maxSizeBytes, boolean force, Path report, Isolation isolation, int workerHeapMb,
                            int commitEvery, Duration commitPeriod, ZipLimits zipLimits,
                            Path workerLog, Path indexDir, List<String> excludes, RecordLimits recordLimits) {

    public static final long DEFAULT_MAX_SIZE = 200L * 1024 * 1024;

    public IngestOptions {
        inputs = List.copyOf(inputs);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        recordLimits = recordLimits == null ? RecordLimits.DEFAULT : recordLimits;
    }

    /** Options with the default {@link RecordLimits}. */
    public IngestOptions(List<Path> inputs, Path out, boolean noText, int threads, Duration timeLimit,
                         long maxSizeBytes, boolean force, Path report, Isolation isolation, int workerHeapMb,
                         int commitEvery, Duration commitPeriod, ZipLimits zipLimits,
                         Path workerLog, Path indexDir, List<String> excludes) {
        this(inputs, out, noText, threads, timeLimit, maxSizeBytes, force, report, isolation, workerHeapMb,
                commitEvery, commitPeriod, zipLimits, workerLog, indexDir, excludes, RecordLimits.DEFAULT);
    }

    /** The defaults of the command line for these inputs and output. */
    public static IngestOptions defaults(List<Path> inputs, Path out) {
        return new IngestOptions(inputs, out, false, Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(120), DEFAULT_MAX_SIZE, false, null, Isolation.PROCESS, 512, 500,
                Duration.ofSeconds(30), ZipLimits.DEFAULT, null, null, NameFilter.DEFAULT_EXCLUDES,
                RecordLimits.DEFAULT);
    }

    public IngestOptions withIsolation(Isolation value) {
        return new IngestOptions(inputs, out, noText, threads, timeLimit, maxSizeBytes, force, report, value,
                workerHeapMb, commitEvery, commitPeriod, zipLimits, workerLog, indexDir, excludes, recordLimits);
    }

    public IngestOptions withThreads(int value) {
        return new IngestOptions(inputs, out, noText, value, timeLimit, maxSizeBytes, force, report, isolation,
                workerHeapMb, commitEvery, commitPeriod, zipLimits, workerLog, indexDir, excludes, recordLimits);
    }

    public IngestOptions withTimeLimit(Duration value) {
        return new IngestOptions(inputs, out, noText, threads, value, maxSizeBytes, force, report, isolation,
                workerHeapMb, commitEvery, commitPeriod, zipLimits, workerLog, indexDir, excludes, recordLimits);
    }

    public IngestOptions withForce(boolean value) {
        return new IngestOptions(inputs, out, noText, threads, timeLimit, maxSizeBytes, value, report, isolation,
                workerHeapMb, commitEvery, commitPeriod, zipLimits, workerLog, indexDir, excludes, recordLimits);
    }

    public IngestOptions withMaxSize(long value) {
        return new IngestOptions(inputs, out, noText, threads, timeLimit, value, force, report, isolation,
                workerHeapMb, commitEvery, commitPeriod, zipLimits, workerLog, indexDir, excludes, recordLimits);
    }

    public IngestOptions withCommitEvery(int value) {
        return new IngestOptions(inputs, out, noText, threads, timeLimit, maxSizeBytes, force, report, isolation,
                workerHeapMb, value, commitPeriod, zipLimits, workerLog, indexDir, excludes, recordLimits);
    }

    public IngestOptions withZipLimits(ZipLimits value) {
        return new IngestOptions(inputs, out, noText, threads, timeLimit, maxSizeBytes, force, report, isolation,
                workerHeapMb, commitEvery, commitPeriod, value, workerLog, indexDir, excludes, recordLimits);
    }

    public IngestOptions withExcludes(List<String> value) {
        return new IngestOptions(inputs, out, noText, threads, timeLimit, maxSizeBytes, force, report, isolation,
                workerHeapMb, commitEvery, commitPeriod, zipLimits, workerLog, indexDir, value, recordLimits);
    }

    public IngestOptions withRecordLimits(RecordLimits value) {
        return new IngestOptions(inputs, out, noText, threads, timeLimit, maxSizeBytes, force, report, isolation,
                workerHeapMb, commitEvery, commitPeriod, zipLimits, workerLog, indexDir, excludes, value);
    }

    /** Where parsers run: worker JVMs (the default) or threads of this JVM. */
    public enum Isolation {
        PROCESS, THREAD
    }

    /**
     * ZIP bomb guards: an archive with more entries, more bytes once inflated, or an entry that
     * inflates more than {@code maxRatio} times (past 1 MiB) is refused as a whole.
     */
    public record ZipLimits(int maxEntries, long maxTotalBytes, int maxRatio) {
        public static final ZipLimits DEFAULT = new ZipLimits(10_000, 2L * 1024 * 1024 * 1024, 100);
    }
}
