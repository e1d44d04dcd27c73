package org.govdoc.index.search;

import java.util.Objects;

/**
 * A comparison: the entries of a search (its limit, offset and sort do not matter), grouped.
 *
 * @param filters the search whose matching entries are compared
 * @param by      how entries are grouped
 * @param flagged what to do with values a warning points at
 */
public record CompareRequest(SearchRequest filters, GroupBy by, FlaggedValues flagged) {

    public CompareRequest {
        Objects.requireNonNull(filters, "filters");
        by = by == null ? GroupBy.DISTRICT : by;
        flagged = flagged == null ? FlaggedValues.EXCLUDE : flagged;
    }
}
