package org.govdoc.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.index.EntryKind;
import org.govdoc.index.search.SearchRequest;
import picocli.CommandLine.Option;

/** The filters `govdoc search` and `govdoc compare` share. */
final class SearchFilters {

    static final String DEFAULT_INDEX = "govdoc-data/index";

    @Option(names = "--kind", paramLabel = "KIND",
            description = "document | indicator | task | amount | deadline | figure")
    String kind;

    @Option(names = "--district", paramLabel = "D",
            description = "District, city or province, full or short name (呈贡区, 呈贡, 昆明); repeatable (any of them)")
    List<String> districts = new ArrayList<>();

    @Option(names = "--year", paramLabel = "Y|FROM..TO", description = "A year (2023) or a range (2021..2023, 2022.., ..2022)")
    String year;

    @Option(names = "--doc-type", paramLabel = "T", description = "budget_project | work_plan | proposal_reply | other")
    String docType;

    @Option(names = "--unit", paramLabel = "U",
            description = "Government unit (lead, responsible, implementer), whole or part of the name, or canonical name")
    String unit;

    @Option(names = "--measure", paramLabel = "M", description = "Measurement unit of indicators and figures as written (%%, 件, 户)")
    String measure;

    @Option(names = "--due-before", paramLabel = "DATE", description = "Tasks and deadlines due on or before this date (yyyy-mm-dd)")
    LocalDate dueBefore;

    @Option(names = "--min", paramLabel = "X", description = "Entry's number at least X (indicator value, amount in yuan, figure value)")
    BigDecimal min;

    @Option(names = "--max", paramLabel = "X", description = "Entry's number at most X")
    BigDecimal max;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: ${DEFAULT-VALUE})",
            defaultValue = DEFAULT_INDEX)
    Path index;

    SearchRequest.Builder toRequest(String query) {
        SearchRequest.Builder b = SearchRequest.builder().query(query).places(districts).docType(docType).unit(unit)
                .measure(measure).dueBefore(dueBefore).min(min).max(max);
        if (kind != null) {
            try {
                b.kind(EntryKind.fromId(kind));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--kind: unknown kind '" + kind
                        + "' (document, indicator, task, amount, deadline, figure)");
            }
        }
        if (year != null) {
            int[] range = years(year);
            b.years(range[0] == Integer.MIN_VALUE ? null : range[0], range[1] == Integer.MAX_VALUE ? null : range[1]);
        }
        return b;
    }

    /** 2023 → [2023, 2023]; 2021..2023; 2022.. ; ..2022. */
    static int[] years(String s) {
        String t = s.strip();
        try {
            int dots = t.indexOf("..");
            if (dots < 0) {
                int y = Integer.parseInt(t);
                return new int[] {y, y};
            }
            String from = t.substring(0, dots).strip();
            String to = t.substring(dots + 2).strip();
            return new int[] {from.isEmpty() ? Integer.MIN_VALUE : Integer.parseInt(from),
                to.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(to)};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--year: expected 2023 or 2021..2023, got '" + s + "'");
        }
    }
}
