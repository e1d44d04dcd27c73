package org.govdoc.index.search;

import java.io.Closeable;
import java.io.IOException;

/**
 * Finds index entries: what a search backend provides (the embedded Lucene index is {@link SearchService}, a
 * SolrCloud collection {@code org.govdoc.solr.client.SolrSearch}; the same requests give the same results). A
 * backend that cannot do part of a request refuses it with an {@link IllegalArgumentException} saying so.
 */
public interface EntrySearch extends Closeable {

    /** The hits of one page of the request, with the total and, when asked, the facet counts. */
    SearchResult search(SearchRequest request) throws IOException;

    /** Exactly how many entries match (limit, offset and sort ignored). */
    long count(SearchRequest request) throws IOException;
}
