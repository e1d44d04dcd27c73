package org.govdoc.index.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.index.EntryKind;

/**
 * A search: Chinese query text (may be empty) and filters, all combinable.
 *
 * @param query      words to find (each word must match the entry's text, title, place or units)
 * @param kind       only entries of this kind, or null for all
 * @param places     district, city or province names, full or short (呈贡区, 呈贡, 昆明); any of them
 * @param yearFrom   first year, inclusive, or null
 * @param yearTo     last year, inclusive, or null
 * @param docType    budget_project | work_plan | proposal_reply | other, or null
 * @param unit       a government unit (lead, responsible, implementer …), whole or part of its name
 * @param measure    an indicator's or figure's measurement unit as written (%, 件, 户), or null
 * @param dueBefore  tasks and deadlines due on or before this date, or null
 * @param min        the entry's number (indicator value, amount in yuan, figure value) at least this
 * @param max        … at most this
 * @param limit      most hits returned
 * @param facets     true to count matches by district, year, docType and kind
 */
public record SearchRequest(String query, EntryKind kind, List<String> places, Integer yearFrom, Integer yearTo,
                            String docType, String unit, String measure, LocalDate dueBefore, BigDecimal min,
                            BigDecimal max, int limit, boolean facets) {

    public SearchRequest {
        places = places == null ? List.of() : List.copyOf(places);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a request step by step. */
    public static final class Builder {
        private String query;
        private EntryKind kind;
        private final List<String> places = new ArrayList<>();
        private Integer yearFrom;
        private Integer yearTo;
        private String docType;
        private String unit;
        private String measure;
        private LocalDate dueBefore;
        private BigDecimal min;
        private BigDecimal max;
        private int limit = 20;
        private boolean facets;

        public Builder query(String v) {
            query = v;
            return this;
        }

        public Builder kind(EntryKind v) {
            kind = v;
            return this;
        }

        public Builder place(String v) {
            places.add(v);
            return this;
        }

        public Builder places(List<String> v) {
            places.addAll(v);
            return this;
        }

        public Builder years(Integer from, Integer to) {
            yearFrom = from;
            yearTo = to;
            return this;
        }

        public Builder docType(String v) {
            docType = v;
            return this;
        }

        public Builder unit(String v) {
            unit = v;
            return this;
        }

        public Builder measure(String v) {
            measure = v;
            return this;
        }

        public Builder dueBefore(LocalDate v) {
            dueBefore = v;
            return this;
        }

        public Builder min(BigDecimal v) {
            min = v;
            return this;
        }

        public Builder max(BigDecimal v) {
            max = v;
            return this;
        }

        public Builder limit(int v) {
            limit = v;
            return this;
        }

        public Builder facets(boolean v) {
            facets = v;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, kind, places, yearFrom, yearTo, docType, unit, measure, dueBefore, min,
                    max, limit, facets);
        }
    }
}
