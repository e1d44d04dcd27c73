package org.govdoc.read.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.sheet.MinimalXlsx.worksheet;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.govdoc.read.ReadContext;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, hole 8: a tiny sheet whose declared extent is the whole grid (a cell at XFD1048576, a merged
 * region over A1:XFD1048576) is laid out by the cells it has, not 17 billion positions; an ordinary gap
 * of empty columns is kept as it was.
 */
class SheetBoundsTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    Path dir;

    private static String cell(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static Table onlyTable(Document doc) {
        assertThat(doc.tables()).hasSize(1);
        return doc.tables().get(0);
    }

    private static int cellCount(Table t) {
        return t.rows().stream().mapToInt(r -> r.cells().size()).sum();
    }

    @Test
    void aCellAtTheLastPositionOfTheGridDoesNotMakeAGridOfTheWholeSheet() throws Exception {
        Path f = new MinimalXlsx().sheet("name=\"远\"", worksheet("<dimension ref=\"A1:XFD1048576\"/>",
                "<row r=\"1\">" + cell("A1", "项目名称") + cell("B1", "金额") + "</row>"
                        + "<row r=\"2\">" + cell("A2", "办公设备") + cell("B2", "12") + "</row>"
                        + "<row r=\"1048576\">" + cell("XFD1048576", "最远的格") + "</row>", ""))
                .write(dir.resolve("far.xlsx"));

        Document doc = new SpreadsheetReader().read(f, XLSX);
        Table t = onlyTable(doc);
        List<String> texts = t.rows().stream().flatMap(r -> r.cells().stream()).map(Cell::text)
                .filter(s -> !s.isEmpty()).toList();
        assertThat(texts).containsExactly("项目名称", "金额", "办公设备", "12");
        assertThat(doc.paragraphs()).extracting(p -> p.text()).as("a lone text under the table").contains("最远的格");
        // two rows of text, each at most the used columns plus one bounded run of empty ones
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows()).allSatisfy(r -> assertThat(r.cells().size()).isLessThanOrEqualTo(3 + SheetLayout.MAX_EMPTY_RUN));
        assertThat(doc).as("as the workbook model lays it out").isEqualTo(SpreadsheetReader.readWorkbook(f, XLSX, new ReadContext()));
    }

    @Test
    void aMergedRegionOverTheWholeGridIsBoundedByTheCellsPresent() throws Exception {
        Path f = new MinimalXlsx().sheet("name=\"大合并\"", worksheet("",
                "<row r=\"1\">" + cell("A1", "标题") + cell("C1", "乙") + "</row>"
                        + "<row r=\"2\">" + cell("B2", "甲") + "</row>",
                "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>"))
                .write(dir.resolve("merge.xlsx"));

        Document doc = XlsxReader.read(f, XLSX, new ReadContext()).orElseThrow();
        Table t = onlyTable(doc);
        Cell title = t.rows().get(0).cells().get(0);
        assertThat(title.text()).isEqualTo("标题");
        assertThat(title.rowSpan()).isLessThanOrEqualTo(2 + SheetLayout.MAX_EMPTY_RUN);
        assertThat(title.colSpan()).isLessThanOrEqualTo(3 + SheetLayout.MAX_EMPTY_RUN);
        assertThat(t.rows().size()).isLessThanOrEqualTo(2 + SheetLayout.MAX_EMPTY_RUN);
        assertThat(cellCount(t)).as("the region covers the rest").isEqualTo(1);
    }

    @Test
    void aGapOfEmptyColumnsIsKeptUpToTheBoundAndALongerOneIsShortened() {
        assertThat(SheetLayout.axis(0, 5, Set.of(0, 5))).containsExactly(0, 1, 2, 3, 4, 5);
        int[] far = SheetLayout.axis(0, 16383, Set.of(0, 1, 16383));
        assertThat(far).hasSize(2 + SheetLayout.MAX_EMPTY_RUN + 1);
        assertThat(far[far.length - 1]).isEqualTo(16383);
        assertThat(SheetLayout.axis(3, 1_048_575, Set.of(3))).as("a trailing run, from a merged region")
                .hasSize(1 + SheetLayout.MAX_EMPTY_RUN).startsWith(3, 4);
    }

    @Test
    void anOrdinarySheetWithAnEmptyColumnKeepsItsEmptyCells() throws Exception {
        Path f = new MinimalXlsx().sheet("name=\"普通\"", worksheet("",
                "<row r=\"1\">" + cell("A1", "指标") + cell("B1", "值") + cell("D1", "备注") + "</row>"
                        + "<row r=\"2\">" + cell("A2", "满意度") + cell("B2", "95") + cell("D2", "无") + "</row>", ""))
                .write(dir.resolve("plain.xlsx"));
        Table t = onlyTable(XlsxReader.read(f, XLSX, new ReadContext()).orElseThrow());
        for (Row r : t.rows()) {
            assertThat(r.cells()).extracting(Cell::column).containsExactly(0, 1, 2, 3);
            assertThat(r.cells().get(2).text()).isEmpty();
        }
    }
}
