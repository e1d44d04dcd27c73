package org.govdoc.serve;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.govdoc.index.EntryKind;

/**
 * A search as the API and the web page name it ({@code ?q=满意度&district=呈贡区&kind=indicator}).
 *
 * @param role which role {@code unit} must have in a task: lead | responsible, or null for any
 */
public record SearchFilter(String q, EntryKind kind, List<String> districts, Integer yearFrom, Integer yearTo,
                           String docType, String unit, String role, String measure, LocalDate dueBefore,
                           BigDecimal min, BigDecimal max) {

    public SearchFilter {
        districts = districts == null ? List.of() : List.copyOf(districts);
    }

    /** The filter's parameters as named in the API (for the bench and the page's links). */
    public static final List<String> PARAMETERS = List.of("q", "kind", "district", "yearFrom", "yearTo", "docType",
            "unit", "role", "measure", "dueBefore", "min", "max");

    /** Reads the filter from query parameters; a bad value is a {@link BadRequest} naming the parameter. */
    public static SearchFilter of(QueryParams p) {
        EntryKind kind = p.one("kind").map(k -> {
            try {
                return EntryKind.fromId(k);
            } catch (IllegalArgumentException e) {
                throw new BadRequest("bad_parameter",
                        "kind: expected document, indicator, task, amount, deadline or figure, got '" + k + "'");
            }
        }).orElse(null);
        Integer from = p.integer("yearFrom").orElse(null);
        Integer to = p.integer("yearTo").orElse(null);
        if (from != null && to != null && from > to) {
            throw new BadRequest("bad_parameter", "yearFrom " + from + " is after yearTo " + to);
        }
        String docType = p.one("docType").orElse(null);
        if (docType != null && !List.of("budget_project", "work_plan", "proposal_reply", "other").contains(docType)) {
            throw new BadRequest("bad_parameter",
                    "docType: expected budget_project, work_plan, proposal_reply or other, got '" + docType + "'");
        }
        String role = p.one("role").orElse(null);
        if (role != null && !List.of("lead", "responsible").contains(role)) {
            throw new BadRequest("bad_parameter", "role: expected lead or responsible, got '" + role + "'");
        }
        BigDecimal min = p.decimal("min").orElse(null);
        BigDecimal max = p.decimal("max").orElse(null);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new BadRequest("bad_parameter", "min " + min.toPlainString() + " is more than max " + max.toPlainString());
        }
        return new SearchFilter(p.one("q").orElse(null), kind, p.all("district"), from, to, docType,
                p.one("unit").orElse(null), role, p.one("measure").orElse(null), p.date("dueBefore").orElse(null),
                min, max);
    }
}
