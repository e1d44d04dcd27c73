package org.govdoc.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.govdoc.model.Location;

/**
 * The one JSON configuration of the record: dates as ISO strings, money as plain decimals
 * (693810, never 6.9381E+5), absent values as null (but a {@link Location} lists only the parts it
 * has), one line per record.
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            // a location lists only the parts it has: {"page":2,"block":7}, not five keys with nulls
            .withConfigOverride(Location.class, o -> o.setInclude(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL)))
            .build();

    private RecordJson() {
    }

    /** The shared, immutable-once-built mapper (thread-safe). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
