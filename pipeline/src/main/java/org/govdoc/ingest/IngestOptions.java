package org.govdoc.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.govdoc.read.TikaFileReader;

/**
 * What one ingest run does. Made with {@link #builder(List, Path)}, which starts from the defaults
 * (each default is a constant here, the one place the command line and the readers take it from);
 * {@link #toBuilder()} copies a set of options to change some of them.
 *
 * @param inputs        files and folders to walk
 * @param out           the JSONL file (written as records are made)
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
 * @param recordLimits  how much one record may carry (text, entries)
 */
public record IngestOptions(List<Path> inputs, Path out, boolean noText, int threads, Duration timeLimit,
                            long maxSizeBytes, boolean force, Path report, Isolation isolation, int workerHeapMb,
                            int commitEvery, Duration commitPeriod, ZipLimits zipLimits,
                            Path workerLog, Path indexDir, List<String> excludes, RecordLimits recordLimits) {

    /** Default of {@code --max-size}: the readers' own size limit, 200 MiB. */
    public static final long DEFAULT_MAX_SIZE = TikaFileReader.DEFAULT_MAX_BYTES;
    /** Default of {@code --timeout}, in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 120;
    /** Default of {@code --worker-heap}, MB per parser thread. */
    public static final int DEFAULT_WORKER_HEAP_MB = 512;
    /** Default of {@code --commit-every}: records per checkpoint. */
    public static final int DEFAULT_COMMIT_EVERY = 500;
    /** Longest time between checkpoints by default. */
    public static final Duration DEFAULT_COMMIT_PERIOD = Duration.ofSeconds(30);

    public IngestOptions {
        inputs = List.copyOf(inputs);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        recordLimits = recordLimits == null ? RecordLimits.DEFAULT : recordLimits;
        zipLimits = zipLimits == null ? ZipLimits.DEFAULT : zipLimits;
    }

    /** Options for these inputs and output, every other option at its default. */
    public static Builder builder(List<Path> inputs, Path out) {
        return new Builder(inputs, out);
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder(inputs, out);
        b.noText = noText;
        b.threads = threads;
        b.timeLimit = timeLimit;
        b.maxSizeBytes = maxSizeBytes;
        b.force = force;
        b.report = report;
        b.isolation = isolation;
        b.workerHeapMb = workerHeapMb;
        b.commitEvery = commitEvery;
        b.commitPeriod = commitPeriod;
        b.zipLimits = zipLimits;
        b.workerLog = workerLog;
        b.indexDir = indexDir;
        b.excludes = excludes;
        b.recordLimits = recordLimits;
        return b;
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

    /** Ingest options, starting from the defaults. */
    public static final class Builder {
        private final List<Path> inputs;
        private final Path out;
        private boolean noText;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Duration timeLimit = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        private long maxSizeBytes = DEFAULT_MAX_SIZE;
        private boolean force;
        private Path report;
        private Isolation isolation = Isolation.PROCESS;
        private int workerHeapMb = DEFAULT_WORKER_HEAP_MB;
        private int commitEvery = DEFAULT_COMMIT_EVERY;
        private Duration commitPeriod = DEFAULT_COMMIT_PERIOD;
        private ZipLimits zipLimits = ZipLimits.DEFAULT;
        private Path workerLog;
        private Path indexDir;
        private List<String> excludes = NameFilter.DEFAULT_EXCLUDES;
        private RecordLimits recordLimits = RecordLimits.DEFAULT;

        private Builder(List<Path> inputs, Path out) {
            this.inputs = inputs;
            this.out = out;
        }

        public Builder noText(boolean value) {
            noText = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public Builder timeLimit(Duration value) {
            timeLimit = value;
            return this;
        }

        public Builder maxSizeBytes(long value) {
            maxSizeBytes = value;
            return this;
        }

        public Builder force(boolean value) {
            force = value;
            return this;
        }

        public Builder report(Path value) {
            report = value;
            return this;
        }

        public Builder isolation(Isolation value) {
            isolation = value;
            return this;
        }

        public Builder workerHeapMb(int value) {
            workerHeapMb = value;
            return this;
        }

        public Builder commitEvery(int value) {
            commitEvery = value;
            return this;
        }

        public Builder commitPeriod(Duration value) {
            commitPeriod = value;
            return this;
        }

        public Builder zipLimits(ZipLimits value) {
            zipLimits = value;
            return this;
        }

        public Builder workerLog(Path value) {
            workerLog = value;
            return this;
        }

        public Builder indexDir(Path value) {
            indexDir = value;
            return this;
        }

        public Builder excludes(List<String> value) {
            excludes = value;
            return this;
        }

        public Builder recordLimits(RecordLimits value) {
            recordLimits = value;
            return this;
        }

        public IngestOptions build() {
            return new IngestOptions(inputs, out, noText, threads, timeLimit, maxSizeBytes, force, report, isolation,
                    workerHeapMb, commitEvery, commitPeriod, zipLimits, workerLog, indexDir, excludes, recordLimits);
        }
    }
}
