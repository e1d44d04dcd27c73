package org.govdoc.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govdoc.corpus.render.PdfRenderer;
import org.govdoc.corpus.render.SpecGrid;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;

/** Renders a spec to PDF, reads it back with {@link PdfReader} and compares with the spec (the gold). */
final class GoldComparison {

    private static final Pattern SPACE_INSIDE_CJK = Pattern.compile("\\p{IsHan}[ \\u3000]+\\p{IsHan}");

    private GoldComparison() {
    }

    static Document roundTrip(DocSpec spec, PdfRenderer renderer, Path dir, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(spec, out);
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, out.toByteArray());
        return new PdfReader().read(file, "application/pdf");
    }

    /** The spec's paragraphs' texts in order. */
    static List<String> goldParagraphs(DocSpec spec) {
        List<String> out = new ArrayList<>();
        for (SpecBlock b : spec.blocks()) {
            if (b instanceof SpecBlock.Paragraph p) {
                out.add(p.text());
            }
        }
        return out;
    }

    /** A table as comparable lines: "row,col rowSpan x colSpan: text". */
    static List<String> goldCells(SpecBlock.Table t) {
        SpecGrid g = new SpecGrid(t);
        List<String> out = new ArrayList<>();
        for (int r = 0; r < g.rowCount(); r++) {
            for (SpecGrid.Placed p : g.cellsStartingIn(r)) {
                out.add(r + "," + p.column() + " " + p.rowSpan() + "x" + p.colSpan() + ": " + p.cell().text());
            }
        }
        return out;
    }

    static List<String> cells(Table t) {
        List<String> out = new ArrayList<>();
        for (Row r : t.rows()) {
            for (Cell c : r.cells()) {
                out.add(c.row() + "," + c.column() + " " + c.rowSpan() + "x" + c.colSpan() + ": " + c.text());
            }
        }
        return out;
    }

    static List<SpecBlock.Table> goldTables(DocSpec spec) {
        List<SpecBlock.Table> out = new ArrayList<>();
        for (SpecBlock b : spec.blocks()) {
            if (b instanceof SpecBlock.Table t) {
                out.add(t);
            }
        }
        return out;
    }

    /** Paragraphs and tables as the gold says, nothing else in the body, no spaces inside Chinese. */
    static void assertMatchesGold(Document doc, DocSpec spec) {
        assertThat(doc.paragraphs().stream().map(Paragraph::text).toList())
                .containsExactlyElementsOf(goldParagraphs(spec));
        List<SpecBlock.Table> gold = goldTables(spec);
        assertThat(doc.tables()).hasSameSizeAs(gold);
        for (int i = 0; i < gold.size(); i++) {
            assertThat(cells(doc.tables().get(i))).as("table %d", i).containsExactlyElementsOf(goldCells(gold.get(i)));
        }
        assertNoSpacesInsideChinese(doc);
    }

    static void assertNoSpacesInsideChinese(Document doc) {
        for (Paragraph p : doc.paragraphs()) {
            assertThat(SPACE_INSIDE_CJK.matcher(p.text()).find()).as("spaces inside Chinese: %s", p.text()).isFalse();
        }
        for (Table t : doc.tables()) {
            for (Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    assertThat(SPACE_INSIDE_CJK.matcher(c.text()).find()).as("spaces inside Chinese: %s", c.text()).isFalse();
                }
            }
        }
    }
}
