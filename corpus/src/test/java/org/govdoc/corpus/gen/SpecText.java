package org.govdoc.corpus.gen;

import java.util.ArrayList;
import java.util.List;
import org.govdoc.corpus.render.SpecGrid;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.SpecBlock;

/** Test helpers: the texts of a spec. */
final class SpecText {

    private SpecText() {
    }

    static List<String> paragraphs(DocSpec spec) {
        List<String> out = new ArrayList<>();
        for (SpecBlock b : spec.blocks()) {
            if (b instanceof SpecBlock.Paragraph p) {
                out.add(p.text());
            }
        }
        return out;
    }

    static List<SpecBlock.Table> tables(DocSpec spec) {
        List<SpecBlock.Table> out = new ArrayList<>();
        for (SpecBlock b : spec.blocks()) {
            if (b instanceof SpecBlock.Table t) {
                out.add(t);
            }
        }
        return out;
    }

    /** Everything the document says, paragraphs and cells, one per line. */
    static String all(DocSpec spec) {
        StringBuilder s = new StringBuilder();
        for (SpecBlock b : spec.blocks()) {
            if (b instanceof SpecBlock.Paragraph p) {
                s.append(p.text()).append('\n');
            } else if (b instanceof SpecBlock.Table t) {
                for (List<SpecBlock.Cell> row : t.rows()) {
                    for (SpecBlock.Cell c : row) {
                        s.append(c.text()).append('\n');
                    }
                }
            }
        }
        return s.toString();
    }

    /** The grid column under a header cell with this text, or -1. */
    static int columnIndex(SpecBlock.Table t, String header) {
        SpecGrid g = new SpecGrid(t);
        for (int r = 0; r < t.headerRows(); r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                SpecGrid.Placed p = g.owner(r, c);
                if (p != null && p.cell().text().equals(header) && p.colSpan() == 1) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** The texts of a grid column in the body rows (after the header rows). */
    static List<String> bodyColumn(SpecBlock.Table t, int col) {
        SpecGrid g = new SpecGrid(t);
        List<String> out = new ArrayList<>();
        for (int r = t.headerRows(); r < g.rowCount(); r++) {
            SpecGrid.Placed p = col < g.columnCount() ? g.owner(r, col) : null;
            out.add(p == null ? "" : p.cell().text());
        }
        return out;
    }
}
