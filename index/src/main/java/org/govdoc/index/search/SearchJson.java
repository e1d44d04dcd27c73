package org.govdoc.index.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.govdoc.record.RecordJson;

/**
 * The JSON form of search and compare results, one object per line, each with a {@code "type"}: {@code hit}
 * lines, then one {@code summary} line (total, paging, facets) when asked; {@code compare_row} lines. The
 * schemas are {@code schema/search-line.schema.json} and {@code schema/compare-row.schema.json}; the CLI and
 * any API print the same shapes.
 */
public final class SearchJson {

    /** Hit markers around matched words in {@code highlight}. */
    public static final String OPEN = "【";
    public static final String CLOSE = "】";

    private static final ObjectMapper JSON = RecordJson.mapper();
    private static final List<String> ITEM_LISTS = List.of("indicators", "tasks", "fundingAmounts", "deadlines",
            "figures", "text");

    private SearchJson() {
    }

    /** A hit: kind, score, doc, item (the indicator, task … itself; a record summary for a document), flags. */
    public static ObjectNode hit(SearchHit h) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "hit");
        n.put("kind", h.kind().id());
        n.put("ordinal", h.ordinal());
        n.put("score", h.score());
        n.set("doc", JSON.valueToTree(h.doc()));
        n.set("item", item(h.item()));
        ArrayNode flags = n.putArray("flags");
        h.flags().forEach(flags::add);
        ArrayNode same = n.putArray("sameAs");
        h.sameAs().forEach(same::add);
        ObjectNode hl = n.putObject("highlight");
        hl.put("title", h.title() == null ? "" : h.title().render(OPEN, CLOSE));
        hl.put("text", h.text() == null ? "" : h.text().render(OPEN, CLOSE));
        return n;
    }

    /** The item as the JSON record writes it. */
    public static ObjectNode item(EntryItem item) {
        if (item instanceof EntryItem.OfDocument d) {
            ObjectNode n = JSON.valueToTree(d.summary());
            ITEM_LISTS.forEach(n::remove);
            n.set("counts", JSON.valueToTree(d.counts()));
            return n;
        }
        Object value = item instanceof EntryItem.OfIndicator i ? i.indicator()
                : item instanceof EntryItem.OfTask t ? t.task()
                : item instanceof EntryItem.OfAmount a ? a.amount()
                : item instanceof EntryItem.OfDeadline d ? d.deadline()
                : ((EntryItem.OfFigure) item).figure();
        return JSON.valueToTree(value);
    }

    /** The line after the hits: how many matched, which page was shown, and the facet counts when counted. */
    public static ObjectNode summary(SearchRequest request, SearchResult r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "summary");
        n.put("total", r.total());
        n.put("totalExact", r.totalExact());
        n.put("offset", request.offset());
        n.put("shown", r.hits().size());
        n.set("facets", r.facets() == null ? JSON.nullNode() : JSON.valueToTree(r.facets()));
        return n;
    }

    /** One row of a comparison. */
    public static ObjectNode row(CompareRow row) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "compare_row");
        n.setAll((ObjectNode) JSON.valueToTree(row));
        return n;
    }
}
