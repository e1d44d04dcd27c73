package org.govdoc.solr.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.zookeeper.util.ServiceUtils;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.govdoc.index.EntryDocuments;
import org.govdoc.index.EntryKind;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.index.RecordStore;
import org.govdoc.index.bench.SyntheticRecords;
import org.govdoc.index.search.AmountRole;
import org.govdoc.index.search.CompareRequest;
import org.govdoc.index.search.CompareRow;
import org.govdoc.index.search.CompareService;
import org.govdoc.index.search.EntrySearch;
import org.govdoc.index.search.EntryStatistics;
import org.govdoc.index.search.FlaggedValues;
import org.govdoc.index.search.GroupBy;
import org.govdoc.index.search.SearchHit;
import org.govdoc.index.search.SearchRequest;
import org.govdoc.index.search.SearchResult;
import org.govdoc.index.search.SearchService;
import org.govdoc.index.search.SearchSort;
import org.govdoc.index.search.UnitRole;
import org.govdoc.record.Extraction;
import org.govdoc.record.Source;
import org.govdoc.solr.client.SolrNodes;
import org.govdoc.solr.client.SolrRecordSink;
import org.govdoc.solr.client.SolrSearch;
import org.govdoc.solr.client.SolrStatistics;
import org.govdoc.text.segment.Segmenter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real SolrCloud in this JVM (MiniSolrCloudCluster: embedded ZooKeeper, two Jetty nodes on
 * loopback) with collections of 2 shards × 2 replicas made from the shipped configset and plugin:
 * the same generated records loaded into the embedded index and sent to Solr answer every request
 * with the same entries and scores; a node stopped in the middle of a load loses nothing.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SolrCloudSearchTest {

    private static final Path CONFIGSET = Path.of("configset", "conf");
    private static final SolrNodes.Retry TEST_RETRY = new SolrNodes.Retry(12, 200, 4_000, 20_000);

    @TempDir
    static Path temp;
    private static MiniSolrCloudCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        // the embedded ZooKeeper asks for System.exit when it stops on an error (a node stopped under it):
        // in a test JVM it only logs, as Solr's own test cases have it
        ServiceUtils.setSystemExitProcedure(ServiceUtils.LOG_ONLY);
        cluster = new MiniSolrCloudCluster.Builder(2, temp.resolve("cluster")).addConfig("govdoc", CONFIGSET).build();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    private static void createCollection(String name) throws Exception {
        CollectionAdminRequest.createCollection(name, "govdoc", 2, 2).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(name, 2, 4);
    }

    private static List<String> nodeUrls() {
        List<String> urls = new ArrayList<>();
        for (JettySolrRunner j : cluster.getJettySolrRunners()) {
            urls.add(j.getBaseUrl().toString());
        }
        return urls;
    }

    private static List<Extraction> records(long seed, int n) {
        SyntheticRecords gen = new SyntheticRecords(seed);
        List<Extraction> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(gen.next());
        }
        return out;
    }

    private static Path embedded(List<Extraction> records, Path folder) throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(folder)) {
            for (Extraction r : records) {
                store.upsert(r, new RecordStore.FileStamp(r.source().sizeBytes(), 0));
            }
            store.commit();
        }
        return folder;
    }

    /** The requests compared: words, filters and both together, as the CLI builds them. */
    private static List<SearchRequest> requests() {
        List<SearchRequest.Builder> b = List.of(
                SearchRequest.builder().query("满意度"),
                SearchRequest.builder().query("呈贡 满意度").kind(EntryKind.INDICATOR),
                SearchRequest.builder().query("政务服务"),
                SearchRequest.builder().query("政务服务").kind(EntryKind.TASK),
                SearchRequest.builder().query("办结率").years(2021, 2023),
                SearchRequest.builder().query("营商环境 评价"),
                SearchRequest.builder().query("数字政府建设").place("昆明"),
                SearchRequest.builder().kind(EntryKind.TASK).unit("政务服务"),
                SearchRequest.builder().kind(EntryKind.INDICATOR).measure("%").min(new BigDecimal("95")),
                SearchRequest.builder().kind(EntryKind.AMOUNT).max(new BigDecimal("5000000")),
                SearchRequest.builder().docType("work_plan").dueBefore(LocalDate.of(2023, 6, 30)),
                SearchRequest.builder().query("的").kind(EntryKind.DOCUMENT),
                SearchRequest.builder().query("不存在的词语组合xyz"),
                SearchRequest.builder().kind(EntryKind.TASK).unit("政务服务").unitRole(UnitRole.LEAD),
                SearchRequest.builder().kind(EntryKind.TASK).unit("政务服务").unitRole(UnitRole.RESPONSIBLE),
                SearchRequest.builder().amountRole(AmountRole.parse("not-allocation")),
                SearchRequest.builder().query("满意度 OR 办结率 -呈贡"),
                SearchRequest.builder().query("满意度").offset(7));
        List<SearchRequest> out = new ArrayList<>();
        for (SearchRequest.Builder r : b) {
            out.add(r.limit(50).facets(true).build());
        }
        return out;
    }

    /** Requests in an order other than relevance, with paging: the sort values must come in the same order. */
    private static List<SearchRequest> sortedRequests() {
        List<SearchRequest> out = new ArrayList<>();
        for (String sort : List.of("year", "-year", "value", "-value", "district", "-district")) {
            out.add(SearchRequest.builder().kind(EntryKind.INDICATOR).sort(SearchSort.parse(sort)).limit(40).offset(5)
                    .build());
        }
        out.add(SearchRequest.builder().query("满意度").sort(SearchSort.parse("-year")).limit(30).build());
        return out;
    }

    private static Object sortValue(SearchHit h, SearchSort sort) {
        return switch (sort.field()) {
            case YEAR -> h.doc().year();
            case VALUE -> h.number();
            case DISTRICT -> h.doc().district();
            case DUE, RELEVANCE -> throw new IllegalArgumentException("not compared: " + sort.id());
        };
    }

    private static String key(SearchHit h) {
        return EntryDocuments.entryKey(h.kind(), h.doc().sha256(), h.ordinal());
    }

    private static Map<String, Float> scores(SearchResult r) {
        Map<String, Float> out = new HashMap<>();
        r.hits().forEach(h -> out.put(key(h), h.score()));
        return out;
    }

    @Test
    void solrAnswersEveryRequestAsTheEmbeddedIndexDoes() throws Exception {
        createCollection("same");
        List<Extraction> records = records(11, 250);
        long entries = 0;
        try (SolrNodes nodes = new SolrNodes(nodeUrls(), TEST_RETRY);
             SolrRecordSink sink = new SolrRecordSink(nodes, "same", 512 * 1024)) {
            for (Extraction r : records) {
                sink.accept(r);
            }
            sink.flush();
            sink.commit();
            entries = sink.entries();
            assertThat(sink.batches()).as("several batches").isGreaterThan(1);
            assertThat(sink.refused()).isZero();
        }
        Path folder = embedded(records, temp.resolve("embedded"));
        try (SearchService lucene = SearchService.open(folder);
             EntryStatistics luceneStats = CompareService.open(folder);
             SolrNodes nodes = new SolrNodes(nodeUrls(), TEST_RETRY);
             SolrSearch solr = new SolrSearch(nodes, "same", Segmenter.standard(), false);
             EntryStatistics solrStats = new SolrStatistics(nodes, "same", false)) {
            assertThat(solr.count(SearchRequest.builder().build())).isEqualTo(entries)
                    .isEqualTo(lucene.count(SearchRequest.builder().build()));
            int nonEmpty = 0;
            for (SearchRequest request : requests()) {
                SearchResult expected = lucene.search(request);
                SearchResult actual = solr.search(request);
                assertThat(actual.total()).as(request.toString()).isEqualTo(expected.total());
                assertThat(actual.facets()).as(request.toString()).isEqualTo(expected.facets());
                // every matching entry, by identity
                assertThat(new HashSet<>(solr.keys(request, 5000))).as(request.toString())
                        .isEqualTo(new HashSet<>(lucene.keys(request, 5000)));
                assertThat(solr.count(request)).isEqualTo(lucene.count(request));
                // the best entries: the same scores rank by rank (ties may swap entries), and the same score
                // for an entry both return
                assertThat(actual.hits()).hasSameSizeAs(expected.hits());
                Map<String, Float> want = scores(expected);
                for (int i = 0; i < expected.hits().size(); i++) {
                    SearchHit got = actual.hits().get(i);
                    assertThat(got.score()).as(request + " rank " + i).isCloseTo(expected.hits().get(i).score(), within(1e-4f));
                    Float same = want.get(key(got));
                    if (same != null) {
                        assertThat(got.score()).as(request + " " + key(got)).isCloseTo(same, within(1e-4f));
                    }
                    assertThat(got.text()).isEqualTo(expected.hits().stream().filter(h -> key(h).equals(key(got)))
                            .findFirst().map(SearchHit::text).orElse(got.text()));
                }
                nonEmpty += expected.total() > 0 ? 1 : 0;
            }
            assertThat(nonEmpty).as("requests with matches").isGreaterThanOrEqualTo(14);
            for (SearchRequest request : sortedRequests()) {
                SearchResult expected = lucene.search(request);
                SearchResult actual = solr.search(request);
                // a sorted search without facets may stop counting early in the embedded index (a lower bound)
                assertThat(actual.total()).as(request.toString()).isEqualTo(expected.totalExact() ? expected.total()
                        : lucene.count(request));
                assertThat(actual.hits()).as(request.toString()).hasSameSizeAs(expected.hits()).isNotEmpty();
                assertThat(actual.hits().stream().map(h -> sortValue(h, request.sort())).toList()).as(request.toString())
                        .isEqualTo(expected.hits().stream().map(h -> sortValue(h, request.sort())).toList());
            }
            SearchRequest folded = SearchRequest.builder().query("满意度").foldSameDocument(true).build();
            assertThatThrownBy(() -> solr.search(folded)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("embedded index only");
            for (GroupBy by : GroupBy.values()) {
                for (FlaggedValues flagged : FlaggedValues.values()) {
                    CompareRequest indicators = new CompareRequest(SearchRequest.builder().kind(EntryKind.INDICATOR)
                            .build(), by, flagged);
                    List<CompareRow> rows = solrStats.compare(indicators);
                    assertThat(rows).isEqualTo(luceneStats.compare(indicators)).isNotEmpty();
                    assertThat(rows).as("rows per measure and operator, with sum and mean")
                            .anySatisfy(r -> assertThat(r.sum()).isNotNull())
                            .extracting(CompareRow::operator).doesNotContainNull();
                    assertThat(rows.stream().map(CompareRow::operator).distinct().count()).as("operators").isGreaterThan(1);
                }
            }
            CompareRequest amounts = new CompareRequest(SearchRequest.builder().kind(EntryKind.AMOUNT).place("昆明")
                    .build(), GroupBy.DISTRICT, FlaggedValues.EXCLUDE);
            assertThat(solrStats.compare(amounts)).isEqualTo(luceneStats.compare(amounts)).isNotEmpty();
        }
    }

    @Test
    void sendingTheSameRecordsAgainIndexesEachFileOnceAndAChangedFileReplacesItsOldBytes() throws Exception {
        createCollection("again");
        List<Extraction> records = records(5, 40);
        try (SolrNodes nodes = new SolrNodes(nodeUrls(), TEST_RETRY);
             EntrySearch solr = new SolrSearch(nodes, "again", Segmenter.standard(), false)) {
            long first;
            try (SolrRecordSink sink = new SolrRecordSink(nodes, "again", 64 * 1024)) {
                records.forEach(r -> accept(sink, r));
                sink.flush();
                sink.commit();
                first = sink.entries();
            }
            try (SolrRecordSink rerun = new SolrRecordSink(nodes, "again", 64 * 1024)) {
                records.forEach(r -> accept(rerun, r));
            }
            assertThat(solr.count(SearchRequest.builder().build())).isEqualTo(first);
            // the first file's path now holds the bytes of another record: its old entries go
            Extraction old = records.get(0);
            Source o = old.source();
            Extraction replacement = records.get(1).withSource(new Source(o.path(), o.fileName(), o.mediaType(),
                    o.sizeBytes(), o.pageCount(), "changed-bytes", null), records.get(1).text());
            try (SolrRecordSink sink = new SolrRecordSink(nodes, "again", 64 * 1024)) {
                sink.accept(replacement);
            }
            long expected = first - EntryDocuments.of(old).size() + EntryDocuments.of(replacement).size();
            assertThat(solr.count(SearchRequest.builder().build())).isEqualTo(expected);

            // a file that left the archive takes its entries along; so does a folder, with every file below it
            Extraction gone = records.get(2);
            try (SolrRecordSink sink = new SolrRecordSink(nodes, "again", 64 * 1024)) {
                sink.remove(gone.source().path());
                sink.commit();
            }
            long afterFile = expected - EntryDocuments.of(gone).size();
            assertThat(solr.count(SearchRequest.builder().build())).isEqualTo(afterFile);
            String path = records.get(3).source().path();
            int slash = path.lastIndexOf('/');
            assertThat(slash).as("the records' paths have a folder").isPositive();
            String folder = path.substring(0, slash);
            List<Extraction> live = new java.util.ArrayList<>(records.subList(1, records.size()));
            live.remove(gone);
            live.add(replacement);
            long outside = 0;
            long below = 0;
            for (Extraction r : live) {
                if (r.source().path().startsWith(folder + "/")) {
                    below += EntryDocuments.of(r).size();
                } else {
                    outside += EntryDocuments.of(r).size();
                }
            }
            assertThat(outside + below).isEqualTo(afterFile);
            try (SolrRecordSink sink = new SolrRecordSink(nodes, "again", 64 * 1024)) {
                sink.remove(folder);
                sink.commit();
            }
            assertThat(below).isPositive();
            assertThat(solr.count(SearchRequest.builder().build())).isEqualTo(outside);
        }
    }

    private static void accept(SolrRecordSink sink, Extraction r) {
        try {
            sink.accept(r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aNodeStoppedInTheMiddleOfALoadLosesNothing() throws Exception {
        createCollection("resilient");
        List<Extraction> records = records(23, 150);
        Set<String> expectedIds = new HashSet<>();
        records.forEach(r -> EntryDocuments.of(r).forEach(d -> expectedIds.add(d.get("key"))));
        AtomicBoolean stopped = new AtomicBoolean();
        JettySolrRunner second = cluster.getJettySolrRunner(1);
        List<String> urls = nodeUrls();
        // the client talks to the node that will be stopped (it moves on to the other when that fails)
        try (SolrNodes nodes = new SolrNodes(List.of(urls.get(1), urls.get(0)), TEST_RETRY)) {
            try (SolrRecordSink sink = new SolrRecordSink(nodes, "resilient", 64 * 1024)) {
                for (int i = 0; i < records.size(); i++) {
                    if (i == records.size() / 3) {
                        cluster.stopJettySolrRunner(second); // mid-load: the client still sends to it
                        stopped.set(true);
                    }
                    sink.accept(records.get(i));
                }
            }
            assertThat(stopped).isTrue();
            try (SolrSearch solr = new SolrSearch(nodes, "resilient", Segmenter.standard(), false)) {
                SearchRequest all = SearchRequest.builder().limit(expectedIds.size() + 10).build();
                assertThat(solr.count(all)).isEqualTo(expectedIds.size());
                assertThat(new HashSet<>(solr.keys(all, expectedIds.size() + 10))).isEqualTo(expectedIds);
            }
        } finally {
            cluster.startJettySolrRunner(second);
            cluster.waitForActiveCollection("resilient", 2, 4);
        }
        try (SolrNodes nodes = new SolrNodes(nodeUrls(), TEST_RETRY);
             SolrSearch solr = new SolrSearch(nodes, "resilient", Segmenter.standard(), false)) {
            // the node back, its replicas recovered: every replica answers with every entry
            for (int i = 0; i < 4; i++) {
                assertThat(solr.count(SearchRequest.builder().build())).isEqualTo(expectedIds.size());
            }
        }
    }
}
