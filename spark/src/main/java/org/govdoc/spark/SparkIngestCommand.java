package org.govdoc.spark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.govdoc.ingest.IngestOptions;
import org.govdoc.ingest.NameFilter;
import org.govdoc.ingest.RecordLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's main class, for {@code spark-submit}: the options of {@code govdoc ingest} that make
 * sense on a cluster, plus the output format and the optional SolrCloud collection. The summary goes
 * to stderr; nothing to stdout.
 */
@Command(name = "govdoc-spark", mixinStandardHelpOptions = true, version = "govdoc-spark 0.1",
        description = "Ingests files on a Spark cluster: one record per file, as govdoc ingest writes it.")
public final class SparkIngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders (local, hdfs://, s3a:// …), read recursively.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (replaced).")
    String out;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|parquet",
            description = "JSON Lines (the records as govdoc ingest writes them) or Parquet (key columns + the record as JSON). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--no-text", description = "Leave each file's plain text out of the records.")
    boolean noText;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS", description = "Per-file time limit (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "BYTES", description = "Larger files fail as too_large without being read (default 200 MiB).")
    long maxSize = IngestOptions.DEFAULT_MAX_SIZE;

    @Option(names = "--max-text-chars", paramLabel = "N", description = "Text kept per record, at most (default 1000000).")
    int maxTextChars = RecordLimits.DEFAULT_MAX_TEXT_CHARS;

    @Option(names = "--worker-heap", defaultValue = "512", paramLabel = "MB", description = "Heap per parser thread of an executor's worker JVM (default ${DEFAULT-VALUE}).")
    int workerHeapMb;

    @Option(names = "--worker-threads", paramLabel = "N", description = "Files an executor's worker reads at once (default: spark.executor.cores, or the cores of local mode).")
    Integer workerThreads;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N", description = "Repartition the files into N tasks (default: as Spark lists them).")
    int partitions;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out files whose name matches (repeatable; added to the defaults).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--no-default-excludes", description = "Do not leave out *.gold.json, ~$* and .* by default.")
    boolean noDefaultExcludes;

    @Option(names = "--solr", paramLabel = "URL", description = "Also send the records to this SolrCloud (ZooKeeper or Solr URL; needs the Solr sink on the class path).")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "The SolrCloud collection, with --solr.")
    String collection;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkIngestCommand()).execute(args));
    }

    @Override
    public Integer call() {
        if ((solr == null) != (collection == null)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--solr and --collection go together");
        }
        List<String> globs = new ArrayList<>(noDefaultExcludes ? List.of() : NameFilter.DEFAULT_EXCLUDES);
        globs.addAll(excludes);
        try (SparkSession spark = SparkSession.builder().appName("govdoc ingest").getOrCreate()) {
            SparkIngestOptions options = new SparkIngestOptions(inputs, out, RecordFormat.of(format), noText,
                    Duration.ofSeconds(timeoutSeconds), maxSize, maxTextChars, workerHeapMb,
                    workerThreads != null ? workerThreads : taskSlots(spark.sparkContext()), globs, partitions, null, null);
            if (solr != null) {
                Map<String, String> settings = new LinkedHashMap<>();
                settings.put("url", solr);
                settings.put("collection", collection);
                RecordSinkProvider.named("solr"); // fails now, on the driver, when the sink is missing
                options = options.withSink("solr", settings);
            }
            SparkIngestSummary s = SparkIngest.run(spark, options);
            System.err.printf("govdoc-spark: %d records (%d ok, failed %s) in %.1f s, written to %s%n",
                    s.files(), s.ok(), s.failed(), s.seconds(), out);
        }
        return 0;
    }

    /** Task slots of one executor: how many files its worker should read at once. */
    static int taskSlots(SparkContext sc) {
        SparkConf conf = sc.getConf();
        int taskCpus = Math.max(1, conf.getInt("spark.task.cpus", 1));
        if (conf.contains("spark.executor.cores")) {
            return Math.max(1, conf.getInt("spark.executor.cores", 1) / taskCpus);
        }
        return sc.isLocal() ? Math.max(1, sc.defaultParallelism() / taskCpus) : 1;
    }
}
