package org.govdoc.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.govdoc.model.Block;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.model.Location;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;

/**
 * Builds small {@link Document}s by hand for extractor tests:
 * <pre>
 * Docs.doc().p("项目名称：X").table(t -&gt; t.row("一级指标", "二级指标").row(Docs.span("产出指标", 2, 1), "数量指标"))
 *     .build();
 * </pre>
 * A table row lists the cells that START in it; positions covered by a cell spanning down from
 * an earlier row are skipped automatically, like in a Word table.
 */
public final class Docs {

    private final List<Block> blocks = new ArrayList<>();
    private int tables;
    private String title;
    private int page = 1;

    private Docs() {
    }

    public static Docs doc() {
        return new Docs();
    }

    /** A cell with spans, for {@link TableBuilder#row(Object...)}. */
    public static Span span(String text, int rowSpan, int colSpan) {
        return new Span(text, rowSpan, colSpan);
    }

    public record Span(String text, int rowSpan, int colSpan) {
    }

    public Docs title(String metadataTitle) {
        this.title = metadataTitle;
        return this;
    }

    /** Following blocks stand on this page. */
    public Docs page(int newPage) {
        this.page = newPage;
        return this;
    }

    public Docs p(String text) {
        blocks.add(new Paragraph(text, Location.ofBlock(page, blocks.size())));
        return this;
    }

    public Docs heading(int level, String text) {
        blocks.add(new Paragraph(text, level, Location.ofBlock(page, blocks.size())));
        return this;
    }

    public Docs table(Consumer<TableBuilder> rows) {
        TableBuilder b = new TableBuilder(blocks.size(), tables, page);
        rows.accept(b);
        blocks.add(b.build());
        tables++;
        return this;
    }

    public Document build() {
        return new Document(blocks, new DocumentMetadata(title, null, null, null, null, "application/test"));
    }

    /** Rows of one table. */
    public static final class TableBuilder {
        private final int block;
        private final int index;
        private final int page;
        private final List<Row> rows = new ArrayList<>();
        private final Set<Long> covered = new HashSet<>();

        TableBuilder(int block, int index, int page) {
            this.block = block;
            this.index = index;
            this.page = page;
        }

        /** Cells starting in the next row: Strings (1x1) or {@link Span}s. */
        public TableBuilder row(Object... cells) {
            int r = rows.size();
            int col = 0;
            List<Cell> out = new ArrayList<>();
            for (Object o : cells) {
                while (covered.contains(key(r, col))) {
                    col++;
                }
                Span s = o instanceof Span sp ? sp : new Span((String) o, 1, 1);
                out.add(new Cell(s.text(), r, col, s.rowSpan(), s.colSpan(), Location.ofCell(page, block, index, r, col)));
                for (int dr = 0; dr < s.rowSpan(); dr++) {
                    for (int dc = 0; dc < s.colSpan(); dc++) {
                        covered.add(key(r + dr, col + dc));
                    }
                }
                col += s.colSpan();
            }
            rows.add(new Row(r, page, out));
            return this;
        }

        private static long key(int r, int c) {
            return ((long) r << 32) | c;
        }

        Table build() {
            return new Table(index, rows, new Location(page, block, index, null, null));
        }
    }
}
