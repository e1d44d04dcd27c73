package org.govdoc.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.govdoc.index.EntryKind;

/**
 * The columns of an export of one kind of entry and how a stored index entry
 * ({"kind", "doc", "item", "n"}, see {@link org.govdoc.index.IndexFields#ENTRY}) fills them: the
 * document's fields first, then the item's own fields, then where the value stands (page, table, row,
 * column) and the source path. Column names are the JSON field names of the record.
 */
public final class ExportColumns {

    private record Column(String name, Function<JsonNode, Object> value) {
    }

    private final EntryKind kind;
    private final List<Column> columns;

    private ExportColumns(EntryKind kind, List<Column> columns) {
        this.kind = kind;
        this.columns = List.copyOf(columns);
    }

    public EntryKind kind() {
        return kind;
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** The cells of one entry: Strings, BigDecimals, Integers or nulls. */
    public List<Object> row(JsonNode entry) {
        List<Object> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(c.value().apply(entry));
        }
        return out;
    }

    public static ExportColumns of(EntryKind kind) {
        List<Column> c = new ArrayList<>();
        c.add(new Column("id", e -> text(e.path("doc").path("sha256"))));
        c.add(new Column("title", e -> text(e.path("doc").path("title"))));
        c.add(new Column("docType", e -> text(e.path("doc").path("docType"))));
        c.add(new Column("province", e -> text(e.path("doc").path("province"))));
        c.add(new Column("city", e -> text(e.path("doc").path("city"))));
        c.add(new Column("district", e -> text(e.path("doc").path("district"))));
        c.add(new Column("year", e -> integer(e.path("doc").path("year"))));
        switch (kind) {
            case DOCUMENT -> {
                item(c, "docNumber", "issuer", "issueDate", "status");
                c.add(new Column("error", e -> text(e.path("item").path("error").path("code"))));
                c.add(new Column("indicators", e -> integer(e.path("item").path("counts").path("indicators"))));
                c.add(new Column("tasks", e -> integer(e.path("item").path("counts").path("tasks"))));
                c.add(new Column("fundingAmounts", e -> integer(e.path("item").path("counts").path("fundingAmounts"))));
                c.add(new Column("warnings", e -> joined(e.path("item").path("warnings"), "code")));
            }
            case INDICATOR -> {
                item(c, "level1", "level2", "level3", "operator");
                c.add(new Column("value", e -> number(e.path("item").path("value"))));
                item(c, "valueText", "unit", "kind", "content", "scoring", "basis");
                c.add(new Column("longTermValue", e -> number(e.path("item").path("longTermValue"))));
                item(c, "longTermValueText", "longTermUnit");
            }
            case TASK -> {
                item(c, "number");
                c.add(new Column("section", e -> joined(e.path("item").path("section"), null)));
                item(c, "text");
                c.add(new Column("leadUnits", e -> joined(e.path("item").path("leadUnits"), null)));
                c.add(new Column("responsibleUnits", e -> joined(e.path("item").path("responsibleUnits"), null)));
                c.add(new Column("deadlineDate", e -> text(e.path("item").path("deadline").path("date"))));
                c.add(new Column("deadlineText", e -> text(e.path("item").path("deadline").path("text"))));
                c.add(new Column("points", e -> number(e.path("item").path("points"))));
                item(c, "scoring", "origin");
            }
            case AMOUNT -> {
                c.add(new Column("amountYuan", e -> number(e.path("item").path("amountYuan"))));
                item(c, "text", "role", "qualifier", "approximate", "context");
            }
            case DEADLINE -> item(c, "date", "recurrence", "text", "context");
            case FIGURE -> {
                item(c, "label");
                c.add(new Column("value", e -> number(e.path("item").path("value"))));
                item(c, "unit", "text", "context");
            }
        }
        if (kind != EntryKind.DOCUMENT) {
            for (String f : List.of("page", "table", "row", "column")) {
                c.add(new Column(f, e -> integer(e.path("item").path("location").path(f))));
            }
        }
        c.add(new Column("path", e -> text(e.path("doc").path("path"))));
        return new ExportColumns(kind, c);
    }

    private static void item(List<Column> c, String... fields) {
        for (String f : fields) {
            c.add(new Column(f, e -> text(e.path("item").path(f))));
        }
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static Integer integer(JsonNode n) {
        return n.isNumber() ? n.intValue() : null;
    }

    private static Object number(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }

    /** The array's values (or each element's {@code field}) joined with 、. */
    private static String joined(JsonNode array, String field) {
        if (!array.isArray() || array.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        array.forEach(n -> parts.add(field == null ? n.asText() : n.path(field).asText()));
        return String.join("、", parts);
    }
}
