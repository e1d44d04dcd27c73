package org.govdoc.index.search;

import java.io.IOException;
import java.io.Closeable;
import java.util.List;

/**
 * Statistics over the numbers of matching entries: what a backend provides for {@code compare} (the embedded
 * Lucene index is {@link CompareService}, a SolrCloud collection {@code org.govdoc.solr.client.SolrStatistics}; both
 * group with {@link CompareRows}).
 */
public interface EntryStatistics extends Closeable {

    /** One row per group, measurement unit and operator. */
    List<CompareRow> compare(CompareRequest request) throws IOException;

    /** {@link #compare(CompareRequest)} with flagged values left out. */
    default List<CompareRow> compare(SearchRequest filters, GroupBy by) throws IOException {
        return compare(new CompareRequest(filters, by, FlaggedValues.EXCLUDE));
    }
}
