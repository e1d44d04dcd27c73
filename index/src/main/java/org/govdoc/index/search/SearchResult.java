package org.govdoc.index.search;

import java.util.List;

/**
 * @param total      matching entries (a lower bound when {@code totalExact} is false)
 * @param facets     counts, or null when not asked for
 */
public record SearchResult(long total, boolean totalExact, List<SearchHit> hits, Facets facets) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
