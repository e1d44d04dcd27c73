package org.govdoc.index.search;

import java.util.Locale;

/**
 * The order of hits: by relevance (the default; index order without query words), or by a field,
 * ascending or descending ({@code -year}); entries without the field come last.
 */
public record SearchSort(Field field, boolean descending) {

    public static final SearchSort RELEVANCE = new SearchSort(Field.RELEVANCE, false);

    /** What hits can be ordered by. */
    public enum Field {
        RELEVANCE, YEAR, VALUE, DUE, DISTRICT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** relevance | year | value | due | district, with a leading - for descending; IllegalArgumentException otherwise. */
    public static SearchSort parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        boolean desc = t.startsWith("-");
        String name = desc ? t.substring(1) : t;
        for (Field f : Field.values()) {
            if (f.id().equals(name)) {
                return new SearchSort(f, desc);
            }
        }
        throw new IllegalArgumentException("expected relevance, year, value, due or district (- before it for"
                + " descending), got '" + text + "'");
    }

    public String id() {
        return (descending ? "-" : "") + field.id();
    }
}
