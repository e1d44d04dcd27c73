package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.ReadAssertions.assertSampleTable;
import static org.govdoc.read.ReadAssertions.readOk;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.govdoc.corpus.render.HtmlRenderer;
import org.govdoc.corpus.render.Renderers;
import org.govdoc.corpus.render.TxtRenderer;
import org.govdoc.corpus.render.XlsxRenderer;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format end to end through {@link TikaFileReader}: the sample document (heading, body, a
 * table with a vertically and a horizontally merged cell, a two-line cell and an empty cell) comes
 * out with its text and its exact table. DOC/WPS/XLS/ET/ODT/RTF are committed fixtures converted
 * by LibreOffice (see resources/fixtures/README.md); the others are rendered here.
 */
class FormatReadTest {

    private static final TikaFileReader READER = new TikaFileReader();

    @TempDir
    Path dir;

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(FormatReadTest.class.getResource("/fixtures/" + name).toURI());
    }

    private static void assertWordLike(Document doc) {
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly(
                SampleSpecs.TITLE, SampleSpecs.HEADING, SampleSpecs.BODY, "二、绩效目标");
        assertThat(doc.paragraphs()).extracting(Paragraph::headingLevel).containsExactly(1, 2, null, null);
        assertThat(doc.tables()).hasSize(1);
        assertSampleTable(doc.tables().get(0));
        assertThat(doc.metadata().title()).isEqualTo(SampleSpecs.TITLE);
        assertThat(doc.metadata().author()).isEqualTo("财政局");
        // the running header and page-number footer are not body text
        assertThat(doc.plainText()).doesNotContain("呈贡区财政局").doesNotContain("－");
    }

    @Test
    void doc() throws Exception {
        ReadOutcome o = READER.read(fixture("sample.doc"));
        assertThat(o.mediaType()).isEqualTo("application/msword");
        assertWordLike(readOk(o));
    }

    @Test
    void docTrackedDeletionsAreNotText() throws Exception {
        Document doc = readOk(READER.read(fixture("tracked.doc")));
        assertThat(doc.paragraphs()).extracting(Paragraph::text).contains(SampleSpecs.BODY);
        assertThat(doc.plainText()).doesNotContain("5069.381");
    }

    @Test
    void wpsWriterIsReadAsWord() throws Exception {
        ReadOutcome o = READER.read(fixture("sample.wps"));
        assertThat(o.mediaType()).isEqualTo("application/msword");
        assertWordLike(readOk(o));
    }

    @Test
    void odt() throws Exception {
        ReadOutcome o = READER.read(fixture("sample.odt"));
        assertThat(o.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertWordLike(readOk(o));
    }

    @Test
    void rtf() throws Exception {
        ReadOutcome o = READER.read(fixture("sample.rtf"));
        assertThat(o.mediaType()).isEqualTo("application/rtf");
        assertWordLike(readOk(o));
    }

    /** A spreadsheet: sheet name, the single-text rows above the table, the table, the note below. */
    private static void assertSheet(Document doc) {
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly(
                SampleSpecs.TITLE, // the sheet's name (the renderer names it after the title)
                SampleSpecs.TITLE, SampleSpecs.HEADING, SampleSpecs.BODY, "二、绩效目标");
        assertThat(doc.tables()).hasSize(1);
        assertSampleTable(doc.tables().get(0));
        assertThat(doc.metadata().title()).isEqualTo(SampleSpecs.TITLE);
    }

    @Test
    void xlsx() throws Exception {
        Path f = dir.resolve("sample.xlsx");
        new XlsxRenderer().render(SampleSpecs.doc(), f);
        ReadOutcome o = READER.read(f);
        assertThat(o.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertSheet(readOk(o));
    }

    @Test
    void xls() throws Exception {
        ReadOutcome o = READER.read(fixture("sample.xls"));
        assertThat(o.mediaType()).isEqualTo("application/vnd.ms-excel");
        assertSheet(readOk(o));
    }

    @Test
    void wpsSpreadsheetIsReadAsExcel() throws Exception {
        ReadOutcome o = READER.read(fixture("sample.et"));
        assertThat(o.mediaType()).isEqualTo("application/vnd.ms-excel");
        assertSheet(readOk(o));
    }

    @Test
    void spreadsheetNumbersAreShownAsDisplayed() throws Exception {
        DocSpec spec = new DocSpec(null, null, List.of(new SpecBlock.Table(List.of(
                List.of(SpecBlock.Cell.of("项目"), SpecBlock.Cell.of("金额（万元）"), SpecBlock.Cell.of("数量")),
                List.of(SpecBlock.Cell.of("培训费"), SpecBlock.Cell.of("69.381"), SpecBlock.Cell.of("120")),
                List.of(SpecBlock.Cell.of("宣传费"), SpecBlock.Cell.of("12.50"), SpecBlock.Cell.of("0"))),
                true, 1, false)), null);
        Path f = dir.resolve("numbers.xlsx");
        new XlsxRenderer().render(spec, f);
        Table t = readOk(READER.read(f)).tables().get(0);
        assertThat(ReadAssertions.cells(t)).containsExactly(
                "0,0,1,1:项目", "0,1,1,1:金额（万元）", "0,2,1,1:数量",
                "1,0,1,1:培训费", "1,1,1,1:69.381", "1,2,1,1:120",
                "2,0,1,1:宣传费", "2,1,1,1:12.50", "2,2,1,1:0");
    }

    @Test
    void spreadsheetDatesAsChineseExcelShowsThem() throws Exception {
        Path f = dir.resolve("dates.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("日期");
            wb.setSheetHidden(wb.getSheetIndex(wb.createSheet("下拉选项")), true);
            wb.getSheet("下拉选项").createRow(0).createCell(0).setCellValue("隐藏的选项");
            int[] formats = {14, 27, 31, 58, -1};
            for (int i = 0; i < formats.length; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("格式" + i);
                var cell = row.createCell(1);
                var style = wb.createCellStyle();
                style.setDataFormat(formats[i] >= 0 ? (short) formats[i]
                        : wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
                cell.setCellStyle(style);
                cell.setCellValue(java.time.LocalDate.of(2023, 5, 4));
            }
            try (var out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        Document doc = readOk(READER.read(f));
        assertThat(doc.plainText()).doesNotContain("隐藏的选项"); // hidden sheets are not read
        Table t = doc.tables().get(0);
        assertThat(t.rows()).extracting(r -> r.cells().get(1).text())
                .containsExactly("2023/5/4", "2023年5月", "2023年5月4日", "5月4日", "2023年5月4日");
    }

    @Test
    void html() throws Exception {
        Path f = dir.resolve("sample.html");
        new HtmlRenderer().render(SampleSpecs.doc(), f);
        ReadOutcome o = READER.read(f);
        assertThat(o.mediaType()).isEqualTo("text/html");
        Document doc = readOk(o);
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly(
                SampleSpecs.TITLE, SampleSpecs.HEADING, SampleSpecs.BODY, "二、绩效目标");
        assertThat(doc.paragraphs()).extracting(Paragraph::headingLevel).containsExactly(1, 2, null, null);
        assertSampleTable(doc.tables().get(0));
        assertThat(doc.metadata().title()).isEqualTo(SampleSpecs.TITLE);
    }

    @Test
    void htmlWithSourceLineBreaksAndBr() throws Exception {
        Path f = dir.resolve("p.htm");
        Files.writeString(f, "<html><head><meta charset=\"utf-8\"><title>t</title><style>p{}</style></head>"
                + "<body><p>第一行<br>第二行</p><div>附件：<b>名单</b></div>"
                + "<table><tr><td rowspan=\"2\">甲</td><td>乙<br/>丙</td></tr><tr><td>丁</td></tr></table>"
                + "<script>var x = 1;</script></body></html>", StandardCharsets.UTF_8);
        Document doc = readOk(READER.read(f));
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly("第一行\n第二行", "附件：名单");
        assertThat(ReadAssertions.cells(doc.tables().get(0)))
                .containsExactly("0,0,2,1:甲", "0,1,1,1:乙\n丙", "1,1,1,1:丁");
        assertThat(doc.plainText()).doesNotContain("var x");
    }

    @Test
    void htmlSourceLineBreaksAreLayout() throws Exception {
        Path f = dir.resolve("pretty.html");
        Files.writeString(f, "<html><body>\n  <p>\n    关于印发东川区打造\n    便捷高效的政务环境工作方案的通知\n  </p>\n"
                + "  <p>Project   funds\n  693810 yuan</p>\n  <table>\n    <tr>\n      <td>\n        牵头单位\n      </td>\n"
                + "      <td>区政务服务局<br>\n区发展改革局</td>\n    </tr>\n  </table>\n</body></html>", StandardCharsets.UTF_8);
        Document doc = readOk(READER.read(f));
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly(
                "关于印发东川区打造便捷高效的政务环境工作方案的通知", "Project funds 693810 yuan");
        assertThat(ReadAssertions.cells(doc.tables().get(0))).containsExactly("0,0,1,1:牵头单位", "0,1,1,1:区政务服务局\n区发展改革局");
    }

    private static void assertTextLines(Document doc) {
        List<String> lines = doc.paragraphs().stream().map(Paragraph::text).toList();
        assertThat(lines).startsWith(SampleSpecs.TITLE, SampleSpecs.HEADING, SampleSpecs.BODY);
        assertThat(lines).contains("二、绩效目标");
        assertThat(lines).noneMatch(l -> l.indexOf('\t') >= 0);
        // the tab-separated lines are tables, a cell per field (a leading tab is an empty first field)
        List<List<String>> rows = doc.tables().stream().flatMap(t -> t.rows().stream())
                .map(r -> r.cells().stream().map(c -> c.text()).toList()).toList();
        assertThat(rows).contains(List.of("一级指标", "二级指标", "三级指标", "指标值"), List.of("产出指标", "数量指标", "培训人次", "300人次"),
                List.of("", "质量指标", "合格率 （抽查）"));
    }

    @Test
    void textUtf8() throws Exception {
        Path f = dir.resolve("sample.txt");
        Renderers.forFormat("txt").render(SampleSpecs.doc(), f);
        ReadOutcome o = READER.read(f);
        assertThat(o.mediaType()).isEqualTo("text/plain");
        Document doc = readOk(o);
        assertTextLines(doc);
        assertThat(doc.metadata().mediaType()).isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void textGbkComesOutAsChinese() throws Exception {
        Path f = dir.resolve("gbk.txt");
        new TxtRenderer(Renderers.GB18030, "\r\n").render(SampleSpecs.doc(), f);
        // really GBK bytes, not UTF-8
        assertThat(Files.readAllBytes(f)).startsWith(SampleSpecs.TITLE.substring(0, 3).getBytes("GBK"));
        Document doc = readOk(READER.read(f));
        assertTextLines(doc);
        assertThat(doc.metadata().mediaType()).isEqualTo("text/plain; charset=GB18030");
    }

    @Test
    void shortGbkLineIsNotMistakenForAnotherCharset() throws Exception {
        Path f = dir.resolve("short.txt");
        Files.write(f, "关于印发工作方案的通知\n".getBytes("GBK"));
        assertThat(readOk(READER.read(f)).plainText()).isEqualTo("关于印发工作方案的通知");
    }

    @Test
    void textUtf16WithBom() throws Exception {
        Path f = dir.resolve("utf16.txt");
        Files.write(f, ("\uFEFF" + SampleSpecs.TITLE + "\r\n\r\n" + SampleSpecs.BODY + "\r\n")
                .getBytes(StandardCharsets.UTF_16LE));
        Document doc = readOk(READER.read(f));
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly(SampleSpecs.TITLE, SampleSpecs.BODY);
    }

    @Test
    void pdfMinimal() throws Exception {
        Path f = dir.resolve("plain.pdf");
        writePdf(f, List.of("Budget 2021", "Project funds 693810 yuan"), List.of("Second page"));
        ReadOutcome o = READER.read(f);
        assertThat(o.mediaType()).isEqualTo("application/pdf");
        Document doc = readOk(o);
        // robust to the layout-aware reader that replaces the minimal one (it may join lines,
        // and a paragraph may run on over a page break)
        assertThat(doc.plainText()).contains("Budget 2021", "Project funds 693810 yuan", "Second page");
        assertThat(doc.paragraphs().get(0).location().page()).isEqualTo(1);
        assertThat(doc.paragraphs()).allSatisfy(p -> assertThat(p.location().page()).isBetween(1, 2));
        assertThat(doc.metadata().pageCount()).isEqualTo(2);
    }

    /** A PDF with one page per list of lines, in a standard font (Latin text only). */
    @SafeVarargs
    static void writePdf(Path f, List<String>... pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -20);
                    }
                    cs.endText();
                }
            }
            pdf.save(f.toFile());
        }
    }
}
