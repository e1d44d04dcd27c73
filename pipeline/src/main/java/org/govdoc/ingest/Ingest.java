package org.govdoc.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.govdoc.extract.Extractor;
import org.govdoc.index.RecordStore;
import org.govdoc.read.FileReader;
import org.govdoc.read.TikaFileReader;
import org.govdoc.record.Extraction;

/**
 * One ingest run: a walker thread decides per file, a bounded pool of parsers reads, and this thread
 * writes each record once, as it is ready, to the index, the JSONL and the other {@link RecordSink}s
 * ({@link RecordWriter}), checkpointing the index together with the JSONL's length. At the end the
 * records of files gone from the inputs are removed. Queues are bounded, so memory does not grow
 * with the number of files.
 */
public final class Ingest {

    private static final Job NO_MORE_JOBS = new Job(null, null, null);

    private final IngestOptions options;
    private final RecordStore store;
    private final Supplier<FileParser> parsers;
    private final PrintStream err;
    private final boolean showProgress;
    private final List<RecordSink> sinks;
    private volatile boolean stopped;

    /**
     * @param parsers      one parser per thread (see {@link #parsers(IngestOptions)})
     * @param showProgress draw a progress line on {@code err}
     */
    public Ingest(IngestOptions options, RecordStore store, Supplier<FileParser> parsers, PrintStream err,
                  boolean showProgress) {
        this(options, store, parsers, err, showProgress, List.of());
    }

    /**
     * @param sinks told of every record of the run once it is in the index and the JSONL, in the order
     *              records are ready (one per input file), and of every path removed; the CLI passes
     *              {@link ResultLines}
     */
    public Ingest(IngestOptions options, RecordStore store, Supplier<FileParser> parsers, PrintStream err,
                  boolean showProgress, List<RecordSink> sinks) {
        this.options = options;
        this.store = store;
        this.parsers = parsers;
        this.err = err;
        this.showProgress = showProgress;
        this.sinks = List.copyOf(sinks);
    }

    /**
     * Asks a running {@link #run()} to stop as soon as it can (Ctrl-C): it stops taking records,
     * checkpoints what was written and returns its summary, marked interrupted. Running the same
     * command again goes on from there.
     */
    public void stop() {
        stopped = true;
    }

    /** The parsers the options ask for: worker JVMs or threads of this JVM, with the standard reader. */
    public static Supplier<FileParser> parsers(IngestOptions options) {
        return parsers(options, TikaFileReader::new, ParseWorker.class.getName());
    }

    /**
     * The parsers the options ask for, built around a given reader: in thread isolation each parser
     * gets a reader from {@code readers}; in process isolation the parsers share one worker JVM
     * ({@link WorkerProcess}) running the main class {@code workerMain} (which serves with its own
     * reader, see {@link ParseWorker#serve}).
     */
    public static Supplier<FileParser> parsers(IngestOptions options, Supplier<? extends FileReader> readers,
                                               String workerMain) {
        if (options.isolation() == IngestOptions.Isolation.THREAD) {
            Extractor extractor = new Extractor();
            return () -> new ThreadFileParser(new ParseTask(readers.get(), extractor));
        }
        WorkerProcess worker = new WorkerProcess(new WorkerProcess.WorkerSettings(workerMain,
                options.workerHeapMb(), options.workerLog()), Math.max(1, options.threads()));
        return worker::parser;
    }

    public IngestSummary run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path out = options.out().toAbsolutePath();
        Files.createDirectories(out.getParent());
        if (Files.isDirectory(out)) {
            throw new IOException("the output " + out + " is a folder");
        }
        List<Path> excluded = new ArrayList<>(List.of(out, out.resolveSibling(out.getFileName() + ".tmp")));
        if (options.report() != null) {
            excluded.add(options.report());
        }
        if (options.indexDir() != null) {
            excluded.add(options.indexDir());
        }
        if (options.workerLog() != null) {
            excluded.add(options.workerLog());
        }
        FileTree tree = new FileTree(excluded, new NameFilter(options.excludes()));
        LockedStore locked = new LockedStore(store);
        LineCounts counts = new LineCounts();
        long parsed = 0;
        long removed = 0;
        long files;
        long unchanged;
        long sameBytes;
        boolean interrupted = false;
        SortedMap<String, Long> parsedFailed = new TreeMap<>();
        long commits;
        int threads = Math.max(1, options.threads());
        try (JsonlSink jsonl = JsonlSink.open(out, locked.lastCheckpoint(), runKey(), counts::count)) {
            if (jsonl.resumedLines() > 0) {
                err.printf("govdoc ingest: resuming: %d records kept from the run that was stopped%n", jsonl.resumedLines());
            }
            Progress progress = showProgress ? new Progress(err, tree.count(options.inputs())) : null;
            Set<String> inRun = ConcurrentHashMap.newKeySet();
            BlockingQueue<Job> jobs = new ArrayBlockingQueue<>(threads * 2);
            BlockingQueue<Outcome> outcomes = new ArrayBlockingQueue<>(threads * 4);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Path scratch = Folders.scratch();
            List<Thread> pool = new ArrayList<>();
            SeenPaths seen = new SeenPaths();
            List<RecordSink> after = new ArrayList<>();
            after.add(counts);
            after.addAll(sinks);
            RecordWriter writer = new RecordWriter(locked, inRun, jsonl, after, options.commitEvery(),
                    options.commitPeriod().toMillis());
            Walker walker = new Walker(options, locked, inRun, new Walker.Sink() {
                @Override
                public void parse(Job job) throws InterruptedException {
                    jobs.put(job);
                }

                @Override
                public void outcome(Outcome outcome) throws InterruptedException {
                    outcomes.put(outcome);
                }
            }, scratch, tree, seen);
            try {
                for (int i = 0; i < threads; i++) {
                    Thread t = new Thread(() -> parseLoop(jobs, outcomes, failure), "govdoc-ingest-" + i);
                    t.setDaemon(true);
                    t.start();
                    pool.add(t);
                }
                Thread walk = new Thread(() -> {
                    try {
                        tree.forEachFile(options.inputs(), walker.visitor());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                    try {
                        for (int i = 0; i < threads; i++) {
                            jobs.put(NO_MORE_JOBS);
                        }
                        outcomes.put(new Outcome.End(walker.emitted()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "govdoc-ingest-walker");
                walk.setDaemon(true);
                walk.start();
                pool.add(walk);

                long expected = -1;
                long handled = 0;
                while (expected < 0 || handled < expected) {
                    if (stopped) {
                        interrupted = true;
                        break;
                    }
                    Outcome outcome = outcomes.poll(200, TimeUnit.MILLISECONDS);
                    if (failure.get() != null) {
                        throw new IOException("ingest stopped: " + failure.get(), failure.get());
                    }
                    if (outcome instanceof Outcome.End end) {
                        expected = end.count();
                    } else if (outcome != null) {
                        if (outcome instanceof Outcome.Parsed p && p.stamp() != null) {
                            parsed++;
                            Extraction r = p.record();
                            if (progress != null) {
                                progress.parsed(r.source() == null ? null : r.source().pageCount(),
                                        r.source() == null ? null : r.source().ocrPages());
                            }
                            if (!r.ok() && r.error() != null) {
                                parsedFailed.merge(r.error().code(), 1L, Long::sum);
                            }
                        }
                        writer.handle(outcome);
                        handled++;
                    }
                    writer.tick();
                    if (progress != null) {
                        progress.update(handled, parsed,
                                parsedFailed.values().stream().mapToLong(Long::longValue).sum());
                    }
                }
                if (!interrupted) {
                    writer.commit(false);
                    removed = removeGone(locked, seen, writer);
                    jsonl.finish();
                }
                writer.commit(!interrupted);
                commits = writer.commits();
                files = walker.files.get();
                unchanged = walker.unchanged.get();
                sameBytes = walker.sameBytes.get();
            } finally {
                for (Thread t : pool) {
                    t.interrupt();
                }
                Folders.deleteQuietly(scratch);
                if (progress != null) {
                    progress.finish();
                }
            }
            for (RecordSink sink : sinks) {
                sink.close();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new IngestSummary(files, tree.leftOutByName(), parsed, unchanged, sameBytes, removed, counts.records, counts.distinct, counts.shared, counts.ok, counts.failed, counts.docTypes,
                counts.districts, parsedFailed, seconds, parsed / Math.max(seconds, 1e-3), threads,
                options.isolation().name(), commits, out.toString(), interrupted, List.of());
    }

    /**
     * Removes the records of paths under the inputs that the walk did not meet: files deleted (or
     * now excluded) since they were ingested, entries gone from an archive. Returns how many paths.
     */
    private long removeGone(LockedStore store, SeenPaths seen, RecordWriter writer) throws IOException {
        List<String> gone = new ArrayList<>();
        for (Path input : options.inputs()) {
            store.registry().forEachPathUnder(RecordPaths.of(input), p -> {
                if (!seen.contains(p)) {
                    gone.add(p);
                }
            });
        }
        for (String p : gone) {
            writer.removed(p);
        }
        return gone.size();
    }

    /** What identifies this run's JSONL for a resume: the same inputs, excludes and output. */
    private String runKey() {
        StringBuilder key = new StringBuilder();
        for (Path p : options.inputs()) {
            key.append(p.toAbsolutePath().normalize()).append('\n');
        }
        key.append(options.excludes()).append('\n').append(options.noText());
        return Hashing.ofUnreadable(key.toString()).substring(0, 16);
    }

    private void parseLoop(BlockingQueue<Job> jobs, BlockingQueue<Outcome> outcomes, AtomicReference<Throwable> failure) {
        try (FileParser parser = parsers.get()) {
            while (true) {
                Job job = jobs.take();
                if (job == NO_MORE_JOBS) {
                    return;
                }
                Extraction record = parser.parse(job.request(), PageTimeLimit.of(job.request(), options.timeLimit()));
                if (job.temporary() != null) {
                    Files.deleteIfExists(job.temporary());
                }
                outcomes.put(new Outcome.Parsed(record, job.stamp()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
    }
}
