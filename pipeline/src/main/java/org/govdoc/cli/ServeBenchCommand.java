package org.govdoc.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.govdoc.index.bench.SearchSpeed;
import org.govdoc.index.bench.SyntheticRecords;
import org.govdoc.index.search.SearchRequest;
import org.govdoc.ingest.Folders;
import org.govdoc.serve.ApiRoutes;
import org.govdoc.serve.ApiServer;
import org.govdoc.serve.QueryParams;
import org.govdoc.serve.SearchFilter;
import org.govdoc.serve.SearchBackend;
import org.govdoc.serve.ServeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code govdoc bench serve}: the latency of a served query end to end (HTTP request, search, JSON
 * answer read by the client) on the synthetic index of {@code bench search}, against the same query
 * run in the process through the same adapter (the baseline, measured in the same run).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the synthetic index of 'bench search' and runs its query mix over HTTP.",
            "The index is built when --dir holds none; p50/p95 per query end to end, against the same queries run in",
            "the process."})
public final class ServeBenchCommand implements Callable<Integer> {

    @Option(names = "--entries", defaultValue = "1000000", description = "Index entries when the index is built (default ${DEFAULT-VALUE})")
    long entries;

    @Option(names = "--rounds", defaultValue = "40", description = "Rounds of the query mix (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed, as for bench search (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--dir", description = "Index folder: reused when it holds an index, else built and kept (default: a temporary folder)")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (rounds < 1 || entries < 1) {
            System.err.println("govdoc bench serve: --rounds and --entries must be at least 1");
            return 2;
        }
        boolean temporary = dir == null;
        Path folder = temporary ? Files.createTempDirectory("govdoc-bench-serve") : dir;
        try {
            if (!hasIndex(folder)) {
                SearchSpeed.run(folder, entries, 1, seed, false, System.err);
            }
            List<SearchSpeed.QueryKind> mix = SearchSpeed.mix(new SyntheticRecords(seed).places());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Map<String, List<double[]>> times = new LinkedHashMap<>();
            List<Double> servedAll = new ArrayList<>();
            List<Double> localAll = new ArrayList<>();
            long docs;
            try (SearchBackend backend = SearchBackend.open(folder);
                 ApiServer server = ApiServer.start(new ApiRoutes(backend, null, 1000),
                         ServeSettings.loopback(0))) {
                try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(folder))) {
                    docs = r.numDocs();
                }
                for (int round = -3; round < rounds; round++) { // three rounds of warm-up
                    for (SearchSpeed.QueryKind q : mix) {
                        SearchRequest req = q.request().apply(round < 0 ? round + 1000 : round);
                        URI uri = server.base().resolve("/api/search?" + query(req));
                        long s = System.nanoTime();
                        HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(uri).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        double served = (System.nanoTime() - s) / 1e6;
                        if (resp.statusCode() != 200) {
                            throw new IllegalStateException(uri + " answered " + resp.statusCode() + ": "
                                    + new String(resp.body(), StandardCharsets.UTF_8));
                        }
                        SearchFilter filter = SearchFilter.of(QueryParams.parse(uri.getRawQuery()));
                        s = System.nanoTime();
                        backend.search(filter, 20, req.facets());
                        double local = (System.nanoTime() - s) / 1e6;
                        if (round >= 0) {
                            times.computeIfAbsent(q.name(), k -> new ArrayList<>()).add(new double[] {served, local});
                            servedAll.add(served);
                            localAll.add(local);
                        }
                    }
                }
            }
            out.printf("index: %,d entries; %d rounds of %d queries, one at a time, top 20 with highlights%n", docs,
                    rounds, mix.size());
            TextTable t = new TextTable();
            t.add("query", "served p50 ms", "served p95 ms", "in-process p50 ms", "in-process p95 ms", "p95 ratio");
            times.forEach((name, ms) -> t.add(row(name, ms.stream().map(m -> m[0]).toList(), ms.stream().map(m -> m[1]).toList())));
            t.add(row("all queries", servedAll, localAll));
            out.print(t.render());
            double p95 = percentile(servedAll, 0.95);
            out.printf("served p95 %.1f ms end to end (target: under 50 ms): %s; machine load average %.1f on %d cores%n",
                    p95, p95 < 50 ? "met" : "not met",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            if (temporary) {
                Folders.deleteQuietly(folder);
            }
        }
        return 0;
    }

    private static boolean hasIndex(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (FSDirectory d = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(d);
        }
    }

    /** The API's query string of a request (the inverse of SearchBackend.request, for the bench's mix). */
    static String query(SearchRequest r) {
        StringJoiner j = new StringJoiner("&");
        add(j, "q", r.query());
        add(j, "kind", r.kind() == null ? null : r.kind().id());
        r.places().forEach(p -> add(j, "district", p));
        add(j, "yearFrom", r.yearFrom());
        add(j, "yearTo", r.yearTo());
        add(j, "docType", r.docType());
        add(j, "unit", r.unit());
        add(j, "measure", r.measure());
        add(j, "dueBefore", r.dueBefore());
        add(j, "min", r.min() == null ? null : r.min().toPlainString());
        add(j, "max", r.max() == null ? null : r.max().toPlainString());
        add(j, "limit", 20);
        add(j, "facets", r.facets());
        return j.toString();
    }

    private static void add(StringJoiner j, String name, Object value) {
        if (value != null) {
            j.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    private static String[] row(String name, List<Double> served, List<Double> local) {
        double sp95 = percentile(served, 0.95);
        double lp95 = percentile(local, 0.95);
        return new String[] {name, String.format("%.2f", percentile(served, 0.5)), String.format("%.2f", sp95),
            String.format("%.2f", percentile(local, 0.5)), String.format("%.2f", lp95),
            String.format("%.2f", sp95 / Math.max(1e-6, lp95))};
    }

    /** Nearest-rank percentile. */
    private static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
