package org.govdoc.record;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the file could be read. */
public enum Status {
    OK("ok"),
    FAILED("failed");

    private final String json;

    Status(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
