package org.govdoc.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.govdoc.read.docx.DocxReader;
import org.govdoc.text.ChineseText;
import org.junit.jupiter.api.Test;

/**
 * The real samples in the shared folder (beside the repository in CI and on dev machines, absent
 * elsewhere: the tests skip then): each PDF must give the same tables, cell for cell, and the same
 * paragraphs as its DOCX twin read by {@link DocxReader}.
 */
class SharedSamplesPdfTest {

    private static final Pattern SPACE_INSIDE_CJK = Pattern.compile("\\p{IsHan}[ \\u3000]+\\p{IsHan}");
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** ../shared/samples beside the repository: looked for from the module folder upwards. */
    static Path samples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<Path> twins() throws IOException {
        Path dir = samples();
        assumeTrue(dir != null, "shared samples not found beside the repository");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf"))
                    .filter(p -> Files.exists(Path.of(p.toString().replaceAll("\\.pdf$", ".docx"))))
                    .sorted().toList();
            assumeTrue(!pdfs.isEmpty(), "no PDF with a DOCX twin in " + dir);
            return pdfs;
        }
    }

    private static List<String> cells(Table t) {
        List<String> out = new ArrayList<>();
        for (Row r : t.rows()) {
            for (Cell c : r.cells()) {
                out.add(c.row() + "," + c.column() + " " + c.rowSpan() + "x" + c.colSpan() + " " + ChineseText.key(c.text()));
            }
        }
        return out;
    }

    private static List<String> exactCells(Table t) {
        List<String> out = new ArrayList<>();
        for (Row r : t.rows()) {
            for (Cell c : r.cells()) {
                out.add(c.row() + "," + c.column() + " " + c.rowSpan() + "x" + c.colSpan() + " " + c.text());
            }
        }
        return out;
    }

    private static List<String> paragraphs(Document d) {
        return d.paragraphs().stream().map(Paragraph::text).map(ChineseText::key).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void pdfTablesEqualTheirDocxTwinsCellForCell() throws Exception {
        for (Path pdf : twins()) {
            Document fromPdf = new PdfReader().read(pdf, "application/pdf");
            Document fromDocx = new DocxReader().read(Path.of(pdf.toString().replaceAll("\\.pdf$", ".docx")), DOCX);
            assertThat(fromPdf.tables()).as(pdf.getFileName().toString()).hasSameSizeAs(fromDocx.tables());
            for (int i = 0; i < fromDocx.tables().size(); i++) {
                assertThat(cells(fromPdf.tables().get(i))).as("%s table %d", pdf.getFileName(), i)
                        .containsExactlyElementsOf(cells(fromDocx.tables().get(i)));
            }
        }
    }

    @Test
    void pdfParagraphsReadInTheDocxOrderWithoutFurniture() throws Exception {
        for (Path pdf : twins()) {
            Document fromPdf = new PdfReader().read(pdf, "application/pdf");
            Document fromDocx = new DocxReader().read(Path.of(pdf.toString().replaceAll("\\.pdf$", ".docx")), DOCX);
            List<String> p = paragraphs(fromPdf);
            List<String> d = paragraphs(fromDocx);
            // the PDF's paragraphs, in order, that the DOCX has too: nearly all of them
            List<String> common = p.stream().filter(d::contains).toList();
            assertThat(common.size()).as(pdf.getFileName().toString()).isGreaterThanOrEqualTo((int) (0.95 * d.size()));
            assertThat(common).as("reading order").isEqualTo(d.stream().filter(common::contains).toList());
            // spaces between Chinese characters only where the DOCX has them too
            String docxText = ChineseText.collapseWhitespace(fromDocx.plainText());
            for (Paragraph para : fromPdf.paragraphs()) {
                Matcher m = SPACE_INSIDE_CJK.matcher(para.text());
                while (m.find()) {
                    assertThat(docxText).as("space inside Chinese in: %s", para.text())
                            .contains(ChineseText.collapseWhitespace(m.group()));
                }
            }
            assertThat(fromPdf.plainText()).doesNotContainPattern("(?m)^\\s*[-－]\\s*\\d+\\s*[-－]\\s*$")
                    .doesNotContainPattern("第\\s*\\d+\\s*页\\s*共\\s*\\d+\\s*页");
            assertThat(fromPdf.metadata().pageCount()).isPositive();
        }
    }

    @Test
    void theBudgetIndicatorTableHasItsIndicatorRows() throws Exception {
        Path dir = samples();
        assumeTrue(dir != null, "shared samples not found beside the repository");
        Path pdf = dir.resolve("呈贡区2021年优化提质营商环境改革工作经费项目.pdf");
        assumeTrue(Files.exists(pdf), "budget sample absent");
        Document doc = new PdfReader().read(pdf, "application/pdf");
        Table t = doc.tables().stream().filter(x -> x.text().contains("三级指标")).findFirst().orElseThrow();
        // checked by hand against the printed table: rows over pages 4 to 7, one row per indicator
        // the same cells as the DOCX twin, to the letter (line breaks included)
        Path docx = dir.resolve("呈贡区2021年优化提质营商环境改革工作经费项目.docx");
        if (Files.exists(docx)) {
            Table twin = new DocxReader().read(docx, DOCX).tables().stream()
                    .filter(x -> x.text().contains("三级指标")).findFirst().orElseThrow();
            assertThat(exactCells(t)).containsExactlyElementsOf(exactCells(twin));
        }
        assertThat(t.text()).contains("开展营商环境专题培训\t>\t50\t人次\t定量指标")
                .contains("广大群众、企业及投资客商满意\t>\t100%\t%\t定性指标");
        // the table runs over pages 4 to 7; the rows on page 7 are the tail of a row split at the
        // foot of page 6, so no row starts on page 7
        assertThat(t.rows().stream().map(Row::page).distinct()).containsExactly(4, 5, 6);
        assertThat(t.rows().get(t.rows().size() - 1).cells().get(7).text()).endsWith("85%，扣10分");
    }
}
