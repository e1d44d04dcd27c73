package org.govdoc.index.search;

import java.util.Locale;

/**
 * What {@code compare} does with values a warning points at (an impossible target such as 满意度 ≥ 950%):
 * leave them out of the statistics, or count them; either way each row says how many there were.
 */
public enum FlaggedValues {
    EXCLUDE, INCLUDE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FlaggedValues fromId(String id) {
        return switch (id.strip().toLowerCase(Locale.ROOT)) {
            case "exclude" -> EXCLUDE;
            case "include" -> INCLUDE;
            default -> throw new IllegalArgumentException("expected exclude or include, got '" + id + "'");
        };
    }
}
