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
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.govdoc.extract.Extractor;
import org.govdoc.index.RecordStore;
import org.govdoc.read.FileReader;
import org.govdoc.read.TikaFileReader;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;

/**
 * One ingest run: a walker thread decides per file, a bounded pool of parsers reads, this thread
 * writes records to the store and checkpoints it, then the JSONL is written from the index.
 * Queues are bounded, so memory does not grow with the number of files.
 */
public final class Ingest {

    private static final Job NO_MORE_JOBS = new Job(null, null, null);

    private final IngestOptions options;
    private final RecordStore store;
    private final Supplier<FileParser> parsers;
    private final PrintStream err;
    private final boolean showProgress;
    private final Consumer<Extraction> eachRecord;

    /**
     * @param parsers      one parser per thread (see {@link #parsers(IngestOptions)})
     * @param showProgress draw a progress line on {@code err}
     */
    public Ingest(IngestOptions options, RecordStore store, Supplier<FileParser> parsers, PrintStream err,
                  boolean showProgress) {
        this(options, store, parsers, err, showProgress, r -> { });
    }

    /**
     * @param eachRecord told of every record of the run's JSONL once it is written, in walk order
     *                   (one per input file)
     */
    public Ingest(IngestOptions options, RecordStore store, Supplier<FileParser> parsers, PrintStream err,
                  boolean showProgress, Consumer<Extraction> eachRecord) {
        this.options = options;
        this.store = store;
        this.parsers = parsers;
        this.err = err;
        this.showProgress = showProgress;
        this.eachRecord = eachRecord;
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
        Files.deleteIfExists(JsonlExport.temporary(out));
        Files.newBufferedWriter(JsonlExport.temporary(out)).close(); // unwritable output: fail before any work
        List<Path> excluded = new ArrayList<>(List.of(out, JsonlExport.temporary(out)));
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
        Progress progress = showProgress ? new Progress(err, tree.count(options.inputs())) : null;

        LockedStore locked = new LockedStore(store);
        Set<String> inRun = ConcurrentHashMap.newKeySet();
        int threads = Math.max(1, options.threads());
        BlockingQueue<Job> jobs = new ArrayBlockingQueue<>(threads * 2);
        BlockingQueue<Outcome> outcomes = new ArrayBlockingQueue<>(threads * 4);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Path scratch = Folders.scratch();
        List<Thread> pool = new ArrayList<>();
        SortedMap<String, Long> parsedFailed = new TreeMap<>();
        long parsed = 0;
        StoreWriter writer = new StoreWriter(locked, inRun, options.commitEvery(), options.commitPeriod().toMillis());
        Walker walker = new Walker(options, locked, inRun, new Walker.Sink() {
            @Override
            public void parse(Job job) throws InterruptedException {
                jobs.put(job);
            }

            @Override
            public void outcome(Outcome outcome) throws InterruptedException {
                outcomes.put(outcome);
            }
        }, scratch, tree);
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
                        if (!r.ok() && r.error() != null) {
                            parsedFailed.merge(r.error().code(), 1L, Long::sum);
                        }
                    }
                    writer.handle(outcome);
                    handled++;
                }
                writer.tick();
                if (progress != null) {
                    progress.update(handled + walker.unchanged.get(), parsed,
                            parsedFailed.values().stream().mapToLong(Long::longValue).sum());
                }
            }
            writer.commit();
        } finally {
            for (Thread t : pool) {
                t.interrupt();
            }
            Folders.deleteQuietly(scratch);
            if (progress != null) {
                progress.finish();
            }
        }

        JsonlExport export = new JsonlExport(locked, tree, RecordJson.mapper(), eachRecord);
        export.export(options.inputs(), out);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new IngestSummary(walker.files.get(), tree.leftOutByName(), parsed, walker.unchanged.get(), walker.sameBytes.get(),
                export.records, export.distinct, export.shared, export.ok, export.failed, export.docTypes, export.districts, parsedFailed, seconds,
                parsed / Math.max(seconds, 1e-3), threads, options.isolation().name(), writer.commits(),
                out.toString(), List.of()); // unreadable paths are failed records now, not summary warnings
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
