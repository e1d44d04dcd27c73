package org.govdoc.solr.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.govdoc.index.IndexFields;
import org.govdoc.index.analysis.HanLPAnalyzer;
import org.govdoc.index.search.EntrySearch;
import org.govdoc.index.search.Facets;
import org.govdoc.index.search.Highlighter;
import org.govdoc.index.search.IndexEntry;
import org.govdoc.index.search.QueryFactory;
import org.govdoc.index.search.SearchHit;
import org.govdoc.index.search.SearchRequest;
import org.govdoc.index.search.SearchResult;
import org.govdoc.index.search.SearchSort;
import org.govdoc.text.segment.Segmenter;

/**
 * Searches a SolrCloud collection made from govdoc's configset. The request goes as it is (JSON) to the
 * collection's {@code govdoc} query parser, which builds the very Lucene query the embedded index runs
 * ({@link QueryFactory}); the configset keeps exact global statistics across shards, so scores are those of one
 * index holding the same entries. Paging is Solr's {@code start}, the orders of {@link SearchSort} are sorts on the
 * configset's doc values (entries without the field last, as in the embedded index; ties may come in another
 * order). Hits are read from the stored entry JSON and highlighted here as the embedded index does
 * ({@link Highlighter#highlighted}). Folding a document held in several files ({@code foldSameDocument}) is not
 * done on Solr and is refused. Sees what the collection has committed. Thread-safe.
 */
public final class SolrSearch implements EntrySearch {

    private final SolrCollection collection;
    private final QueryFactory queries;
    private final Highlighter highlighter;

    public SolrSearch(SolrNodes nodes, String collection, Segmenter segmenter, boolean ownsNodes) {
        this.collection = new SolrCollection(nodes, collection, ownsNodes);
        this.queries = new QueryFactory(HanLPAnalyzer.forQuery(segmenter));
        this.highlighter = new Highlighter(HanLPAnalyzer.forIndex(segmenter));
    }

    /** Searches this collection through these nodes (comma-separated URLs), closing them with itself. */
    public static SolrSearch open(String urls, String collection) {
        return new SolrSearch(SolrNodes.parse(urls), collection, Segmenter.standard(), true);
    }

    /** @throws IllegalArgumentException for what a Solr collection cannot do (folding same documents) */
    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        if (request.foldSameDocument()) {
            throw new IllegalArgumentException("Folding a document held in several files (--fold) is done by the"
                    + " embedded index only; search the Solr collection without it.");
        }
        List<String> terms = QueryFactory.wantedTerms(queries.build(request));
        ModifiableSolrParams p = SolrCollection.params(request, request.limit(), IndexFields.ENTRY + ",score");
        p.set("start", request.offset());
        String sort = sortOf(request.sort());
        if (sort != null) {
            p.set("sort", sort);
        }
        if (request.facets()) {
            p.set("facet", true);
            p.set("facet.field", IndexFields.DISTRICT, IndexFields.YEAR, IndexFields.DOC_TYPE, IndexFields.KIND);
            p.set("facet.limit", -1);
            p.set("facet.mincount", 1);
        }
        QueryResponse rsp = collection.query("search", p);
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument d : rsp.getResults()) {
            Object score = d.getFieldValue("score");
            IndexEntry e = IndexEntry.parse((String) d.getFirstValue(IndexFields.ENTRY));
            hits.add(highlighter.highlighted(new SearchHit(e, score instanceof Number n ? n.floatValue() : 0f,
                    null, null), terms));
        }
        return new SearchResult(rsp.getResults().getNumFound(), true, hits, request.facets() ? facets(rsp) : null);
    }

    /** The Solr sort of an order (entries without the field last: the schema's sortMissingLast); null for relevance. */
    static String sortOf(SearchSort s) {
        String field = switch (s.field()) {
            case RELEVANCE -> null;
            case YEAR -> IndexFields.YEAR;
            case VALUE -> IndexFields.NUM;
            case DUE -> IndexFields.DUE;
            case DISTRICT -> IndexFields.DISTRICT;
        };
        return field == null ? null : field + (s.descending() ? " desc" : " asc") + ",score desc";
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

    /** The identities (kind|sha256|ordinal) of the best {@code limit} matches in rank order. */
    public List<String> keys(SearchRequest request, int limit) throws IOException {
        List<String> out = new ArrayList<>();
        for (SolrDocument d : collection.query("keys", SolrCollection.params(request, limit, IndexFields.KEY))
                .getResults()) {
            out.add((String) d.getFirstValue(IndexFields.KEY));
        }
        return out;
    }

    @Override
    public long count(SearchRequest request) throws IOException {
        return collection.query("count", SolrCollection.params(request, 0, SolrEntries.ID)).getResults().getNumFound();
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
