package org.govdoc.index.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.index.EntryKind;

/**
 * A search: Chinese query text (may be empty) and filters, all combinable.
 *
 * @param query      words to find (each word must match the entry's text, title, place or units), with the
 *                   syntax of {@link QueryText}: OR, NOT, "phrases"
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
 * @param unitRole   which of the entry's units {@code unit} must be (lead or responsible units of a task)
 * @param amountRole only amounts of this role (or of every other role), or null
 * @param limit      most hits returned
 * @param offset     hits skipped before the first returned (paging)
 * @param sort       the order of hits
 * @param facets     true to count matches by district, year, docType and kind
 * @param foldSameDocument true to show one document held in several files (formats) once, with its other paths
 */
public record SearchRequest(String query, EntryKind kind, List<String> places, Integer yearFrom, Integer yearTo,
                            String docType, String unit, UnitRole unitRole, String measure, LocalDate dueBefore,
                            BigDecimal min, BigDecimal max, AmountRole amountRole, int limit, int offset,
                            SearchSort sort, boolean facets, boolean foldSameDocument) {

    /** The most hits one request may return ({@code limit} is capped to it). */
    public static final int MAX_LIMIT = 1_000_000;

    public SearchRequest {
        places = places == null ? List.of() : List.copyOf(places);
        unitRole = unitRole == null ? UnitRole.ANY : unitRole;
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        limit = Math.min(limit, MAX_LIMIT);
        if (docType != null && !docType.isBlank()) {
            docType = docType.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
            try {
                org.govdoc.record.DocType.fromJson(docType);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown docType '" + docType
                        + "' (budget_project, work_plan, proposal_reply, other)");
            }
        }
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new IllegalArgumentException("the first year " + yearFrom + " is after the last " + yearTo);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min.toPlainString() + " is above max " + max.toPlainString());
        }
    }

    /** This request returning at most this many hits. */
    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, kind, places, yearFrom, yearTo, docType, unit, unitRole, measure, dueBefore,
                min, max, amountRole, newLimit, offset, sort, facets, foldSameDocument);
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
        private UnitRole unitRole = UnitRole.ANY;
        private AmountRole amountRole;
        private int limit = 20;
        private int offset;
        private SearchSort sort = SearchSort.RELEVANCE;
        private boolean facets;
        private boolean foldSameDocument;

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

        public Builder unitRole(UnitRole v) {
            unitRole = v;
            return this;
        }

        public Builder amountRole(AmountRole v) {
            amountRole = v;
            return this;
        }

        public Builder offset(int v) {
            offset = v;
            return this;
        }

        public Builder sort(SearchSort v) {
            sort = v;
            return this;
        }

        public Builder foldSameDocument(boolean v) {
            foldSameDocument = v;
            return this;
        }

        /** The request; IllegalArgumentException with a sentence when its values contradict each other. */
        public SearchRequest build() {
            return new SearchRequest(query, kind, places, yearFrom, yearTo, docType, unit, unitRole, measure,
                    dueBefore, min, max, amountRole, limit, offset, sort, facets, foldSameDocument);
        }
    }
}
