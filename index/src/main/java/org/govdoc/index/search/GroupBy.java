package org.govdoc.index.search;

import java.util.Locale;

/** How {@code compare} groups entries. */
public enum GroupBy {
    DISTRICT, CITY, YEAR, DOC_TYPE;

    public static GroupBy fromId(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace("DOCTYPE", "DOC_TYPE"));
    }
}
