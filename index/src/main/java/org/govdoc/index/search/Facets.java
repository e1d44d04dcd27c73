package org.govdoc.index.search;

import java.util.Map;

/** Counts of all matching entries (not only the returned hits), most frequent first. */
public record Facets(Map<String, Long> district, Map<Integer, Long> year, Map<String, Long> docType,
                     Map<String, Long> kind) {
}
