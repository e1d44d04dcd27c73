package org.govdoc.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.govdoc.index.EntryKind;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.index.TestRecords;
import org.govdoc.record.Extraction;
import org.govdoc.record.Unit;
import org.govdoc.text.segment.Segmenter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchServiceTest {

    private final Directory dir = new ByteBuffersDirectory();
    private SearchService service;

    static Extraction chenggongBudget() {
        return TestRecords.budget("b/chenggong.pdf", "s1", "呈贡区", 2023, "2023年呈贡区政务服务能力提升项目支出",
                List.of(TestRecords.indicator("满意度指标", "服务对象满意度指标", "群众满意度", ">=", "95", "%"),
                        TestRecords.indicator("产出指标", "数量指标", "办件数量", ">=", "200000", "件"),
                        TestRecords.indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", "90", "%")));
    }

    static Extraction guanduBudget() {
        return TestRecords.budget("b/guandu.docx", "s2", "官渡区", 2022, "官渡区2022年数字政府建设项目",
                List.of(TestRecords.indicator("满意度指标", "服务对象满意度指标", "满意度", ">=", "85", "%"),
                        TestRecords.indicator("产出指标", "质量指标", "办结率", "=", "100", "%")));
    }

    static Extraction chenggongPlan() {
        return TestRecords.plan("p/chenggong-plan.docx", "s3", "呈贡区", 2023, "呈贡区优化营商环境工作方案",
                List.of(TestRecords.task("1", "推进一网通办改革，提升政务服务效率", List.of("区政务服务局"), List.of("各街道"),
                                LocalDate.of(2023, 6, 30)),
                        TestRecords.task("2", "深化投资审批制度改革", List.of("区发展改革局"), List.of("区政务局", "区财政局"),
                                LocalDate.of(2023, 12, 31))),
                List.of(new Unit("区政务服务局", "呈贡区政务服务管理局", List.of("lead")),
                        new Unit("区政务局", "呈贡区政务服务管理局", List.of("responsible"))));
    }

    static Extraction wuhuaPlan() {
        return TestRecords.plan("p/wuhua.docx", "s4", "五华区", 2021, "五华区市场主体培育行动方案",
                List.of(TestRecords.task("（一）", "开展个体工商户培育", List.of("区市场监管局"), List.of(), null)),
                List.of());
    }

    @BeforeEach
    void index() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            for (Extraction r : List.of(chenggongBudget(), guanduBudget(), chenggongPlan(), wuhuaPlan())) {
                store.upsert(r, new FileStamp(1, 1));
            }
            store.commit();
        }
        service = SearchService.open(dir, Segmenter.standard());
    }

    @AfterEach
    void close() throws IOException {
        service.close();
    }

    private SearchResult search(SearchRequest.Builder b) throws IOException {
        return service.search(b.limit(100).build());
    }

    private static List<String> texts(SearchResult r) {
        return r.hits().stream().map(h -> h.text().text()).toList();
    }

    @Test
    void findsEveryIndicatorAboutSatisfaction() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("满意度").kind(EntryKind.INDICATOR));
        assertThat(texts(r)).containsExactlyInAnyOrder("群众满意度", "服务对象满意度", "满意度");
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.text().matched()).contains("满意度"));
    }

    @Test
    void shortPlaceNameFindsTheDistrict() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("呈贡").kind(EntryKind.DOCUMENT));
        assertThat(r.hits()).extracting(h -> h.doc().district()).containsOnly("呈贡区").hasSize(2);
        assertThat(r.hits().get(0).title().render("【", "】")).contains("【呈贡】区");
    }

    @Test
    void partOfAUnitNameFindsItsTasks() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("政务服务").kind(EntryKind.TASK));
        assertThat(texts(r)).contains("推进一网通办改革，提升政务服务效率");
        SearchResult byUnit = search(SearchRequest.builder().unit("政务服务局").kind(EntryKind.TASK));
        assertThat(texts(byUnit)).containsExactly("推进一网通办改革，提升政务服务效率");
    }

    @Test
    void unitFilterMatchesCanonicalNames() throws IOException {
        SearchResult r = search(SearchRequest.builder().unit("呈贡区政务服务管理局").kind(EntryKind.TASK));
        // lead 区政务服务局 of task 1 and responsible 区政务局 of task 2 share this canonical name
        assertThat(texts(r)).containsExactlyInAnyOrder("推进一网通办改革，提升政务服务效率", "深化投资审批制度改革");
    }

    @Test
    void eachFilterAlone() throws IOException {
        assertThat(search(SearchRequest.builder().kind(EntryKind.INDICATOR)).total()).isEqualTo(5);
        assertThat(search(SearchRequest.builder().place("官渡区").kind(EntryKind.INDICATOR)).total()).isEqualTo(2);
        assertThat(search(SearchRequest.builder().place("呈贡").kind(EntryKind.DOCUMENT)).total()).isEqualTo(2);
        assertThat(search(SearchRequest.builder().place("昆明").kind(EntryKind.DOCUMENT)).total()).isEqualTo(4);
        assertThat(search(SearchRequest.builder().years(2022, 2022).kind(EntryKind.DOCUMENT)).hits())
                .extracting(h -> h.doc().district()).containsExactly("官渡区");
        assertThat(search(SearchRequest.builder().years(2022, null).kind(EntryKind.DOCUMENT)).total()).isEqualTo(3);
        assertThat(search(SearchRequest.builder().docType("work_plan").kind(EntryKind.TASK)).total()).isEqualTo(3);
        assertThat(search(SearchRequest.builder().measure("件")).hits()).extracting(h -> h.text().text())
                .containsExactly("办件数量");
        assertThat(search(SearchRequest.builder().dueBefore(LocalDate.of(2023, 6, 30)).kind(EntryKind.TASK)).hits())
                .extracting(h -> h.task().text()).containsExactly("推进一网通办改革，提升政务服务效率");
        assertThat(search(SearchRequest.builder().min(new BigDecimal("90")).max(new BigDecimal("100"))
                .kind(EntryKind.INDICATOR)).hits()).extracting(h -> h.indicator().value())
                .containsExactlyInAnyOrder(new BigDecimal("95"), new BigDecimal("90"), new BigDecimal("100"));
        assertThat(search(SearchRequest.builder().min(new BigDecimal("600000")).kind(EntryKind.AMOUNT)).total())
                .isEqualTo(2);
    }

    @Test
    void filtersCombine() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("满意度").kind(EntryKind.INDICATOR).place("呈贡区")
                .years(2023, 2023).docType("budget_project").measure("%").min(new BigDecimal("93")));
        assertThat(r.hits()).singleElement().satisfies(h -> {
            assertThat(h.indicator().level3()).isEqualTo("群众满意度");
            assertThat(h.doc().title()).isEqualTo("2023年呈贡区政务服务能力提升项目支出");
        });
        SearchResult none = search(SearchRequest.builder().query("满意度").place("五华区"));
        assertThat(none.total()).isZero();
        SearchResult tasks = search(SearchRequest.builder().kind(EntryKind.TASK).place("呈贡").unit("发展改革局")
                .dueBefore(LocalDate.of(2023, 12, 31)));
        assertThat(tasks.hits()).singleElement().satisfies(h -> assertThat(h.task().leadUnits())
                .containsExactly("区发展改革局"));
    }

    @Test
    void placeWordInTheQueryNarrowsToThePlace() throws IOException {
        SearchResult r = search(SearchRequest.builder().query("呈贡 满意度").kind(EntryKind.INDICATOR));
        assertThat(r.hits()).extracting(h -> h.doc().district()).containsOnly("呈贡区").hasSize(2);
    }

    @Test
    void facetsCountAllMatches() throws IOException {
        SearchResult r = service.search(SearchRequest.builder().limit(1).facets(true).build());
        Facets f = r.facets();
        // entries: s1 1+3+1+1=6, s2 1+2+1+1=5, s3 1+2+1=4, s4 1+1+1=3
        assertThat(r.total()).isEqualTo(18);
        assertThat(r.hits()).hasSize(1);
        assertThat(f.district()).containsEntry("呈贡区", 10L).containsEntry("官渡区", 5L).containsEntry("五华区", 3L);
        assertThat(f.year()).containsEntry(2023, 10L).containsEntry(2022, 5L).containsEntry(2021, 3L);
        assertThat(f.docType()).containsEntry("budget_project", 11L).containsEntry("work_plan", 7L);
        assertThat(f.kind()).containsEntry("document", 4L).containsEntry("indicator", 5L).containsEntry("task", 3L)
                .containsEntry("amount", 2L).containsEntry("figure", 2L).containsEntry("deadline", 2L);
        assertThat(f.district().keySet()).first().isEqualTo("呈贡区");
    }

    @Test
    void totalIsExactWithFacetsBeyondLucenesCountingLimit() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            List<org.govdoc.record.Indicator> many = new java.util.ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                many.add(TestRecords.indicator("满意度指标", "服务对象满意度指标", "满意度" + i, ">=", "90", "%"));
            }
            store.upsert(TestRecords.budget("big.pdf", "big", "晋宁区", 2024, "晋宁区大项目", many), new FileStamp(1, 1));
            store.commit();
        }
        SearchRequest.Builder b = SearchRequest.builder().query("满意度").kind(EntryKind.INDICATOR).limit(5);
        SearchResult plain = service.search(b.build());
        SearchResult counted = service.search(b.facets(true).build());
        assertThat(counted.totalExact()).isTrue();
        assertThat(counted.total()).isEqualTo(1203).isEqualTo(service.count(b.build()));
        assertThat(plain.total()).isLessThanOrEqualTo(1203); // without facets Lucene may stop counting
        assertThat(plain.hits()).hasSize(5);
    }

    @Test
    void compareComputesCountSumMeanMinMaxMedianPerDistrictUnitAndOperator() throws IOException {
        try (CompareService compare = CompareService.open(dir, Segmenter.standard())) {
            List<CompareRow> rows = compare.compare(SearchRequest.builder().kind(EntryKind.INDICATOR).build(),
                    GroupBy.DISTRICT);
            assertThat(rows).containsExactly(
                    row("呈贡区", "%", ">=", 2, "185", "92.5", "90", "95", "92.5"),
                    row("呈贡区", "件", ">=", 1, "200000", "200000", "200000", "200000", "200000"),
                    // 官渡区's ≥85% and =100% are not one target: rows per operator
                    row("官渡区", "%", "=", 1, "100", "100", "100", "100", "100"),
                    row("官渡区", "%", ">=", 1, "85", "85", "85", "85", "85"));
            List<CompareRow> satisfaction = compare.compare(SearchRequest.builder().query("满意度")
                    .kind(EntryKind.INDICATOR).build(), GroupBy.YEAR);
            assertThat(satisfaction).containsExactly(
                    row("2022", "%", ">=", 1, "85", "85", "85", "85", "85"),
                    row("2023", "%", ">=", 2, "185", "92.5", "90", "95", "92.5"));
        }
    }

    static CompareRow row(String group, String measure, String op, long count, String sum, String mean, String min,
                          String max, String median) {
        return new CompareRow(group, measure, op, count, new BigDecimal(sum), new BigDecimal(mean),
                new BigDecimal(min), new BigDecimal(max), new BigDecimal(median), 0);
    }

    @Test
    void searchWhileAnotherThreadCommitsSeesWholeRecords() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    store.upsert(TestRecords.budget("w/" + i + ".pdf", "w" + i, "西山区", 2024, "西山区项目" + i,
                            List.of(TestRecords.indicator("满意度指标", "服务对象满意度指标", "满意度", ">=", "90", "%"),
                                    TestRecords.indicator("产出指标", "数量指标", "培训人数", ">=", "100", "人"))),
                            new FileStamp(1, 1));
                    store.commit();
                }
                done.set(true);
                return null;
            });
            int searches = 0;
            while (!done.get() || searches == 0) {
                SearchResult r = service.search(SearchRequest.builder().place("西山区").facets(true).limit(0).build());
                long docs = r.facets().kind().getOrDefault("document", 0L);
                // a committed record always brings its 2 indicators, 1 amount and 1 figure
                assertThat(r.facets().kind().getOrDefault("indicator", 0L)).isEqualTo(2 * docs);
                assertThat(r.total()).isEqualTo(5 * docs);
                searches++;
            }
            writer.get();
            assertThat(service.count(SearchRequest.builder().place("西山区").kind(EntryKind.DOCUMENT).build()))
                    .isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }
}
