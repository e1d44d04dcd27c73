package org.govdoc.index.search;

import java.io.Closeable;
import java.io.IOException;

/**
 * Finds index entries: what a search backend provides (the embedded Lucene index is {@link SearchService};
 * another engine may implement it with the same requests and results).
 */
public interface EntrySearch extends Closeable {

    /** The hits of one page of the request, with the total and, when asked, the facet counts. */
    SearchResult search(SearchRequest request) throws IOException;

    /** Exactly how many entries match (limit, offset and sort ignored). */
    long count(SearchRequest request) throws IOException;
}
