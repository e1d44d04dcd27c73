package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.govdoc.model.Block;
import org.govdoc.model.Cell;
import org.govdoc.model.Location;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;

/**
 * Turns pages of positioned text and ruling lines into document blocks in reading order:
 * page furniture dropped, tables found from ruling lines (lattice) and from text alignment
 * (stream), a table continued on the next page joined into one (repeated header rows dropped),
 * the remaining lines grouped into paragraphs (a paragraph running over a page break joined).
 *
 * <p>Knows nothing about the source format: PDFs, OCR word boxes or OFD feed it the same
 * {@link PageContent}. Single-column reading order, top to bottom.
 */
public final class LayoutAnalyzer {

    /** A piece of a page in reading order: a paragraph's lines or a table. */
    private sealed interface Item permits Para, Tab {
        int page();
    }

    private record Para(int page, List<TextLine> lines, PageContent pageContent) implements Item {
    }

    private record Tab(int page, PageTable table) implements Item {
    }

    public List<Block> analyze(List<PageContent> pages) {
        List<List<TextLine>> raw = new ArrayList<>(pages.size());
        for (PageContent p : pages) {
            raw.add(LineBuilder.lines(p.boxes()));
        }
        List<List<TextLine>> kept = FurnitureFilter.filter(pages, raw);

        // tables per page, and the lines outside them
        List<List<Object>> pageItems = new ArrayList<>(pages.size());
        List<List<TextLine>> textLines = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            PageContent page = pages.get(p);
            List<TextBox> boxes = new ArrayList<>();
            for (TextLine l : kept.get(p)) {
                boxes.addAll(l.boxes);
            }
            List<LatticeTableFinder.Found> lattice = page.rules().isEmpty()
                    ? List.of() : LatticeTableFinder.find(page.rules(), boxes, page.number());
            List<TextLine> lines;
            if (lattice.isEmpty()) {
                lines = kept.get(p);
            } else {
                List<TextBox> rest = new ArrayList<>(boxes.size());
                for (TextBox b : boxes) {
                    boolean inTable = false;
                    for (LatticeTableFinder.Found f : lattice) {
                        if (f.contains(b)) {
                            inTable = true;
                            break;
                        }
                    }
                    if (!inTable) {
                        rest.add(b);
                    }
                }
                lines = LineBuilder.lines(rest);
            }
            List<StreamTableFinder.Found> stream = StreamTableFinder.find(lines, page.number());
            List<Object> items = new ArrayList<>();
            for (LatticeTableFinder.Found f : lattice) {
                items.add(f.table());
            }
            List<TextLine> outside = new ArrayList<>(lines);
            for (int s = stream.size() - 1; s >= 0; s--) {
                StreamTableFinder.Found f = stream.get(s);
                items.add(f.table());
                outside.subList(f.firstLine(), f.lastLine() + 1).clear();
            }
            items.addAll(outside);
            items.sort(Comparator.comparingDouble(o -> o instanceof TextLine l ? l.top : ((PageTable) o).top()));
            pageItems.add(items);
            textLines.add(outside);
        }

        TextMetrics metrics = new TextMetrics(pages, textLines);
        List<Item> items = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            PageContent page = pages.get(p);
            float left = metrics.left(page);
            float right = metrics.right(page);
            List<TextLine> para = null;
            for (Object o : pageItems.get(p)) {
                if (o instanceof PageTable t) {
                    para = null;
                    items.add(new Tab(page.number(), t));
                    continue;
                }
                TextLine line = (TextLine) o;
                if (para == null || ParagraphRules.breaksBefore(para.get(para.size() - 1), line, left, right, metrics.pitch)) {
                    if (para == null && !items.isEmpty() && items.get(items.size() - 1) instanceof Para prev
                            && prev.page() < page.number() && pageItems.get(p).get(0) == o
                            && ParagraphRules.continuesOnNextPage(prev.lines().get(prev.lines().size() - 1),
                                    metrics.right(prev.pageContent()), line, left)) {
                        para = prev.lines();
                        para.add(line);
                        continue;
                    }
                    para = new ArrayList<>();
                    items.add(new Para(page.number(), para, page));
                }
                para.add(line);
            }
        }
        return assemble(joinTables(items), metrics);
    }

    /** A table that ends a page and one that starts the next with the same columns become one. */
    private static List<Item> joinTables(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item it : items) {
            if (it instanceof Tab next && !out.isEmpty() && out.get(out.size() - 1) instanceof Tab prev
                    && next.table().firstPage() == prev.table().lastPage() + 1
                    && sameColumns(prev.table(), next.table())) {
                out.set(out.size() - 1, new Tab(prev.page(), join(prev.table(), next.table())));
            } else {
                out.add(it);
            }
        }
        return out;
    }

    private static boolean sameColumns(PageTable a, PageTable b) {
        if (a.columnCount() != b.columnCount() || a.ruled() != b.ruled()) {
            return false;
        }
        float tol = a.ruled() ? 3f : 8f;
        float[] ca = a.columns();
        float[] cb = b.columns();
        for (int i = 0; i < ca.length; i++) {
            if (Math.abs(ca[i] - cb[i]) > tol && (a.ruled() || i == 0)) {
                return false;
            }
        }
        return true;
    }

    private static PageTable join(PageTable a, PageTable b) {
        // drop the continuation's leading rows that repeat the first table's leading rows
        int repeated = 0;
        int max = Math.min(Math.min(4, a.rows().size() - 1), b.rows().size() - 1);
        while (repeated < max && a.rowKey(repeated).equals(b.rowKey(repeated))
                && !a.rowKey(repeated).stream().allMatch(k -> k.endsWith(":"))) {
            repeated++;
        }
        List<List<PageTable.RawCell>> rows = new ArrayList<>(a.rows());
        List<Integer> pages = new ArrayList<>(a.rowPages());
        int shift = a.rows().size() - repeated;
        for (int r = repeated; r < b.rows().size(); r++) {
            List<PageTable.RawCell> row = new ArrayList<>();
            for (PageTable.RawCell c : b.rows().get(r)) {
                row.add(new PageTable.RawCell(c.text(), c.row() + shift, c.column(), c.rowSpan(), c.colSpan()));
            }
            rows.add(row);
            pages.add(b.rowPages().get(r));
        }
        return new PageTable(a.top(), a.columns(), rows, pages, a.ruled());
    }

    private static List<Block> assemble(List<Item> items, TextMetrics metrics) {
        // heading levels from font sizes clearly larger than the body's
        TreeSet<Float> headingSizes = new TreeSet<>(Comparator.reverseOrder());
        for (Item it : items) {
            if (it instanceof Para p && p.lines().get(0).fontSize >= metrics.bodySize * 1.15f) {
                headingSizes.add(Math.round(p.lines().get(0).fontSize * 2) / 2f);
            }
        }
        List<Float> levels = new ArrayList<>(headingSizes);
        List<Block> blocks = new ArrayList<>(items.size());
        int tableIndex = 0;
        for (Item it : items) {
            int b = blocks.size();
            if (it instanceof Para p) {
                StringBuilder sb = new StringBuilder();
                for (TextLine l : p.lines()) {
                    TextLine.appendWrapped(sb, l.text());
                }
                Integer level = null;
                float size = Math.round(p.lines().get(0).fontSize * 2) / 2f;
                int idx = levels.indexOf(size);
                if (idx >= 0) {
                    level = Math.min(6, idx + 1);
                }
                blocks.add(new Paragraph(sb.toString().strip(), level, Location.ofBlock(p.page(), b)));
            } else if (it instanceof Tab t) {
                PageTable pt = t.table();
                List<Row> rows = new ArrayList<>(pt.rows().size());
                for (int r = 0; r < pt.rows().size(); r++) {
                    Integer page = pt.rowPages().get(r);
                    List<Cell> cells = new ArrayList<>();
                    for (PageTable.RawCell c : pt.rows().get(r)) {
                        int rowSpan = Math.min(c.rowSpan(), pt.rows().size() - r);
                        cells.add(new Cell(c.text(), r, c.column(), rowSpan, c.colSpan(),
                                Location.ofCell(page, b, tableIndex, r, c.column())));
                    }
                    rows.add(new Row(r, page, cells));
                }
                blocks.add(new Table(tableIndex, rows, new Location(pt.firstPage(), b, tableIndex, null, null)));
                tableIndex++;
            }
        }
        return blocks;
    }
}
