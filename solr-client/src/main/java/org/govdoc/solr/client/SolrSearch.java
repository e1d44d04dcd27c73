package org.govdoc.solr.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.govdoc.index.IndexFields;
import org.govdoc.index.analysis.HanLPAnalyzer;
import org.govdoc.index.search.CompareRow;
import org.govdoc.index.search.CompareRows;
import org.govdoc.index.search.EntryHits;
import org.govdoc.index.search.EntrySearch;
import org.govdoc.index.search.Facets;
import org.govdoc.index.search.GroupBy;
import org.govdoc.index.search.Highlighter;
import org.govdoc.index.search.QueryFactory;
import org.govdoc.index.search.SearchHit;
import org.govdoc.index.search.SearchRequest;
import org.govdoc.index.search.SearchRequestJson;
import org.govdoc.index.search.SearchResult;
import org.govdoc.text.segment.Segmenter;

/**
 * Searches a SolrCloud collection made from govdoc's configset. The request goes as it is (JSON) to
 * the collection's {@code govdoc} query parser, which builds the very Lucene query the embedded index
 * runs ({@link QueryFactory}); the configset keeps exact global statistics across shards, so scores
 * are those of one index holding the same entries. Hits are read from the stored entry JSON and
 * highlighted here as the embedded index does ({@link EntryHits}). Sees what the collection has
 * committed. Thread-safe.
 */
public final class SolrSearch implements EntrySearch {

    /** Matching entries read per page by {@code compare}. */
    private static final int PAGE = 1000;

    private final SolrNodes nodes;
    private final String collection;
    private final boolean ownsNodes;
    private final QueryFactory queries;
    private final EntryHits entries;

    public SolrSearch(SolrNodes nodes, String collection, Segmenter segmenter, boolean ownsNodes) {
        this.nodes = nodes;
        this.collection = collection;
        this.ownsNodes = ownsNodes;
        this.queries = new QueryFactory(HanLPAnalyzer.forQuery(segmenter));
        this.entries = new EntryHits(new Highlighter(HanLPAnalyzer.forIndex(segmenter)));
    }

    /** Searches this collection through these nodes (comma-separated URLs), closing them with itself. */
    public static SolrSearch open(String urls, String collection) {
        return new SolrSearch(SolrNodes.parse(urls), collection, Segmenter.standard(), true);
    }

    private ModifiableSolrParams params(SearchRequest request, int rows, String fields) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!govdoc v=$govdoc}");
        p.set("govdoc", SearchRequestJson.write(request));
        p.set("rows", rows);
        p.set("fl", fields);
        return p;
    }

    private QueryResponse query(String what, ModifiableSolrParams p) throws IOException {
        return nodes.call(what, node -> node.query(collection, p, SolrRequest.METHOD.POST));
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        List<String> terms = queries.terms(request.query());
        ModifiableSolrParams p = params(request, request.limit(), IndexFields.ENTRY + ",score");
        if (request.facets()) {
            p.set("facet", true);
            p.set("facet.field", IndexFields.DISTRICT, IndexFields.YEAR, IndexFields.DOC_TYPE, IndexFields.KIND);
            p.set("facet.limit", -1);
            p.set("facet.mincount", 1);
        }
        QueryResponse rsp = query("search", p);
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument d : rsp.getResults()) {
            Object score = d.getFieldValue("score");
            hits.add(entries.read((String) d.getFirstValue(IndexFields.ENTRY),
                    score instanceof Number n ? n.floatValue() : 0f, terms));
        }
        return new SearchResult(rsp.getResults().getNumFound(), true, hits, request.facets() ? facets(rsp) : null);
    }

    private static Facets facets(QueryResponse rsp) {
        Map<Integer, Long> years = new HashMap<>();
        counts(rsp, IndexFields.YEAR).forEach((k, v) -> years.put(Integer.valueOf(k), v));
        return Facets.byCount(counts(rsp, IndexFields.DISTRICT), years, counts(rsp, IndexFields.DOC_TYPE),
                counts(rsp, IndexFields.KIND));
    }

    private static Map<String, Long> counts(QueryResponse rsp, String field) {
        Map<String, Long> out = new HashMap<>();
        FacetField f = rsp.getFacetField(field);
        if (f != null && f.getValues() != null) {
            for (FacetField.Count c : f.getValues()) {
                out.put(c.getName(), c.getCount());
            }
        }
        return out;
    }

    @Override
    public List<String> keys(SearchRequest request, int limit) throws IOException {
        List<String> out = new ArrayList<>();
        for (SolrDocument d : query("keys", params(request, limit, IndexFields.KEY)).getResults()) {
            out.add((String) d.getFirstValue(IndexFields.KEY));
        }
        return out;
    }

    @Override
    public long count(SearchRequest request) throws IOException {
        return query("count", params(request, 0, SolrEntries.ID)).getResults().getNumFound();
    }

    /** Reads every match page by page (a cursor over the unique key), grouping as the embedded index does. */
    @Override
    public List<CompareRow> compare(SearchRequest request, GroupBy by) throws IOException {
        CompareRows rows = new CompareRows(by);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = params(request, PAGE, IndexFields.ENTRY);
            p.set("sort", SolrEntries.ID + " asc");
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse rsp = query("compare", p);
            for (SolrDocument d : rsp.getResults()) {
                rows.add(entries.read((String) d.getFirstValue(IndexFields.ENTRY), 0f, List.of()));
            }
            String next = rsp.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return rows.rows();
            }
            cursor = next;
        }
    }

    @Override
    public void close() throws IOException {
        if (ownsNodes) {
            nodes.close();
        }
    }
}
