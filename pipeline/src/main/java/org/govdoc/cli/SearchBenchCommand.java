package org.govdoc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.govdoc.ingest.Folders;
import java.util.stream.Stream;
import org.govdoc.index.bench.SearchSpeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `govdoc bench search`: indexing throughput and query latency on a large synthetic index. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Indexing throughput and query latency on a large synthetic index.",
            "Indexes synthetic records through the record store until the index holds --entries entries, then runs"
                    + " a fixed query mix in rounds: entries/s, and p50/p95 latency per query and for filtered queries."})
public final class SearchBenchCommand implements Callable<Integer> {

    @Option(names = "--entries", defaultValue = "1000000", description = "Index entries (default ${DEFAULT-VALUE})")
    long entries;

    @Option(names = "--rounds", defaultValue = "40", description = "Rounds of the query mix (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--dir", description = "Index folder, kept (default: a temporary folder, deleted afterwards)")
    Path dir;

    @Option(names = "--reuse", description = "With --dir holding an index from an earlier run: only run the queries")
    boolean reuse;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean temporary = dir == null;
        Path folder = temporary ? Files.createTempDirectory("govdoc-bench-index") : dir;
        try {
            SearchSpeed.Result r = SearchSpeed.run(folder, entries, rounds, seed, reuse, System.err);
            out.printf("indexed %,d entries (%,d records) in %.1f s: %,.0f entries/s through the store "
                            + "(baseline, plain IndexWriter with CJK bigrams: %,.0f entries/s, ratio %.2f)%n",
                    r.entries(), r.records(), r.indexSeconds(), r.entriesPerSecond(), r.baselinePerSecond(),
                    r.entriesPerSecond() / r.baselinePerSecond());
            out.printf("indexing CPU time %.1f s: %,.0f entries per CPU second (machine load average %.1f on %d cores)%n",
                    r.indexCpuSeconds(), r.entries() / Math.max(1e-9, r.indexCpuSeconds()),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            out.printf("index size on disk: %,.1f MB%n", size(folder) / 1e6);
            TextTable t = new TextTable();
            t.add("query (top 20, stored entries, highlighting)", "filtered", "runs", "p50 ms", "p95 ms", "max ms",
                    "cpu p50", "cpu p95", "matches", "cpu p95/baseline");
            for (SearchSpeed.Latency l : r.latencies()) {
                t.add(row(l, r.baseline()));
            }
            t.add(row(r.filtered(), r.baseline()));
            t.add(row(r.all(), r.baseline()));
            t.add(row(r.baseline(), r.baseline()));
            out.print(t.render());
        } finally {
            if (temporary) {
                Folders.deleteQuietly(folder);
            }
        }
        return 0;
    }

    private static String[] row(SearchSpeed.Latency l, SearchSpeed.Latency base) {
        return new String[] {l.name(), l.filtered() ? "yes" : "no", Integer.toString(l.runs()),
            String.format("%.2f", l.p50()), String.format("%.2f", l.p95()), String.format("%.2f", l.max()),
            String.format("%.2f", l.cpuP50()), String.format("%.2f", l.cpuP95()),
            l.lastTotal() < 0 ? "" : String.format("%,d", l.lastTotal()),
            String.format("%.1f", l.cpuP95() / Math.max(1e-6, base.cpuP95()))};
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
