package org.govdoc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.govdoc.index.search.CompareRow;
import org.govdoc.index.search.GroupBy;
import org.govdoc.index.search.EntrySearch;
import org.govdoc.record.RecordJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `govdoc compare`: count, min, max and median of matching entries' values per group and unit. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares the values of matching entries (indicator targets, amounts, figures) across groups:",
            "count, min, max and median per group and measurement unit (values of different units are not mixed)."})
public final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Chinese words to find (optional)")
    String query;

    @Mixin
    SearchFilters filters;

    @Mixin
    SearchBackend backend;

    @Option(names = "--by", paramLabel = "G", defaultValue = "district",
            description = "district | city | year | doc-type (default ${DEFAULT-VALUE})")
    String by;

    @Option(names = "--json", description = "JSON Lines, one group a line")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<CompareRow> rows;
        try (EntrySearch service = backend.open(filters.index)) {
            GroupBy groupBy;
            try {
                groupBy = GroupBy.fromId(by);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--by: expected district, city, year or doc-type, got '" + by + "'");
            }
            if (filters.kind == null) {
                filters.kind = "indicator";
            }
            rows = service.compare(filters.toRequest(query).build(), groupBy);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            System.err.println("govdoc compare: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) { // the Solr collection did not answer
            System.err.println("govdoc compare: " + e.getMessage());
            return 2;
        }
        if (json) {
            ObjectMapper m = RecordJson.mapper();
            for (CompareRow r : rows) {
                out.println(m.writeValueAsString(r));
            }
            return 0;
        }
        TextTable t = new TextTable();
        t.add(by, "unit", "count", "min", "max", "median");
        for (CompareRow r : rows) {
            t.add(r.group().isEmpty() ? "-" : r.group(), r.unit().isEmpty() ? "-" : r.unit(), Long.toString(r.count()),
                    r.min().toPlainString(), r.max().toPlainString(), r.median().toPlainString());
        }
        out.print(t.render());
        return 0;
    }
}
