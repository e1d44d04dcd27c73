package org.govdoc.index.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The query side of an index of entries, whichever engine holds it: the embedded Lucene index
 * ({@link SearchService}) or a SolrCloud collection ({@code org.govdoc.solr.client.SolrSearch}).
 * The same request gives the same entries on both; commands ({@code search}, {@code compare},
 * {@code serve}) take one of these and do not know which.
 */
public interface EntrySearch extends Closeable {

    /** The best {@code request.limit()} entries by relevance, with the total and optionally the facets. */
    SearchResult search(SearchRequest request) throws IOException;

    /** The identities (kind|sha256|ordinal) of the best {@code limit} matches in rank order. */
    List<String> keys(SearchRequest request, int limit) throws IOException;

    /** Exactly how many entries match. */
    long count(SearchRequest request) throws IOException;

    /**
     * Groups every matching entry that has a number (indicator value, amount in yuan, figure value) by
     * the group key and its measurement unit ({@link CompareRows}).
     */
    List<CompareRow> compare(SearchRequest request, GroupBy by) throws IOException;
}
