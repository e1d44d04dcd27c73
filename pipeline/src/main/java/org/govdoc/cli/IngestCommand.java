package org.govdoc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.index.RecordStore;
import org.govdoc.ingest.FileParser;
import org.govdoc.ingest.Ingest;
import org.govdoc.ingest.IngestOptions;
import org.govdoc.ingest.IngestSummary;
import org.govdoc.ingest.NameFilter;
import org.govdoc.ingest.RecordLimits;
import org.govdoc.ingest.RecordSink;
import org.govdoc.ingest.ResultLines;
import org.govdoc.read.ocr.OcrMode;
import org.govdoc.read.ocr.OcrSettings;
import org.govdoc.record.RecordJson;
import org.govdoc.solr.client.SolrNodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code govdoc ingest PATH...}: reads files into JSON records and the index. See docs/ingest.md. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads files and folders (recursively, ZIP archives entry by entry) into JSON records and the index.",
            "Unchanged files are skipped; a killed run resumes where its last checkpoint left it.",
            "Prints one tab-separated line per file on stdout: status, docType or error code, district, year, what was found or the error message, path.",
            "Exit status: 0 when the batch ran (even with failed files), 2 for bad arguments, 3 when an output cannot be written."})
public final class IngestCommand implements Callable<Integer> {

    static final int BAD_ARGUMENTS = 2;
    static final int UNWRITABLE_OUTPUT = 3;
    /** Exit status of a run stopped by Ctrl-C (128 + SIGINT), as shells report it. */
    static final int INTERRUPTED = 130;
    /** How long Ctrl-C waits for the run to checkpoint and print its summary. */
    private static final int STOP_WAIT_SECONDS = 20;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to ingest.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE.jsonl", defaultValue = "govdoc-data/extracted.jsonl",
            description = "JSON Lines output, one record per file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "govdoc-data/index",
            description = "Lucene index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--no-text", description = "Leave each file's plain text out of the records.")
    boolean noText;

    @Option(names = "--threads", paramLabel = "N", description = "Files read at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + IngestOptions.DEFAULT_TIMEOUT_SECONDS,
            description = "Time limit per file; a file over it is recorded as failed with code timeout (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + IngestOptions.DEFAULT_MAX_SIZE,
            description = "Larger files fail as too_large without being parsed (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = "--force", description = "Read every file again, even unchanged ones and bytes already indexed.")
    boolean force;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the summary as JSON.")
    Path report;

    @Option(names = "--isolation", paramLabel = "process|thread", defaultValue = "process",
            description = "Where parsers run: worker JVMs that are killed on timeout (default) or threads of this JVM.")
    String isolation;

    @Option(names = "--worker-heap", paramLabel = "MB", defaultValue = "" + IngestOptions.DEFAULT_WORKER_HEAP_MB,
            description = "Heap per parser thread of the worker JVM, whose -Xmx is this times the threads (default: ${DEFAULT-VALUE}).")
    int workerHeapMb;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = {"Leave out files and folders whose name matches (archive entries too); repeatable.",
                "Added to the defaults: *.gold.json (govdoc's gold files), ~$* (Office lock files), .* (hidden files)."})
    List<String> excludes = new ArrayList<>();

    @Option(names = "--no-default-excludes",
            description = "Read the files the default excludes leave out (*.gold.json, ~$*, .*); --exclude still applies.")
    boolean noDefaultExcludes;

    @Option(names = "--max-text-chars", paramLabel = "N", defaultValue = "" + RecordLimits.DEFAULT_MAX_TEXT_CHARS,
            description = {"A file is read up to this many characters of text, and its record keeps no more; the rest",
                "is not read and the record gets the warning content_truncated (default: ${DEFAULT-VALUE})."})
    int maxTextChars;

    @Option(names = "--ocr", paramLabel = "auto|off|force", defaultValue = "auto",
            description = "OCR of scanned pages and images: auto (pages without a usable text layer), off, force (every PDF page). Default: ${DEFAULT-VALUE}; see docs/ocr.md.")
    String ocr;

    @Option(names = "--ocr-cache", paramLabel = "DIR",
            description = "Folder of OCR results by page-image hash, so that no page is recognised twice (default: ocr-cache beside the index).")
    Path ocrCache;

    @Option(names = "--solr", paramLabel = "URL[,URL…]",
            description = {"Also send the records to this SolrCloud: base URLs of one or more of its nodes",
                "(http://host:8983/solr), tried in turn with retries; each file's entries are there once, however often it is sent."})
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = EngineOptions.DEFAULT_COLLECTION,
            description = "SolrCloud collection made from govdoc's configset (default: ${DEFAULT-VALUE}).")
    String collection;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + IngestOptions.DEFAULT_COMMIT_EVERY, hidden = true,
            description = "Records per checkpoint of the index.")
    int commitEvery;

    /** Builds the parsers for the parsed options: the standard reader unless a test passes its own. */
    private final Function<IngestOptions, Supplier<FileParser>> parsers;

    public IngestCommand() {
        this(Ingest::parsers);
    }

    /**
     * A command whose parsers come from {@code parsers} (given the options the command line asked
     * for) instead of the standard reader: the seam tests use to run the real command line with a
     * scripted reader.
     */
    public IngestCommand(Function<IngestOptions, Supplier<FileParser>> parsers) {
        this.parsers = parsers;
    }

    @Override
    public Integer call() {
        PrintStream err = System.err;
        IngestOptions options;
        try {
            options = options();
            OcrSettings.apply(OcrMode.parse(ocr), ocrCache != null ? ocrCache : index.toAbsolutePath().normalize().resolveSibling("ocr-cache"));
        } catch (IllegalArgumentException e) {
            err.println("govdoc ingest: " + e.getMessage());
            return BAD_ARGUMENTS;
        }
        // both outputs checked before the run, so that a bad path fails at once and not after the ingest
        java.util.Optional<String> unwritable = OutputCheck.problem("--out", out)
                .or(() -> report == null ? java.util.Optional.empty() : OutputCheck.problem("--report", report));
        if (unwritable.isPresent()) {
            err.println("govdoc ingest: " + unwritable.get());
            return UNWRITABLE_OUTPUT;
        }
        RecordStore store;
        try {
            store = LuceneRecordStore.open(index);
        } catch (IOException | RuntimeException e) {
            err.println("govdoc ingest: cannot open the index " + index + ": " + e.getMessage());
            return UNWRITABLE_OUTPUT;
        }
        IngestSummary summary;
        SolrSink toSolr = solr == null ? null : new SolrSink(solr, collection); // URL checked in options()
        List<RecordSink> sinks = toSolr == null ? List.of(new ResultLines(System.out))
                : List.of(new ResultLines(System.out), toSolr);
        Ingest ingest = new Ingest(options, store, parsers.apply(options), err, Terminal.isTerminal(2), sinks);
        // Ctrl-C: the run stops taking records, checkpoints what was written and prints its summary
        // before the JVM exits (at most STOP_WAIT later)
        CountDownLatch done = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            ingest.stop();
            try {
                done.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "govdoc-ingest-stop");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try (store) {
            summary = ingest.run();
            summary.print(err);
        } catch (IOException e) {
            err.println("govdoc ingest: " + e.getMessage());
            return UNWRITABLE_OUTPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("govdoc ingest: interrupted");
            return INTERRUPTED;
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // the JVM is shutting down (Ctrl-C): the hook is running
            }
        }
        if (toSolr != null) {
            toSolr.printSummary(err);
            if (toSolr.failure() != null) {
                err.println("govdoc ingest: the records did not all reach Solr (the JSONL and the index are complete;"
                        + " run again to send them): " + toSolr.failure().getMessage());
                return UNWRITABLE_OUTPUT;
            }
        }
        if (report != null) {
            try {
                RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValue(report.toFile(), summary);
            } catch (IOException e) {
                err.println("govdoc ingest: cannot write the report " + report + ": " + e.getMessage());
                return UNWRITABLE_OUTPUT;
            }
        }
        return summary.interrupted() ? INTERRUPTED : 0;
    }

    private IngestOptions options() {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("no such file or folder: " + p);
            }
        }
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        if (!(timeoutSeconds > 0)) {
            throw new IllegalArgumentException("--timeout must be more than 0 seconds");
        }
        if (maxSize < 1) {
            throw new IllegalArgumentException("--max-size must be at least 1 byte");
        }
        if (workerHeapMb < 32) {
            throw new IllegalArgumentException("--worker-heap must be at least 32 (MB)");
        }
        if (maxTextChars < 0) {
            throw new IllegalArgumentException("--max-text-chars must be 0 or more");
        }
        if (commitEvery < 1) {
            throw new IllegalArgumentException("--commit-every must be at least 1");
        }
        if (solr != null) {
            SolrNodes.urls(solr); // a malformed URL is a bad argument
        }
        IngestOptions.Isolation mode = switch (isolation.toLowerCase()) {
            case "process" -> IngestOptions.Isolation.PROCESS;
            case "thread" -> IngestOptions.Isolation.THREAD;
            default -> throw new IllegalArgumentException("--isolation must be process or thread, not " + isolation);
        };
        List<String> globs = new ArrayList<>(noDefaultExcludes ? List.of() : NameFilter.DEFAULT_EXCLUDES);
        globs.addAll(excludes);
        new NameFilter(globs); // a bad glob is a bad argument
        Path workerLog = index.toAbsolutePath().normalize().resolveSibling(
                index.toAbsolutePath().normalize().getFileName() + "-workers.log");
        IngestOptions.Builder options = IngestOptions.builder(paths, out)
                .noText(noText)
                .timeLimit(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                .maxSizeBytes(maxSize)
                .force(force)
                .report(report)
                .isolation(mode)
                .workerHeapMb(workerHeapMb)
                .commitEvery(commitEvery)
                .workerLog(mode == IngestOptions.Isolation.PROCESS ? workerLog : null)
                .indexDir(index)
                .excludes(globs)
                .recordLimits(RecordLimits.DEFAULT.withMaxTextChars(maxTextChars));
        if (threads != null) {
            options.threads(threads);
        }
        return options.build();
    }
}
