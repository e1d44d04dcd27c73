package org.govdoc.extract.table;

import java.util.ArrayList;
import java.util.List;
import org.govdoc.model.Block;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Location;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;

/**
 * Tables written as text: plain-text files (and any reader that could not rebuild a table) give
 * rows as lines with tab-separated cells. This view of a document turns every run of consecutive
 * paragraphs that contain a tab into one {@link Table}, one row per line, so form and indicator
 * extractors read them like any other table. Other blocks are kept as they are. The new tables
 * are numbered after the document's own tables; their cells point at the block of the run's
 * first line.
 */
public final class TabularParagraphs {

    private TabularParagraphs() {
    }

    /** The document with tab-separated lines as tables; the same document when it has none. */
    public static Document view(Document doc) {
        boolean any = doc.paragraphs().stream().anyMatch(TabularParagraphs::isTabular);
        if (!any) {
            return doc;
        }
        int tables = doc.tables().size();
        List<Block> out = new ArrayList<>();
        List<Paragraph> run = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p && isTabular(p)) {
                run.add(p);
                continue;
            }
            if (!run.isEmpty()) {
                out.add(table(run, tables++));
                run.clear();
            }
            out.add(b);
        }
        if (!run.isEmpty()) {
            out.add(table(run, tables));
        }
        return new Document(out, doc.metadata());
    }

    private static boolean isTabular(Paragraph p) {
        return p.text().indexOf('\t') >= 0 && !p.text().isBlank();
    }

    private static Table table(List<Paragraph> lines, int index) {
        Location first = lines.get(0).location();
        Integer block = first.block();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < lines.size(); r++) {
            Paragraph p = lines.get(r);
            String[] parts = p.text().split("\t", -1);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < parts.length; c++) {
                cells.add(new Cell(parts[c].strip(), r, c, 1, 1, new Location(p.location().page(), block, index, r, c)));
            }
            rows.add(new Row(r, p.location().page(), cells));
        }
        return new Table(index, rows, new Location(first.page(), block, index, null, null));
    }
}
