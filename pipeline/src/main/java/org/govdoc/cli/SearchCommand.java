package org.govdoc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.govdoc.index.search.EntryItem;
import org.govdoc.index.search.EntrySearch;
import org.govdoc.index.search.Facets;
import org.govdoc.index.search.Highlight;
import org.govdoc.index.search.SearchHit;
import org.govdoc.index.search.SearchJson;
import org.govdoc.index.search.SearchRequest;
import org.govdoc.index.search.SearchResult;
import org.govdoc.index.search.SearchSort;
import org.govdoc.record.Figure;
import org.govdoc.record.Indicator;
import org.govdoc.record.RecordJson;
import org.govdoc.record.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `govdoc search`: Chinese text queries and filters over the index; a table or JSON Lines on stdout. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the index: documents and their indicators, tasks, amounts, deadlines and figures.",
            "Each word of QUERY must match (呈贡 finds 呈贡区; 政务服务 finds 区政务服务局's tasks); filters combine.",
            "Query syntax: a OR b (or a | b), NOT a (or -a), \"a phrase\", parentheses.",
            "Exit status: 0 when something matched, 1 when nothing did, 2 for bad arguments."})
public final class SearchCommand implements Callable<Integer> {

    /** Exit status when nothing matched (as grep). */
    static final int NO_MATCH = 1;

    private static final int TITLE_WIDTH = 30;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Chinese words to find (optional)")
    String query;

    @Mixin
    SearchFilters filters;

    @Mixin
    EngineOptions engine;

    @Option(names = "--limit", paramLabel = "N|all", defaultValue = "20",
            description = "Most rows, or all (default ${DEFAULT-VALUE})")
    String limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
            description = "Rows skipped before the first shown, for paging (default ${DEFAULT-VALUE})")
    String offset;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance | year | value | due | district; -year etc. for descending (default ${DEFAULT-VALUE})")
    String sort;

    @Option(names = "--fold", description = "Show and count one document held in several files (formats) once, with"
            + " its other paths")
    boolean fold;

    @Option(names = "--json", description = "JSON Lines: one \"hit\" object per row, then with --facets one \"summary\""
            + " object (total, paging, facets); schema/search-line.schema.json")
    boolean json;

    @Option(names = "--facets", description = "Counts of all matches by district, year, docType and kind")
    boolean facets;

    @Mixin
    ColorOption color;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Terminal terminal = color.terminal();
        SearchRequest request = filters.toRequest(query)
                .limit(Arguments.countOrAll("--limit", limit, SearchRequest.MAX_LIMIT))
                .offset(Arguments.countOrAll("--offset", offset, 0))
                .sort(sortOrder()).foldSameDocument(fold).facets(facets).build();
        SearchResult result;
        try (EntrySearch service = engine.search(filters.index)) {
            result = service.search(request);
        } catch (java.io.IOException e) { // no index there, or the Solr collection did not answer
            System.err.println("govdoc search: " + e.getMessage());
            return Main.BAD_ARGUMENTS;
        }
        if (json) {
            printJson(out, request, result, facets);
        } else {
            printTable(out, result, terminal.color());
        }
        return result.total() == 0 ? NO_MATCH : 0;
    }

    private SearchSort sortOrder() {
        try {
            return SearchSort.parse(sort);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--sort: " + e.getMessage());
        }
    }

    /** One typed line per hit, then a summary line when facets were asked for. */
    static void printJson(PrintStream out, SearchRequest request, SearchResult result, boolean summary)
            throws Exception {
        ObjectMapper m = RecordJson.mapper();
        for (SearchHit h : result.hits()) {
            out.println(m.writeValueAsString(SearchJson.hit(h)));
        }
        if (summary) {
            out.println(m.writeValueAsString(SearchJson.summary(request, result)));
        }
    }

    static void printTable(PrintStream out, SearchResult result, boolean bold) {
        String open = bold ? "\u001b[1m" : "【";
        String close = bold ? "\u001b[0m" : "】";
        TextTable t = new TextTable();
        if (!result.hits().isEmpty()) {
            t.add("district", "year", "document", "kind", "entry");
        }
        for (SearchHit h : result.hits()) {
            Highlight title = h.title().text().isEmpty() ? new Highlight(fileName(h), List.of()) : h.title();
            title = title.cut(TextTable.cutIndex(title.text(), TITLE_WIDTH));
            String district = h.doc().district() == null ? "-" : h.doc().district();
            String year = h.doc().year() == null ? "-" : h.doc().year().toString();
            String detail = detail(h);
            if (!h.flags().isEmpty()) {
                detail = (detail + "  ⚠" + String.join(",", h.flags())).strip();
            }
            if (!h.sameAs().isEmpty()) {
                detail = (detail + "  (also " + String.join(", ", h.sameAs()) + ")").strip();
            }
            String text = h.text().render(open, close) + (detail.isEmpty() ? "" : "  " + detail);
            String plainText = plain(h.text()) + (detail.isEmpty() ? "" : "  " + detail);
            t.add(new String[] {district, year, plain(title), h.kind().id(), plainText},
                    new String[] {district, year, title.render(open, close), h.kind().id(), text});
        }
        out.print(t.render());
        out.println((result.totalExact() ? "" : "≥") + result.total() + " matches, " + result.hits().size() + " shown");
        if (result.facets() != null) {
            printFacets(out, result.facets());
        }
    }

    /** The file name, for documents without a title. */
    private static String fileName(SearchHit h) {
        String p = h.doc().path();
        if (p == null) {
            return "-";
        }
        return p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
    }

    private static String plain(Highlight h) {
        return h.render("", "");
    }

    /** The row's values after its text: operator value unit, lead units and deadline, amount … */
    static String detail(SearchHit h) {
        EntryItem item = h.item();
        if (item instanceof EntryItem.OfIndicator i) {
            Indicator ind = i.indicator();
            String value = ind.value() == null ? ind.valueText() : plainNumber(ind.value());
            return join(" ", ind.operator(), value, ind.unit());
        } else if (item instanceof EntryItem.OfTask t) {
            Task task = t.task();
            List<String> parts = new ArrayList<>();
            if (!task.leadUnits().isEmpty()) {
                parts.add("牵头: " + String.join("、", task.leadUnits()));
            }
            if (task.deadline() != null) {
                parts.add("时限: " + (task.deadline().date() != null ? task.deadline().date().toString()
                        : task.deadline().text()));
            }
            return String.join("  ", parts);
        } else if (item instanceof EntryItem.OfAmount a) {
            return plainNumber(a.amount().amountYuan()) + "元" + (a.amount().role() == null ? "" : " " + a.amount().role());
        } else if (item instanceof EntryItem.OfDeadline d) {
            return d.deadline().date() != null ? d.deadline().date().toString()
                    : d.deadline().recurrence() == null ? "" : d.deadline().recurrence();
        } else if (item instanceof EntryItem.OfFigure f) {
            Figure fig = f.figure();
            return join(" ", fig.label(), plainNumber(fig.value()), fig.unit());
        }
        return h.doc().docType() == null ? "" : h.doc().docType();
    }

    private static String plainNumber(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static String join(String sep, String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(sep));
    }

    static void printFacets(PrintStream out, Facets f) {
        out.println("district: " + counts(f.district()));
        out.println("year:     " + counts(f.year()));
        out.println("docType:  " + counts(f.docType()));
        out.println("kind:     " + counts(f.kind()));
    }

    private static String counts(Map<?, Long> m) {
        return m.isEmpty() ? "-" : m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
