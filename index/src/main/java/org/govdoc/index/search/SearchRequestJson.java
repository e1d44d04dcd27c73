package org.govdoc.index.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govdoc.record.RecordJson;

/**
 * A {@link SearchRequest} as JSON: how a request travels to a search engine that builds its query on
 * the server side (the Solr plugin's {@code govdoc} query parser runs {@link QueryFactory} there).
 */
public final class SearchRequestJson {

    private static final ObjectMapper JSON = RecordJson.mapper();

    private SearchRequestJson() {
    }

    public static String write(SearchRequest request) {
        try {
            return JSON.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request as JSON: " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a request */
    public static SearchRequest read(String json) {
        try {
            return JSON.readValue(json, SearchRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a govdoc search request: " + e.getOriginalMessage(), e);
        }
    }
}
