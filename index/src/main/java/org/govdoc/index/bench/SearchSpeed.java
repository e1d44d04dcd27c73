package org.govdoc.index.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.govdoc.index.EntryDocuments;
import org.govdoc.index.EntryKind;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.index.search.SearchRequest;
import org.govdoc.index.search.SearchService;
import org.govdoc.record.Extraction;

/**
 * Indexing throughput and query latency on a large synthetic index: records are generated until the
 * index holds the wanted number of entries, written through {@link LuceneRecordStore} (the ingest path),
 * then a fixed mix of queries runs in rounds (each round with other districts and years) and the
 * latencies of each query (search, stored entries loaded, highlighting) are recorded.
 */
public final class SearchSpeed {

    /** One query of the mix. */
    public record QueryKind(String name, boolean filtered, IntFunction<SearchRequest> request) {
    }

    /**
     * Latency percentiles of one query kind, in milliseconds: wall time, and CPU time of the searching thread
     * (what the query costs on an idle core; the wall time also holds waiting for a busy machine's CPU).
     */
    public record Latency(String name, boolean filtered, int runs, double p50, double p95, double max,
                          double cpuP50, double cpuP95, long lastTotal) {
    }

    /**
     * @param entriesPerSecond   entries written per second through the store (analysis, commits included)
     * @param baselinePerSecond  entries per second of a plain IndexWriter with CJK bigrams on a sample
     * @param indexCpuSeconds    CPU time of the whole process while indexing (merges included)
     */
    public record Result(long records, long entries, double indexSeconds, double entriesPerSecond,
                         double baselinePerSecond, double indexCpuSeconds, List<Latency> latencies, Latency all, Latency filtered,
                         Latency baseline) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SearchSpeed() {
    }

    /** The fixed query mix; {@code i} varies districts and years from round to round. */
    public static List<QueryKind> mix(List<SyntheticRecords.Place> places) {
        IntFunction<String> district = i -> places.get((i * 7) % places.size()).district();
        IntFunction<Integer> year = i -> 2020 + i % 5;
        List<QueryKind> m = new ArrayList<>();
        m.add(new QueryKind("text: 满意度 (indicator)", false,
                i -> SearchRequest.builder().query("满意度").kind(EntryKind.INDICATOR).build()));
        m.add(new QueryKind("text: 政务服务 一网通办 (task)", false,
                i -> SearchRequest.builder().query("政务服务 一网通办").kind(EntryKind.TASK).build()));
        m.add(new QueryKind("text+district+year: 满意度", true,
                i -> SearchRequest.builder().query("满意度").kind(EntryKind.INDICATOR).place(district.apply(i))
                        .years(year.apply(i), year.apply(i)).build()));
        m.add(new QueryKind("text+place words: <district> 满意度", true,
                i -> SearchRequest.builder().query(district.apply(i) + " 满意度").kind(EntryKind.INDICATOR).build()));
        m.add(new QueryKind("unit+due-before (task)", true,
                i -> SearchRequest.builder().unit("发展改革局").kind(EntryKind.TASK)
                        .dueBefore(LocalDate.of(year.apply(i), 6, 30)).place(district.apply(i)).build()));
        m.add(new QueryKind("filters: district+docType+kind", true,
                i -> SearchRequest.builder().place(district.apply(i)).docType("budget_project")
                        .kind(EntryKind.INDICATOR).build()));
        m.add(new QueryKind("range: value 90..100 % + year range", true,
                i -> SearchRequest.builder().kind(EntryKind.INDICATOR).measure("%").min(new BigDecimal("90"))
                        .max(new BigDecimal("100")).years(2021, 2023).place(district.apply(i)).build()));
        m.add(new QueryKind("text+district+facets: 营商环境", true,
                i -> SearchRequest.builder().query("营商环境").place(district.apply(i)).facets(true).build()));
        m.add(new QueryKind("amount >= 1000万 + year", true,
                i -> SearchRequest.builder().kind(EntryKind.AMOUNT).min(new BigDecimal("10000000"))
                        .years(year.apply(i), year.apply(i)).build()));
        m.add(new QueryKind("text: 呈贡 (document)", false,
                i -> SearchRequest.builder().query("呈贡").kind(EntryKind.DOCUMENT).build()));
        return m;
    }

    /**
     * @param reuse when the folder already holds an index, query it without indexing again (the indexing
     *              figures are then NaN)
     */
    public static Result run(Path folder, long wantedEntries, int rounds, long seed, boolean reuse,
                             PrintStream progress) throws IOException {
        SyntheticRecords gen = new SyntheticRecords(seed);
        long records = 0;
        long entries = 0;
        boolean skip = false;
        if (reuse && Files.isDirectory(folder)) {
            try (Directory d = FSDirectory.open(folder)) {
                if (DirectoryReader.indexExists(d)) {
                    skip = true;
                    try (DirectoryReader r = DirectoryReader.open(d)) {
                        entries = r.numDocs();
                    }
                }
            }
        }
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        try (LuceneRecordStore store = LuceneRecordStore.open(folder)) {
            while (!skip && entries < wantedEntries) {
                Extraction r = gen.next();
                store.upsert(r, new FileStamp(r.source().sizeBytes(), 0));
                records++;
                entries += 1 + r.indicators().size() + r.tasks().size() + r.fundingAmounts().size()
                        + r.deadlines().size() + r.figures().size();
                if (records % 5000 == 0) {
                    store.commit();
                    progress.printf("indexed %,d entries (%,d records), %.0f entries/s%n", entries, records,
                            entries / seconds(t0));
                }
            }
            store.commit();
        }
        double indexSeconds = skip ? Double.NaN : seconds(t0);
        double indexCpu = skip ? Double.NaN : (processCpuNanos() - cpu0) / 1e9;
        double baseline = skip ? Double.NaN : baselineIndexing(seed, Math.min(100_000, wantedEntries));

        List<QueryKind> mix = mix(gen.places());
        List<Latency> latencies = new ArrayList<>();
        List<double[]> all = new ArrayList<>();
        List<double[]> filtered = new ArrayList<>();
        Latency base;
        try (SearchService service = SearchService.open(folder)) {
            for (int i = 0; i < 3; i++) { // warm up
                for (QueryKind q : mix) {
                    service.search(withLimit(q.request().apply(i + 1000)));
                }
            }
            Map<QueryKind, List<double[]>> times = new LinkedHashMap<>();
            Map<QueryKind, Long> totals = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (QueryKind q : mix) {
                    SearchRequest req = withLimit(q.request().apply(round));
                    long c = THREADS.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    long total = service.search(req).total();
                    double[] ms = {(System.nanoTime() - s) / 1e6, (THREADS.getCurrentThreadCpuTime() - c) / 1e6};
                    times.computeIfAbsent(q, k -> new ArrayList<>()).add(ms);
                    totals.put(q, total);
                    all.add(ms);
                    if (q.filtered()) {
                        filtered.add(ms);
                    }
                }
            }
            times.forEach((q, t) -> latencies.add(latency(q.name(), q.filtered(), t, totals.get(q))));
            List<double[]> baseTimes = new ArrayList<>();
            SearchRequest kindOnly = SearchRequest.builder().kind(EntryKind.INDICATOR).limit(20).build();
            for (int round = 0; round < rounds; round++) {
                long c = THREADS.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                service.keys(kindOnly, 20);
                baseTimes.add(new double[] {(System.nanoTime() - s) / 1e6,
                    (THREADS.getCurrentThreadCpuTime() - c) / 1e6});
            }
            base = latency("baseline: kind filter only, top 20 keys", true, baseTimes, -1);
        }
        return new Result(records, entries, indexSeconds, entries / indexSeconds, baseline, indexCpu, latencies,
                latency("all queries", false, all, -1), latency("filtered queries", true, filtered, -1), base);
    }

    private static SearchRequest withLimit(SearchRequest r) {
        return r.withLimit(20);
    }

    /** Entries per second of a plain IndexWriter with CJK bigrams (no store bookkeeping) on a sample. */
    private static double baselineIndexing(long seed, long wantedEntries) throws IOException {
        SyntheticRecords gen = new SyntheticRecords(seed);
        long entries = 0;
        long t0 = System.nanoTime();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new CJKAnalyzer()).setRAMBufferSizeMB(64))) {
            while (entries < wantedEntries) {
                var docs = EntryDocuments.of(gen.next());
                w.addDocuments(docs);
                entries += docs.size();
            }
            w.commit();
        }
        return entries / seconds(t0);
    }

    static Latency latency(String name, boolean filtered, List<double[]> ms, long total) {
        double[] wall = ms.stream().mapToDouble(m -> m[0]).sorted().toArray();
        double[] cpu = ms.stream().mapToDouble(m -> m[1]).sorted().toArray();
        return new Latency(name, filtered, wall.length, percentile(wall, 0.50), percentile(wall, 0.95),
                wall.length == 0 ? 0 : wall[wall.length - 1], percentile(cpu, 0.50), percentile(cpu, 0.95), total);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
