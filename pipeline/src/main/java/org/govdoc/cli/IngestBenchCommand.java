package org.govdoc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.govdoc.ingest.TikaBaseline;
import org.govdoc.ingest.Folders;
import org.govdoc.ingest.NameFilter;
import org.govdoc.record.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code govdoc bench ingest}: plain Tika text extraction against the full ingest on the same corpus
 * and thread count, each in its own JVM with the launcher's heap and collector; files/s, the ratio, peak RSS,
 * the scaling from 1 thread to the run's thread count on the whole corpus, and the peak RSS on a tenth of
 * the corpus (flat heap).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Benchmarks ingest against plain Tika text extraction on a corpus folder.",
            "Make one with: govdoc corpus --count 5000 --out DIR"})
public final class IngestBenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of files to ingest.")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for both (default: the number of cores).")
    Integer threads;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "512m", description = "-Xmx of each JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--isolation", paramLabel = "process|thread", defaultValue = "process",
            description = "Isolation of the ingest runs (default: ${DEFAULT-VALUE}).")
    String isolation;

    @Option(names = "--skip-scaling", description = "Leave out the 1-thread run and the run on a tenth of the corpus.")
    boolean skipScaling;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Run Tika and the ingest N times each, alternately; report medians (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the figures as JSON.")
    Path report;

    private final ObjectMapper json = RecordJson.mapper();

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (repeat < 1) {
            System.err.println("bench ingest: --repeat must be at least 1");
            return 2;
        }
        List<Path> files;
        // the files both runs read: the ingest's default excludes leave out the corpus's gold files
        NameFilter names = new NameFilter(NameFilter.DEFAULT_EXCLUDES);
        try (Stream<Path> all = Files.walk(corpus)) {
            files = all.filter(Files::isRegularFile).filter(f -> !names.excludes(f.getFileName().toString()))
                    .sorted().toList();
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        Path work = Files.createTempDirectory("govdoc-bench-");
        try {
            figures.put("corpus", corpus.toString());
            figures.put("files", files.size());
            figures.put("threads", n);
            figures.put("heap", heap);
            figures.put("isolation", isolation);

            List<String> tikaJvm = List.of("-Xmx" + heap, "-XX:+UseSerialGC");
            figures.put("tikaJvmOptions", tikaJvm);
            figures.put("ingestJvmOptions", JvmOptions.withHeap(heap));
            // the two sides alternate, so that a pair shares the machine's state of the moment; the ratio is
            // the median of the pairs' ratios, the times the medians of each side's runs
            List<ChildRun> tikaRuns = new ArrayList<>();
            List<ChildRun> ingestRuns = new ArrayList<>();
            JsonNode tikaOut = null;
            for (int i = 0; i < repeat; i++) {
                ChildRun tika = run(List.of(TikaBaseline.class.getName(), String.valueOf(n), corpus.toString()), null, tikaJvm);
                tikaOut = json.readTree(tika.stdout);
                tikaRuns.add(tika);
                ingestRuns.add(ingest(corpus, work.resolve("full-" + (i + 1)), n)); // a fresh index each time
            }
            double tikaSeconds = median(tikaRuns.stream().mapToDouble(ChildRun::seconds).toArray());
            double ingestSeconds = median(ingestRuns.stream().mapToDouble(ChildRun::seconds).toArray());
            double[] timeRatios = new double[repeat];
            double[] cpuRatios = new double[repeat];
            for (int i = 0; i < repeat; i++) {
                timeRatios[i] = ingestRuns.get(i).seconds / tikaRuns.get(i).seconds;
                cpuRatios[i] = ingestRuns.get(i).cpuSeconds / tikaRuns.get(i).cpuSeconds;
            }
            figures.put("repeat", repeat);
            figures.put("tikaFilesPerSecond", round(tikaOut.get("files").asLong() / tikaSeconds)); // the files Tika read
            figures.put("tikaFailed", tikaOut.get("failed").asLong());
            figures.put("tikaSeconds", round(tikaSeconds));
            figures.put("tikaPeakRssMb", tikaRuns.stream().mapToLong(ChildRun::peakRssMb).max().orElse(0));
            figures.put("ingestFilesPerSecond", round(files.size() / ingestSeconds));
            figures.put("ingestSeconds", round(ingestSeconds));
            figures.put("ingestPeakRssMb", ingestRuns.stream().mapToLong(ChildRun::peakRssMb).max().orElse(0));
            figures.put("ingestMainJvmPeakRssMb", ingestRuns.stream().mapToLong(r -> r.rootPeakKb / 1024).max().orElse(0));
            figures.put("ingestMainJvmPeakAnonRssMb",
                    ingestRuns.stream().mapToLong(r -> r.rootAnonPeakKb / 1024).max().orElse(0));
            figures.put("ingestTimeOverTika", round(median(timeRatios)));
            figures.put("tikaCpuSeconds", round(median(tikaRuns.stream().mapToDouble(ChildRun::cpuSeconds).toArray())));
            figures.put("ingestCpuSeconds", round(median(ingestRuns.stream().mapToDouble(ChildRun::cpuSeconds).toArray())));
            figures.put("ingestCpuOverTika", round(median(cpuRatios)));
            if (repeat > 1) {
                figures.put("tikaSecondsRuns", tikaRuns.stream().map(r -> round(r.seconds)).toList());
                figures.put("ingestSecondsRuns", ingestRuns.stream().map(r -> round(r.seconds)).toList());
                figures.put("ingestTimeOverTikaRuns", Arrays.stream(timeRatios).mapToObj(IngestBenchCommand::round).toList());
            }
            JsonNode summary = json.readTree(work.resolve("full-" + repeat + "/report.json").toFile());
            figures.put("ingestOk", summary.get("ok").asLong());
            figures.put("ingestFailed", summary.get("failed"));

            if (!skipScaling) {
                Path tenth = Files.createDirectories(work.resolve("tenth/in"));
                int count = Math.max(1, files.size() / 10);
                for (int i = 0; i < count; i++) {
                    Path link = tenth.resolve(String.format("%06d-%s", i, files.get(i).getFileName()));
                    Files.createSymbolicLink(link, files.get(i).toAbsolutePath());
                }
                // scaling on the whole corpus (on a tenth, the worker JVMs' start-up and JIT dominate)
                ChildRun one = ingest(corpus, work.resolve("full-1thread"), 1);
                figures.put("filesPerSecond1Thread", round(files.size() / one.seconds));
                figures.put("cpuSeconds1Thread", round(one.cpuSeconds));
                figures.put("scaling1To" + n + "Threads", round(one.seconds / ingestSeconds));
                // a tenth of the corpus, for the memory as the corpus grows 10x
                ChildRun two = ingest(tenth, work.resolve("tenth/run"), n);
                figures.put("tenthFiles", count);
                figures.put("tenthFilesPerSecond", round(count / two.seconds));
                figures.put("tenthPeakRssMb", two.peakRssMb());
                figures.put("tenthMainJvmPeakRssMb", two.rootPeakKb / 1024);
                figures.put("tenthMainJvmPeakAnonRssMb", two.rootAnonPeakKb / 1024);
            }
        } finally {
            Folders.deleteQuietly(work); // the runs' indexes and JSONL: gigabytes on a large corpus
        }
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(figures);
        System.out.println(text);
        if (report != null) {
            Files.writeString(report, text);
        }
        return 0;
    }

    private ChildRun ingest(Path input, Path dir, int n) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        return run(List.of(Main.class.getName(), "ingest", input.toString(), "--out", dir.resolve("out.jsonl").toString(),
                "--index", dir.resolve("index").toString(), "--threads", String.valueOf(n), "--isolation", isolation,
                "--report", dir.resolve("report.json").toString()), dir.resolve("stderr.txt"), JvmOptions.withHeap(heap));
    }

    /** The median: the middle value, or the mean of the two middle ones. */
    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /**
     * Runs a JVM. The ingest runs get the options users run with ({@link JvmOptions}, heap from
     * {@code --heap}); plain Tika gets the same heap and collector and otherwise the JVM's defaults.
     */
    private ChildRun run(List<String> mainAndArgs, Path stderr, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (stderr != null) {
            builder.redirectError(stderr.toFile());
        } else {
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        long start = System.nanoTime();
        Process process = builder.start();
        RssSampler sampler = new RssSampler(process);
        sampler.start();
        byte[] out = process.getInputStream().readAllBytes();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        if (exit != 0) {
            throw new IOException("benchmark run failed (exit " + exit + "): " + String.join(" ", mainAndArgs));
        }
        return new ChildRun(new String(out), seconds, sampler.peakTreeKb, sampler.rootPeakKb, sampler.rootAnonPeakKb,
                sampler.cpuSeconds());
    }

    private record ChildRun(String stdout, double seconds, long peakTreeKb, long rootPeakKb, long rootAnonPeakKb,
                            double cpuSeconds) {
        long peakRssMb() {
            return peakTreeKb / 1024;
        }
    }

    /** Samples the resident set of a process and its descendants (worker JVMs) every 100 ms. */
    private static final class RssSampler extends Thread {
        private final Process process;
        volatile long peakTreeKb;
        volatile long rootPeakKb;
        /** Peak anonymous memory of the root JVM (heap, metaspace, code, thread stacks): its RSS without
         * the pages of files it maps, such as the Lucene index, which the OS can drop at will. */
        volatile long rootAnonPeakKb;

        RssSampler(Process process) {
            this.process = process;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (process.isAlive() && !isInterrupted()) {
                cpu(process.toHandle());
                process.descendants().forEach(this::cpu);
                long root = status(process.pid(), "VmHWM:");
                rootPeakKb = Math.max(rootPeakKb, root);
                rootAnonPeakKb = Math.max(rootAnonPeakKb, status(process.pid(), "RssAnon:"));
                long tree = status(process.pid(), "VmRSS:")
                        + process.descendants().mapToLong(h -> status(h.pid(), "VmRSS:")).sum();
                peakTreeKb = Math.max(peakTreeKb, tree);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Last CPU time seen per process of the tree (a process that ended keeps its last figure). */
        private final java.util.Map<Long, Long> cpuMillis = new java.util.concurrent.ConcurrentHashMap<>();

        private void cpu(ProcessHandle handle) {
            handle.info().totalCpuDuration().ifPresent(d -> cpuMillis.merge(handle.pid(), d.toMillis(), Math::max));
        }

        double cpuSeconds() {
            return cpuMillis.values().stream().mapToLong(Long::longValue).sum() / 1000.0;
        }

        private static long status(long pid, String field) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                    if (line.startsWith(field)) {
                        return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended between two samples
            }
            return 0;
        }
    }
}
