package org.govdoc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.govdoc.index.search.Facets;
import org.govdoc.index.search.Highlight;
import org.govdoc.index.search.SearchHit;
import org.govdoc.index.search.SearchResult;
import org.govdoc.index.search.EntrySearch;
import org.govdoc.record.RecordJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `govdoc search`: Chinese text queries and filters over the index; a table or JSON Lines on stdout. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the index: documents and their indicators, tasks, amounts, deadlines and figures.",
            "Each word of QUERY must match (呈贡 finds 呈贡区; 政务服务 finds 区政务服务局's tasks); filters combine."})
public final class SearchCommand implements Callable<Integer> {

    private static final int TITLE_WIDTH = 30;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Chinese words to find (optional)")
    String query;

    @Mixin
    SearchFilters filters;

    @Mixin
    SearchBackend backend;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Most rows (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "JSON Lines, one entry a line (and a last line of facets with --facets)")
    boolean json;

    @Option(names = "--facets", description = "Counts of all matches by district, year, docType and kind")
    boolean facets;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SearchResult result;
        try (EntrySearch service = backend.open(filters.index)) {
            result = service.search(filters.toRequest(query).limit(Math.max(0, limit)).facets(facets).build());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            System.err.println("govdoc search: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) { // the Solr collection did not answer
            System.err.println("govdoc search: " + e.getMessage());
            return 2;
        }
        if (json) {
            printJson(out, result);
        } else {
            printTable(out, result, System.console() != null);
        }
        return 0;
    }

    static void printJson(PrintStream out, SearchResult result) throws Exception {
        ObjectMapper m = RecordJson.mapper();
        for (SearchHit h : result.hits()) {
            ObjectNode n = m.createObjectNode();
            n.put("kind", h.kind().id());
            n.put("score", h.score());
            n.set("doc", m.valueToTree(h.doc()));
            n.set("item", h.item());
            ObjectNode hl = n.putObject("highlight");
            hl.put("title", h.title().render("【", "】"));
            hl.put("text", h.text().render("【", "】"));
            out.println(m.writeValueAsString(n));
        }
        if (result.facets() != null) {
            ObjectNode n = m.createObjectNode();
            n.put("total", result.total());
            n.set("facets", m.valueToTree(result.facets()));
            out.println(m.writeValueAsString(n));
        }
    }

    static void printTable(PrintStream out, SearchResult result, boolean terminal) {
        String open = terminal ? "\u001b[1m" : "【";
        String close = terminal ? "\u001b[0m" : "】";
        TextTable t = new TextTable();
        t.add("district", "year", "document", "kind", "entry");
        for (SearchHit h : result.hits()) {
            Highlight title = h.title().text().isEmpty() ? new Highlight(fileName(h), List.of()) : h.title();
            title = title.cut(TextTable.cutIndex(title.text(), TITLE_WIDTH));
            String district = h.doc().district() == null ? "-" : h.doc().district();
            String year = h.doc().year() == null ? "-" : h.doc().year().toString();
            String detail = detail(h);
            String text = h.text().render(open, close) + (detail.isEmpty() ? "" : "  " + detail);
            t.add(new String[] {district, year, plain(title), h.kind().id(), text},
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
        JsonNode i = h.item();
        return switch (h.kind()) {
            case INDICATOR -> {
                String value = i.path("value").isNull() || i.path("value").isMissingNode()
                        ? i.path("valueText").asText("") : plainNumber(i.path("value").decimalValue());
                yield join(" ", i.path("operator").asText(""), value, i.path("unit").asText("")).strip();
            }
            case TASK -> {
                List<String> parts = new ArrayList<>();
                List<String> lead = strings(i.path("leadUnits"));
                if (!lead.isEmpty()) {
                    parts.add("牵头: " + String.join("、", lead));
                }
                JsonNode due = i.path("deadline");
                if (due.isObject()) {
                    parts.add("时限: " + (due.path("date").isTextual() ? due.path("date").asText()
                            : due.path("text").asText("")));
                }
                yield String.join("  ", parts);
            }
            case AMOUNT -> plainNumber(i.path("amountYuan").decimalValue()) + "元";
            case DEADLINE -> i.path("date").isTextual() ? i.path("date").asText() : i.path("recurrence").asText("");
            case FIGURE -> join(" ", i.path("label").asText(""),
                    i.path("value").isNumber() ? plainNumber(i.path("value").decimalValue()) : "",
                    i.path("unit").asText("")).strip();
            case DOCUMENT -> h.doc().docType() == null ? "" : h.doc().docType();
        };
    }

    private static String plainNumber(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
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
        return m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
