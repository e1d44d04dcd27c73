package org.govdoc.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.govdoc.index.EntryKind;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.index.TestRecords;
import org.govdoc.model.Location;
import org.govdoc.record.Extraction;
import org.govdoc.record.FundingAmount;
import org.govdoc.record.Indicator;
import org.govdoc.record.Source;
import org.govdoc.record.Warning;
import org.govdoc.text.segment.Segmenter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Query syntax, sort and paging, role filters, compare's flagged values and one document in several files. */
class SearchOptionsTest {

    private final Directory dir = new ByteBuffersDirectory();
    private SearchIndex index;
    private SearchService search;
    private CompareService compare;

    /** 晋宁区's budget: one indicator has an impossible target and a warning at its row; two amounts. */
    static Extraction jinningBudget(String path, String sha) {
        Location bad = new Location(1, 3, 0, 7, 2);
        Indicator impossible = new Indicator("满意度指标", "服务对象满意度指标", "游客满意度", ">=", new BigDecimal("950"),
                "≥950%", "%", "定量指标", null, null, null, bad);
        Extraction b = TestRecords.budget(path, sha, "晋宁区", 2024, "晋宁区文旅融合项目",
                List.of(TestRecords.indicator("满意度指标", "服务对象满意度指标", "群众满意度", ">=", "90", "%"), impossible,
                        TestRecords.indicator("产出指标", "数量指标", "接待人次", ">", "100", "人次"),
                        TestRecords.indicator("产出指标", "数量指标", "培训人次", "=", "100", "人次")));
        return new Extraction(b.schemaVersion(), b.id(), b.source(), b.status(), b.error(), b.docType(), b.title(),
                b.region(), b.year(), b.docNumber(), b.issuer(), b.issueDate(), b.project(),
                List.of(b.fundingAmounts().get(0), new FundingAmount(new BigDecimal("200000"), "20万元", "component",
                        null, false, "其中培训经费20万元", Location.ofBlock(1, 5))),
                b.indicators(), b.tasks(), b.deadlines(), b.units(), b.proposal(), b.figures(),
                List.of(new Warning("impossible_target", "满意度目标950%不可能", bad)), b.text());
    }

    @BeforeEach
    void index() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            for (Extraction r : List.of(SearchServiceTest.chenggongBudget(), SearchServiceTest.guanduBudget(),
                    SearchServiceTest.chenggongPlan(), SearchServiceTest.wuhuaPlan(), jinningBudget("j/jinning.docx", "s5"))) {
                store.upsert(r, new FileStamp(1, 1));
            }
            store.commit();
        }
        index = SearchIndex.open(dir, Segmenter.standard());
        search = new SearchService(index);
        compare = new CompareService(index);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<String> texts(SearchRequest.Builder b) throws IOException {
        return search.search(b.limit(100).build()).hits().stream().map(h -> h.item().text()).toList();
    }

    @Test
    void orMatchesEitherWord() throws IOException {
        assertThat(texts(SearchRequest.builder().query("办结率 OR 办件数量").kind(EntryKind.INDICATOR)))
                .containsExactlyInAnyOrder("办结率", "办件数量");
        assertThat(texts(SearchRequest.builder().query("办结率 | 办件数量").kind(EntryKind.INDICATOR)))
                .containsExactlyInAnyOrder("办结率", "办件数量");
    }

    @Test
    void notExcludesAWord() throws IOException {
        assertThat(texts(SearchRequest.builder().query("满意度 NOT 群众").kind(EntryKind.INDICATOR)))
                .containsExactlyInAnyOrder("服务对象满意度", "满意度", "游客满意度");
        assertThat(texts(SearchRequest.builder().query("-满意度").kind(EntryKind.INDICATOR)))
                .containsExactlyInAnyOrder("办件数量", "办结率", "接待人次", "培训人次");
        SearchResult r = search.search(SearchRequest.builder().query("满意度 -群众").kind(EntryKind.INDICATOR).build());
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.text().matched()).containsOnly("满意度"));
    }

    @Test
    void phraseNeedsItsWordsTogether() throws IOException {
        // both words stand in task 1's text, but next to each other only as 政务服务效率
        assertThat(texts(SearchRequest.builder().query("\"政务服务 效率\"").kind(EntryKind.TASK)))
                .containsExactly("推进一网通办改革，提升政务服务效率");
        assertThat(texts(SearchRequest.builder().query("\"提升 效率\"").kind(EntryKind.TASK))).isEmpty();
        // spaces inside a Chinese phrase are dropped: the phrase of the compound 服务对象满意度 finds it
        assertThat(texts(SearchRequest.builder().query("\"服务对象 满意度\"").kind(EntryKind.INDICATOR)))
                .containsExactly("服务对象满意度");
        assertThat(texts(SearchRequest.builder().query("提升 效率").kind(EntryKind.TASK)))
                .containsExactly("推进一网通办改革，提升政务服务效率");
    }

    @Test
    void sortsByValueAndYearAndPagesWithOffset() throws IOException {
        SearchRequest.Builder pct = SearchRequest.builder().kind(EntryKind.INDICATOR).measure("%");
        assertThat(search.search(pct.sort(SearchSort.parse("value")).limit(100).build()).hits())
                .extracting(SearchHit::number).extracting(BigDecimal::intValue).containsExactly(85, 90, 90, 95, 100, 950);
        assertThat(search.search(pct.sort(SearchSort.parse("-value")).limit(2).offset(1).build()).hits())
                .extracting(SearchHit::number).extracting(BigDecimal::intValue).containsExactly(100, 95);
        SearchResult page3 = search.search(pct.sort(SearchSort.parse("-value")).limit(2).offset(4).build());
        assertThat(page3.hits()).extracting(SearchHit::number).extracting(BigDecimal::intValue).containsExactly(90, 85);
        assertThat(page3.total()).isEqualTo(6);
        assertThat(search.search(SearchRequest.builder().kind(EntryKind.DOCUMENT).sort(SearchSort.parse("-year"))
                .limit(10).build()).hits()).extracting(h -> h.doc().year()).containsExactly(2024, 2023, 2023, 2022, 2021);
        assertThat(search.search(pct.offset(50).build()).hits()).isEmpty();
    }

    @Test
    void unitRoleTellsLeadFromResponsible() throws IOException {
        // 区政务局 is responsible for task 2 only; as lead it leads nothing
        assertThat(texts(SearchRequest.builder().unit("区政务局").kind(EntryKind.TASK).unitRole(UnitRole.RESPONSIBLE)))
                .containsExactly("深化投资审批制度改革");
        assertThat(texts(SearchRequest.builder().unit("区政务局").kind(EntryKind.TASK).unitRole(UnitRole.LEAD)))
                .isEmpty();
        // part of a name works in a role too
        assertThat(texts(SearchRequest.builder().unit("发展改革").kind(EntryKind.TASK).unitRole(UnitRole.LEAD)))
                .containsExactly("深化投资审批制度改革");
        assertThat(texts(SearchRequest.builder().unit("发展改革").kind(EntryKind.TASK).unitRole(UnitRole.RESPONSIBLE)))
                .isEmpty();
    }

    @Test
    void amountRoleSeparatesAllocationsFromTheRest() throws IOException {
        SearchResult alloc = search.search(SearchRequest.builder().amountRole(AmountRole.parse("allocation")).build());
        assertThat(alloc.hits()).extracting(h -> h.amount().role()).containsOnly("allocation").hasSize(3);
        SearchResult rest = search.search(SearchRequest.builder().amountRole(AmountRole.parse("not-allocation")).build());
        assertThat(rest.hits()).extracting(h -> h.amount().amountYuan()).containsExactly(new BigDecimal("200000"));
        assertThatThrownBy(() -> AmountRole.parse("salary")).hasMessageContaining("allocation");
    }

    @Test
    void flaggedValuesAreLeftOutAndCountedOrIncluded() throws IOException {
        SearchRequest sat = SearchRequest.builder().query("满意度").kind(EntryKind.INDICATOR).place("晋宁区").build();
        assertThat(search.search(sat).hits()).filteredOn(h -> h.indicator().level3().equals("游客满意度"))
                .singleElement().satisfies(h -> assertThat(h.flags()).containsExactly("impossible_target"));
        CompareRow out = compare.compare(sat, GroupBy.DISTRICT).get(0);
        assertThat(out.count()).isEqualTo(1);
        assertThat(out.max()).isEqualByComparingTo("90");
        assertThat(out.flagged()).isEqualTo(1);
        CompareRow in = compare.compare(new CompareRequest(sat, GroupBy.DISTRICT, FlaggedValues.INCLUDE)).get(0);
        assertThat(in.count()).isEqualTo(2);
        assertThat(in.max()).isEqualByComparingTo("950");
        assertThat(in.mean()).isEqualByComparingTo("520");
        assertThat(in.flagged()).isEqualTo(1);
    }

    @Test
    void operatorsAreCountedApart() throws IOException {
        List<CompareRow> rows = compare.compare(SearchRequest.builder().kind(EntryKind.INDICATOR).measure("人次")
                .build(), GroupBy.DISTRICT);
        assertThat(rows).extracting(CompareRow::operator, CompareRow::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("=", 1L), org.assertj.core.groups.Tuple.tuple(">", 1L));
    }

    @Test
    void oneDocumentInTwoFormatsCountsOnceAndShowsBothPaths() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            Extraction pdf = jinningBudget("j/jinning.pdf", "s6");
            store.upsert(pdf.withSource(new Source("j/jinning.pdf", "jinning.pdf", "application/pdf", 900, 3, "s6",
                    List.of()), pdf.text()), new FileStamp(1, 1));
            store.commit();
        }
        SearchRequest.Builder docs = SearchRequest.builder().kind(EntryKind.DOCUMENT).place("晋宁区").limit(10);
        assertThat(search.search(docs.build()).hits()).hasSize(2);
        SearchResult folded = search.search(docs.foldSameDocument(true).facets(true).build());
        assertThat(folded.total()).isEqualTo(1);
        assertThat(folded.facets().district()).containsEntry("晋宁区", 1L);
        assertThat(search.search(SearchRequest.builder().place("晋宁区").kind(EntryKind.INDICATOR)
                .foldSameDocument(true).build()).total()).as("indicators per document").isEqualTo(4);
        assertThat(search.search(SearchRequest.builder().place("晋宁区").kind(EntryKind.INDICATOR).build())
                .total()).as("indicators per file").isEqualTo(8);
        assertThat(folded.hits()).singleElement().satisfies(h -> {
            assertThat(h.doc().path()).isEqualTo("j/jinning.docx");
            assertThat(h.sameAs()).containsExactly("j/jinning.pdf");
        });
        CompareRow pct = compare.compare(SearchRequest.builder().kind(EntryKind.INDICATOR).place("晋宁区").measure("%")
                .build(), GroupBy.DISTRICT).get(0);
        assertThat(pct.count()).isEqualTo(1); // 90% once, not once per file
        assertThat(pct.flagged()).isEqualTo(1);
    }

    @Test
    void anotherDocumentWithTheSameGenericTitleIsNotFolded() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(dir, Segmenter.standard())) {
            store.upsert(TestRecords.budget("j/another.pdf", "s7", "晋宁区", 2024, "晋宁区文旅融合项目",
                    List.of(TestRecords.indicator("满意度指标", "服务对象满意度指标", "游客满意度", ">=", "80", "%"))),
                    new FileStamp(1, 1));
            store.commit();
        }
        SearchResult folded = search.search(SearchRequest.builder().kind(EntryKind.DOCUMENT).place("晋宁区")
                .foldSameDocument(true).limit(10).build());
        assertThat(folded.hits()).hasSize(2).allSatisfy(h -> assertThat(h.sameAs()).isEmpty());
        CompareRow pct = compare.compare(SearchRequest.builder().kind(EntryKind.INDICATOR).place("晋宁区").measure("%")
                .build(), GroupBy.DISTRICT).get(0);
        assertThat(pct.count()).isEqualTo(2); // 90% of one document, 80% of the other
    }

    @Test
    void contradictoryRequestsAreRefusedWithASentence() {
        assertThatThrownBy(() -> SearchRequest.builder().years(2025, 2021).build()).hasMessageContaining("2025")
                .hasMessageContaining("after");
        assertThatThrownBy(() -> SearchRequest.builder().min(new BigDecimal("100")).max(BigDecimal.TEN).build())
                .hasMessageContaining("above");
        assertThatThrownBy(() -> SearchRequest.builder().docType("nonsense").build())
                .hasMessageContaining("budget_project");
        assertThatThrownBy(() -> SearchRequest.builder().limit(-1).build()).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> SearchSort.parse("colour")).hasMessageContaining("relevance");
        assertThat(SearchRequest.builder().docType("WORK-PLAN").build().docType()).isEqualTo("work_plan");
        assertThat(SearchRequest.builder().dueBefore(LocalDate.of(2023, 1, 1)).build().sort())
                .isEqualTo(SearchSort.RELEVANCE);
    }
}
