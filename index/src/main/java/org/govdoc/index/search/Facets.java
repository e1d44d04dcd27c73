package org.govdoc.index.search;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of all matching entries (not only the returned hits), most frequent first. */
public record Facets(Map<String, Long> district, Map<Integer, Long> year, Map<String, Long> docType,
                     Map<String, Long> kind) {

    /** Facets of these counts, each ordered most frequent first, then by value. */
    public static Facets byCount(Map<String, Long> district, Map<Integer, Long> year, Map<String, Long> docType,
                                 Map<String, Long> kind) {
        return new Facets(sorted(district), sorted(year), sorted(docType), sorted(kind));
    }

    private static <K extends Comparable<K>> Map<K, Long> sorted(Map<K, Long> m) {
        Map<K, Long> out = new LinkedHashMap<>();
        m.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
