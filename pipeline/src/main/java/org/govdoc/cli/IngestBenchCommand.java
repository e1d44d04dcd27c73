package org.govdoc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.govdoc.ingest.TikaBaseline;
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

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the figures as JSON.")
    Path report;

    private final ObjectMapper json = RecordJson.mapper();

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        List<Path> files;
        // the files both runs read: the ingest's default excludes leave out the corpus's gold files
        NameFilter names = new NameFilter(NameFilter.DEFAULT_EXCLUDES);
        try (Stream<Path> all = Files.walk(corpus)) {
            files = all.filter(Files::isRegularFile).filter(f -> !names.excludes(f.getFileName().toString()))
                    .sorted().toList();
        }
        Path work = Files.createTempDirectory("govdoc-bench-");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("corpus", corpus.toString());
        figures.put("files", files.size());
        figures.put("threads", n);
        figures.put("heap", heap);
        figures.put("isolation", isolation);

        List<String> tikaJvm = List.of("-Xmx" + heap, "-XX:+UseSerialGC");
        figures.put("tikaJvmOptions", tikaJvm);
        figures.put("ingestJvmOptions", JvmOptions.withHeap(heap));
        ChildRun tika = run(List.of(TikaBaseline.class.getName(), String.valueOf(n), corpus.toString()), null, tikaJvm);
        JsonNode tikaOut = json.readTree(tika.stdout);
        ChildRun ingest = ingest(corpus, work.resolve("full"), n);
        double tikaRate = tikaOut.get("files").asLong() / tika.seconds;
        double ingestRate = files.size() / ingest.seconds;
        figures.put("tikaFilesPerSecond", round(tikaRate));
        figures.put("tikaFailed", tikaOut.get("failed").asLong());
        figures.put("tikaSeconds", round(tika.seconds));
        figures.put("tikaPeakRssMb", tika.peakRssMb());
        figures.put("ingestFilesPerSecond", round(ingestRate));
        figures.put("ingestSeconds", round(ingest.seconds));
        figures.put("ingestPeakRssMb", ingest.peakRssMb());
        figures.put("ingestMainJvmPeakRssMb", ingest.rootPeakKb / 1024);
        figures.put("ingestMainJvmPeakAnonRssMb", ingest.rootAnonPeakKb / 1024);
        figures.put("ingestTimeOverTika", round(ingest.seconds / tika.seconds));
        figures.put("tikaCpuSeconds", round(tika.cpuSeconds));
        figures.put("ingestCpuSeconds", round(ingest.cpuSeconds));
        figures.put("ingestCpuOverTika", round(ingest.cpuSeconds / tika.cpuSeconds));
        JsonNode summary = json.readTree(work.resolve("full/report.json").toFile());
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
            figures.put("scaling1To" + n + "Threads", round(one.seconds / ingest.seconds));
            // a tenth of the corpus, for the memory as the corpus grows 10x
            ChildRun two = ingest(tenth, work.resolve("tenth/run"), n);
            figures.put("tenthFiles", count);
            figures.put("tenthFilesPerSecond", round(count / two.seconds));
            figures.put("tenthPeakRssMb", two.peakRssMb());
            figures.put("tenthMainJvmPeakRssMb", two.rootPeakKb / 1024);
            figures.put("tenthMainJvmPeakAnonRssMb", two.rootAnonPeakKb / 1024);
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
