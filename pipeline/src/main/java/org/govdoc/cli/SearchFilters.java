package org.govdoc.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govdoc.index.EntryKind;
import org.govdoc.index.search.AmountRole;
import org.govdoc.index.search.SearchRequest;
import org.govdoc.index.search.UnitRole;
import org.govdoc.record.DocType;
import picocli.CommandLine.Option;

/** The filters `govdoc search` and `govdoc compare` share. A bad value is an IllegalArgumentException naming its option. */
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

    @Option(names = "--unit-role", paramLabel = "R", defaultValue = "any",
            description = "Which units --unit looks at: any | lead (牵头单位) | responsible (责任单位) (default: ${DEFAULT-VALUE})")
    String unitRole;

    @Option(names = "--amount-role", paramLabel = "R",
            description = "Only amounts of this role: allocation (a project's own total), component, midterm, total,"
                    + " subsidy, tax, cost_saving, other; not-allocation for every role but allocation")
    String amountRole;

    @Option(names = "--measure", paramLabel = "M", description = "Measurement unit of indicators and figures as written (%%, 件, 户)")
    String measure;

    @Option(names = "--due-before", paramLabel = "DATE",
            description = "Tasks and deadlines due on or before this date (2023-06-30, 2023/6/30, 2023年6月30日)")
    LocalDate dueBefore;

    @Option(names = "--min", paramLabel = "X", description = "Entry's number at least X (indicator value, amount in yuan, figure value)")
    BigDecimal min;

    @Option(names = "--max", paramLabel = "X", description = "Entry's number at most X")
    BigDecimal max;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: ${DEFAULT-VALUE})",
            defaultValue = DEFAULT_INDEX)
    Path index;

    /** The kind asked for, or null; IllegalArgumentException naming --kind and the kinds. */
    EntryKind kind() {
        if (kind == null) {
            return null;
        }
        try {
            return EntryKind.fromId(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--kind: unknown kind '" + kind
                    + "' (document, indicator, task, amount, deadline, figure)");
        }
    }

    SearchRequest.Builder toRequest(String query) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("--min " + min.toPlainString() + " is above --max " + max.toPlainString()
                    + ": nothing can match");
        }
        String type = null;
        if (docType != null) {
            type = docType.strip().toLowerCase(Locale.ROOT).replace('-', '_');
            try {
                DocType.fromJson(type);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--doc-type: unknown docType '" + docType
                        + "' (budget_project, work_plan, proposal_reply, other)");
            }
        }
        SearchRequest.Builder b = SearchRequest.builder().query(query).kind(kind()).places(districts).docType(type)
                .unit(unit).measure(measure).dueBefore(dueBefore).min(min).max(max);
        try {
            b.unitRole(UnitRole.fromId(unitRole));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--unit-role: " + e.getMessage());
        }
        if (amountRole != null) {
            try {
                b.amountRole(AmountRole.parse(amountRole));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--amount-role: " + e.getMessage());
            }
        }
        if (year != null) {
            int[] range = years(year);
            b.years(range[0] == Integer.MIN_VALUE ? null : range[0], range[1] == Integer.MAX_VALUE ? null : range[1]);
        }
        return b;
    }

    /** 2023 → [2023, 2023]; 2021..2023; 2022.. ; ..2022. A range that ends before it starts is refused. */
    static int[] years(String s) {
        String t = s.strip();
        int[] range;
        try {
            int dots = t.indexOf("..");
            if (dots < 0) {
                int y = Integer.parseInt(t);
                range = new int[] {y, y};
            } else {
                String from = t.substring(0, dots).strip();
                String to = t.substring(dots + 2).strip();
                range = new int[] {from.isEmpty() ? Integer.MIN_VALUE : Integer.parseInt(from),
                    to.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(to)};
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--year: expected 2023 or 2021..2023, got '" + s + "'");
        }
        if (range[0] > range[1]) {
            throw new IllegalArgumentException("--year: " + s + " ends before it starts (did you mean "
                    + range[1] + ".." + range[0] + "?)");
        }
        return range;
    }
}
