package org.govdoc.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govdoc.ingest.IngestOptions;
import org.govdoc.ingest.NameFilter;
import org.govdoc.ingest.RecordLimits;

/**
 * What the Spark job is asked to do; sent to the executors with the tasks, so every field is
 * serializable.
 *
 * @param inputs        files and folders, as Hadoop paths or URIs ({@code /data/archive}, {@code hdfs://…}, {@code s3a://…})
 * @param out           the output folder (Spark writes one file per partition in it)
 * @param format        JSON Lines or Parquet
 * @param noText        leave each file's plain text out of the records
 * @param timeLimit     per file, as {@code govdoc ingest --timeout}
 * @param maxSizeBytes  larger files fail as {@code too_large} without being read, as {@code --max-size}
 * @param maxTextChars  as {@code --max-text-chars}
 * @param workerHeapMb  heap per parser thread of an executor's worker JVM, as {@code --worker-heap}
 * @param workerThreads files one executor's worker JVM reads at once: the executor's task slots
 * @param excludes      globs of file names left out, as {@code --exclude} (the defaults included)
 * @param partitions    partitions of the parse (0: as Spark lists the files)
 * @param sink          an extra destination of the records ({@code solr}), or null
 * @param sinkSettings  the destination's settings ({@code url}, {@code collection} …)
 */
public record SparkIngestOptions(List<String> inputs, String out, RecordFormat format, boolean noText,
                                 Duration timeLimit, long maxSizeBytes, int maxTextChars, int workerHeapMb,
                                 int workerThreads, List<String> excludes, int partitions, String sink,
                                 Map<String, String> sinkSettings) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SparkIngestOptions {
        inputs = List.copyOf(inputs);
        excludes = List.copyOf(excludes);
        sinkSettings = sinkSettings == null ? Map.of() : Map.copyOf(sinkSettings);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input paths");
        }
        if (workerThreads < 1 || workerHeapMb < 1 || maxSizeBytes < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("worker threads, heap, size and time limits must be positive");
        }
        new NameFilter(excludes); // fails here, on the driver, for a bad glob
    }

    /** The options of {@code govdoc ingest}'s defaults for these inputs, output and format. */
    public static SparkIngestOptions defaults(List<String> inputs, String out, RecordFormat format, int workerThreads) {
        return new SparkIngestOptions(inputs, out, format, false, Duration.ofSeconds(120), IngestOptions.DEFAULT_MAX_SIZE,
                RecordLimits.DEFAULT_MAX_TEXT_CHARS, 512, workerThreads, NameFilter.DEFAULT_EXCLUDES, 0, null, null);
    }

    /** The record limits a worker applies. */
    public RecordLimits recordLimits() {
        return RecordLimits.DEFAULT.withMaxTextChars(maxTextChars);
    }

    /** These options with an extra destination. */
    public SparkIngestOptions withSink(String name, Map<String, String> settings) {
        return new SparkIngestOptions(inputs, out, format, noText, timeLimit, maxSizeBytes, maxTextChars, workerHeapMb,
                workerThreads, excludes, partitions, name, settings);
    }

    /** These options without each file's text. */
    public SparkIngestOptions withNoText(boolean value) {
        return new SparkIngestOptions(inputs, out, format, value, timeLimit, maxSizeBytes, maxTextChars, workerHeapMb,
                workerThreads, excludes, partitions, sink, sinkSettings);
    }

    /** These options with another per-file time limit. */
    public SparkIngestOptions withTimeLimit(Duration value) {
        return new SparkIngestOptions(inputs, out, format, noText, value, maxSizeBytes, maxTextChars, workerHeapMb,
                workerThreads, excludes, partitions, sink, sinkSettings);
    }
}
