package org.govdoc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.govdoc.index.EntryKind;
import org.govdoc.index.search.CompareRequest;
import org.govdoc.index.search.CompareRow;
import org.govdoc.index.search.EntryStatistics;
import org.govdoc.index.search.FlaggedValues;
import org.govdoc.index.search.GroupBy;
import org.govdoc.index.search.SearchJson;
import org.govdoc.record.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `govdoc compare`: count, sum, mean, min, max and median of matching entries' values per group, measure and operator. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares the values of matching entries (indicator targets, amounts, figures) across groups.",
            "One row per group, measurement unit (measure) and operator: count, sum, mean, min, max, median;"
                    + " >100 and =100 are not mixed, nor % and 件.",
            "Values a warning points at (impossible targets) are left out and counted in the flagged column"
                    + " (--flagged include counts them in). One document in several files counts once.",
            "Exit status: 0 when rows were printed, 1 when no matching entry has a number, 2 for bad arguments."})
public final class CompareCommand implements Callable<Integer> {

    /** The kinds whose entries have a number to compare. */
    static final Set<EntryKind> WITH_NUMBERS = Set.of(EntryKind.INDICATOR, EntryKind.AMOUNT, EntryKind.FIGURE);

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Chinese words to find (optional)")
    String query;

    @Mixin
    SearchFilters filters;

    @Mixin
    EngineOptions engine;

    @Option(names = "--by", paramLabel = "G", defaultValue = "district",
            description = "district | city | year | doc-type (default ${DEFAULT-VALUE})")
    String by;

    @Option(names = "--flagged", paramLabel = "WHAT", defaultValue = "exclude",
            description = "exclude | include values a warning points at (default ${DEFAULT-VALUE})")
    String flagged;

    @Option(names = "--json", description = "JSON Lines, one \"compare_row\" object a line; schema/compare-row.schema.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        GroupBy groupBy;
        try {
            groupBy = GroupBy.fromId(by);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--by: expected district, city, year or doc-type, got '" + by + "'");
        }
        FlaggedValues flaggedValues;
        try {
            flaggedValues = FlaggedValues.fromId(flagged);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--flagged: " + e.getMessage());
        }
        EntryKind kind = filters.kind();
        if (kind != null && !WITH_NUMBERS.contains(kind)) {
            throw new IllegalArgumentException("--kind " + kind.id() + ": " + kind.id()
                    + " entries have no number to compare; use indicator (the default), amount or figure"
                    + " (search --kind " + kind.id() + " lists them)");
        }
        if (kind == null) {
            filters.kind = filters.amountRole != null ? "amount" : "indicator";
        }
        List<CompareRow> rows;
        try (EntryStatistics service = engine.statistics(filters.index)) {
            rows = service.compare(new CompareRequest(filters.toRequest(query).build(), groupBy, flaggedValues));
        } catch (java.io.IOException e) { // no index there, or the Solr collection did not answer
            System.err.println("govdoc compare: " + e.getMessage());
            return Main.BAD_ARGUMENTS;
        }
        if (rows.isEmpty()) {
            System.err.println("govdoc compare: no matching " + filters.kind + " entry has a number");
            return SearchCommand.NO_MATCH;
        }
        if (json) {
            ObjectMapper m = RecordJson.mapper();
            for (CompareRow r : rows) {
                out.println(m.writeValueAsString(SearchJson.row(r)));
            }
            return 0;
        }
        TextTable t = new TextTable();
        t.add(by, "measure", "op", "count", "sum", "mean", "min", "max", "median", "flagged");
        for (CompareRow r : rows) {
            t.add(dash(r.group()), dash(r.measure()), r.operator(), Long.toString(r.count()), num(r.sum()),
                    num(r.mean()), num(r.min()), num(r.max()), num(r.median()), Long.toString(r.flagged()));
        }
        out.print(t.render());
        return 0;
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    private static String num(BigDecimal v) {
        return v == null ? "-" : v.toPlainString();
    }
}
