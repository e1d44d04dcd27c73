package org.govdoc.solr.client;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.govdoc.index.IndexFields;
import org.govdoc.index.search.IndexEntry;
import org.govdoc.index.search.SearchRequest;
import org.govdoc.index.search.SearchRequestJson;

/**
 * A collection made from govdoc's configset, queried with govdoc requests: the request goes as it is (JSON) to
 * the collection's {@code govdoc} query parser, which builds the very Lucene query the embedded index runs.
 * Shared by {@link SolrSearch} and {@link SolrStatistics}. Thread-safe.
 */
final class SolrCollection implements Closeable {

    /** Matching entries read per page when every match is read. */
    private static final int PAGE = 1000;

    private final SolrNodes nodes;
    private final String name;
    private final boolean ownsNodes;

    SolrCollection(SolrNodes nodes, String name, boolean ownsNodes) {
        this.nodes = nodes;
        this.name = name;
        this.ownsNodes = ownsNodes;
    }

    /** The parameters of a request's query returning these fields of {@code rows} matches. */
    static ModifiableSolrParams params(SearchRequest request, int rows, String fields) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!govdoc v=$govdoc}");
        p.set("govdoc", SearchRequestJson.write(request));
        p.set("rows", rows);
        p.set("fl", fields);
        return p;
    }

    QueryResponse query(String what, ModifiableSolrParams p) throws IOException {
        return nodes.call(what, node -> node.query(name, p, SolrRequest.METHOD.POST));
    }

    /** Every entry matching the request, read page by page (a cursor over the unique key). */
    List<IndexEntry> all(String what, SearchRequest request) throws IOException {
        List<IndexEntry> out = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = params(request, PAGE, IndexFields.ENTRY);
            p.set("sort", SolrEntries.ID + " asc");
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse rsp = query(what, p);
            for (SolrDocument d : rsp.getResults()) {
                out.add(IndexEntry.parse((String) d.getFirstValue(IndexFields.ENTRY)));
            }
            String next = rsp.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return out;
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
