package org.govdoc.solr.client;

import java.io.IOException;
import java.util.List;
import org.govdoc.index.search.CompareRequest;
import org.govdoc.index.search.CompareRow;
import org.govdoc.index.search.CompareRows;
import org.govdoc.index.search.EntryStatistics;

/**
 * {@code compare} over a SolrCloud collection made from govdoc's configset: every matching entry is read (a
 * cursor over the unique key) and grouped as the embedded index groups them ({@link CompareRows}), so both give
 * the same rows for the same entries. Thread-safe.
 */
public final class SolrStatistics implements EntryStatistics {

    private final SolrCollection collection;

    public SolrStatistics(SolrNodes nodes, String collection, boolean ownsNodes) {
        this.collection = new SolrCollection(nodes, collection, ownsNodes);
    }

    /** Compares in this collection through these nodes (comma-separated URLs), closing them with itself. */
    public static SolrStatistics open(String urls, String collection) {
        return new SolrStatistics(SolrNodes.parse(urls), collection, true);
    }

    @Override
    public List<CompareRow> compare(CompareRequest request) throws IOException {
        return CompareRows.of(collection.all("compare", request.filters()), request);
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
