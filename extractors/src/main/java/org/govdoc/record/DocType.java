package org.govdoc.record;

import com.fasterxml.jackson.annotation.JsonValue;

/** The genre of a document, decided from its content. */
public enum DocType {
    BUDGET_PROJECT("budget_project"),
    WORK_PLAN("work_plan"),
    PROPOSAL_REPLY("proposal_reply"),
    OTHER("other");

    private final String json;

    DocType(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    public static DocType fromJson(String s) {
        for (DocType t : values()) {
            if (t.json.equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown docType: " + s);
    }
}
