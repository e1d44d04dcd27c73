package org.govdoc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.index.RecordStore;
import org.govdoc.ingest.FileParser;
import org.govdoc.ingest.Ingest;
import org.govdoc.ingest.IngestOptions;
import org.govdoc.ingest.IngestSummary;
import org.govdoc.ingest.ResultLine;
import org.govdoc.ingest.NameFilter;
import org.govdoc.ingest.RecordLimits;
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

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
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

    @Option(names = "--worker-heap", paramLabel = "MB", defaultValue = "512",
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
            description = {"A record keeps at most this many characters of text; a longer text is cut and the record",
                "gets the warning text_truncated (default: ${DEFAULT-VALUE})."})
    int maxTextChars;

    @Option(names = "--solr", paramLabel = "URL[,URL…]",
            description = {"Also send the records to this SolrCloud: base URLs of one or more of its nodes",
                "(http://host:8983/solr), tried in turn with retries; each file's entries are there once, however often it is sent."})
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = EngineOptions.DEFAULT_COLLECTION,
            description = "SolrCloud collection made from govdoc's configset (default: ${DEFAULT-VALUE}).")
    String collection;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "500", hidden = true,
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
        try (store; toSolr) {
            summary = new Ingest(options, store, parsers.apply(options), err, Terminal.isTerminal(2),
                    r -> {
                        System.out.println(ResultLine.of(r));
                        if (toSolr != null) {
                            toSolr.accept(r);
                        }
                    }).run();
        } catch (IOException e) {
            err.println("govdoc ingest: " + e.getMessage());
            return UNWRITABLE_OUTPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("govdoc ingest: interrupted");
            return 130;
        }
        summary.print(err);
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
        return 0;
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
        IngestOptions d = IngestOptions.defaults(paths, out);
        Path workerLog = index.toAbsolutePath().normalize().resolveSibling(
                index.toAbsolutePath().normalize().getFileName() + "-workers.log");
        return new IngestOptions(paths, out, noText, threads == null ? d.threads() : threads,
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)), maxSize, force, report, mode, workerHeapMb,
                commitEvery, d.commitPeriod(), d.zipLimits(), mode == IngestOptions.Isolation.PROCESS ? workerLog : null,
                index, globs, RecordLimits.DEFAULT.withMaxTextChars(maxTextChars));
    }
}
