package org.govdoc.read.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.sheet.MinimalXlsx.worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govdoc.read.ReadContext;
import org.govdoc.corpus.gen.CorpusGenerator;
import org.govdoc.corpus.gen.DocumentFactory;
import org.govdoc.corpus.gen.FormatWriters;
import org.govdoc.corpus.gen.OutputFormat;
import org.govdoc.model.Document;
import org.govdoc.read.Failures;
import org.govdoc.record.ErrorInfo;
import org.govdoc.read.PasswordLocked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming XLSX reader ({@link XlsxReader}) makes the same {@link Document} as POI's workbook
 * model ({@link SpreadsheetReader#readWorkbook}) for every XLSX the tests have, generated ones, and
 * hand-written packages with the odd corners of SpreadsheetML; workbooks it leaves to the model, and
 * files both fail on, give through {@link SpreadsheetReader} exactly what the model gives.
 */
class XlsxStreamingIdentityTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    Path dir;

    private static Document streamed(Path f) throws Exception {
        Optional<Document> doc = XlsxReader.read(f, XLSX, new ReadContext());
        assertThat(doc).as("streamed %s", f.getFileName()).isPresent();
        return doc.get();
    }

    /** Streams the file and checks the document against the workbook model's; returns it. */
    private static Document assertSame(Path f) throws Exception {
        Document expected = SpreadsheetReader.readWorkbook(f, XLSX, new ReadContext());
        Document actual = streamed(f);
        assertThat(actual).as("%s", f.getFileName()).isEqualTo(expected);
        assertThat(new SpreadsheetReader().read(f, XLSX)).isEqualTo(expected);
        return actual;
    }

    @Test
    void everyXlsxFixture() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            assertSame(f);
        }
    }

    @Test
    void generatedCorpus() throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(new DocumentFactory(11), List.of(OutputFormat.XLSX), FormatWriters.available())
                .generate(80, corpus, new PrintStream(OutputStream.nullOutputStream()), false);
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(files).hasSize(80);
        for (Path f : files) {
            assertSame(f);
        }
    }

    @Test
    void workbookWrittenByPoi() throws Exception {
        Path f = dir.resolve("poi.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setTitle("  标题  ");
            wb.getProperties().getCoreProperties().setCreator("作者");
            XSSFSheet s = wb.createSheet("数据");
            s.createRow(0).createCell(0).setCellValue("2024年项目汇总表");
            s.createRow(1).createCell(3).setCellValue("单位：万元");
            var header = s.createRow(2);
            String[] names = {"项目", "金额", "日期", "比例", "布尔", "错误", "公式"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var dataFormat = wb.createDataFormat();
            short[] formats = {0, 4, 14, 10, 31, 57, 22, dataFormat.getFormat("yyyy\"年\"m\"月\"d\"日\""),
                    dataFormat.getFormat("0.000_ "), dataFormat.getFormat("[$-804]aaaa"), 49};
            for (int r = 0; r < formats.length; r++) {
                var row = s.createRow(3 + r);
                XSSFRichTextString rich = new XSSFRichTextString("富文本" + r);
                XSSFFont bold = wb.createFont();
                bold.setBold(true);
                rich.applyFont(0, 1, bold);
                row.createCell(0).setCellValue(rich);
                XSSFCellStyle st = wb.createCellStyle();
                st.setDataFormat(formats[r]);
                var amount = row.createCell(1);
                amount.setCellValue(12345.678 * (r - 3));
                amount.setCellStyle(st);
                var date = row.createCell(2);
                date.setCellValue(LocalDate.of(2024, 1 + r, 5 + r));
                date.setCellStyle(st);
                var ratio = row.createCell(3);
                ratio.setCellValue(0.125 * r);
                ratio.setCellStyle(st);
                row.createCell(4).setCellValue(r % 2 == 0);
                row.createCell(5).setCellErrorValue(FormulaError.values()[1 + r % 7]);
                var formula = row.createCell(6);
                formula.setCellFormula("B" + (4 + r) + "*2");
                if (r % 3 == 0) {
                    formula.setCellValue(r * 2.5);
                } else if (r % 3 == 1) {
                    formula.setCellValue("文本结果" + r);
                }
            }
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            s.addMergedRegion(new CellRangeAddress(5, 7, 4, 4));
            s.createRow(20).createCell(2).setCellValue("注：以上数据为预算数。");
            XSSFSheet hidden = wb.createSheet("下拉");
            hidden.createRow(0).createCell(0).setCellValue("隐藏");
            wb.setSheetHidden(1, true);
            XSSFSheet veryHidden = wb.createSheet("很隐藏");
            veryHidden.createRow(0).createCell(0).setCellValue("很隐藏");
            wb.setSheetVisibility(2, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            XSSFSheet second = wb.createSheet("第二页");
            second.createRow(4).createCell(1).setCellValue("  ");
            second.createRow(5).createCell(2).setCellValue("第二页的内容");
            second.getRow(5).createCell(3).setCellValue(3);
            wb.createSheet("空白");
            write(wb, f);
        }
        Document doc = assertSame(f);
        assertThat(doc.plainText()).contains("富文本0", "单位：万元", "第二页的内容").doesNotContain("隐藏");
    }

    @Test
    void everyBuiltInNumberFormat() throws Exception {
        Path f = dir.resolve("formats.xlsx");
        double[] values = {0, 1, -1.5, 0.5, 1e-7, 45292.75, 123456789.123, -0.004, 2958465.9, 61};
        String[] custom = {"0.0_ ;[红色]-0.0\\ ", "[$-F800]dddd, mmmm dd, yyyy", "yyyy\"年\"m\"月\"d\"日\" h:mm", "#,##0.00\"万元\"",
                "[DBNum1][$-804]G/通用格式", "@", "0.00E+00", "# ?/?", "[h]:mm:ss", "m\"月\"d\"日\";@"};
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("格式");
            int r = 0;
            for (int format = 0; format < 60 + custom.length; format++) {
                XSSFCellStyle st = wb.createCellStyle();
                st.setDataFormat(format < 60 ? (short) format : wb.createDataFormat().getFormat(custom[format - 60]));
                var row = s.createRow(r++);
                row.createCell(0).setCellValue("格式" + format);
                for (int i = 0; i < values.length; i++) {
                    var c = row.createCell(1 + i);
                    c.setCellValue(values[i]);
                    c.setCellStyle(st);
                }
            }
            write(wb, f);
        }
        assertSame(f);
    }

    @Test
    void stringsOfEveryKind() throws Exception {
        Path f = new MinimalXlsx()
                .sharedStrings(
                        "<si><t>普通</t></si>",
                        "<si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r><rPh sb=\"0\" eb=\"1\"><t>フ</t></rPh>"
                                + "<phoneticPr fontId=\"0\"/></si>",
                        "<si><t>行一_x000D__x000a_行二_x005F_x0041_</t></si>",
                        "<si><t xml:space=\"preserve\">  前后空格 </t></si>",
                        "<si><t>先</t><r><t>只要</t></r><r><t>运行</t></r></si>",
                        "<si><r><rPr><sz val=\"9\"/></rPr></r><r><t>缺t的运行</t></r></si>",
                        "<si><t>第一个</t><t>第二个</t></si>",
                        "<si><rPh><t>只有注音</t></rPh><t>注音之后</t></si>",
                        "<si><t>&amp;&lt;实体&gt;&#x4E2D;</t></si>",
                        "<si><t></t></si>",
                        "<si><r><rPr><rFont val=\"宋体\"/><sz val=\"11\"/></rPr><t>有字体</t></r><r><rPr><b/></rPr><t>的运行</t></r></si>")
                .sheet("name=\"字符串\"", worksheet("", row(1,
                        "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                                + "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>5</v></c>"
                                + "<c r=\"G1\" t=\"s\"><v>6</v></c><c r=\"H1\" t=\"s\"><v>7</v></c><c r=\"I1\" t=\"s\"><v>8</v></c>"
                                + "<c r=\"J1\" t=\"s\"><v>9</v></c><c r=\"P1\" t=\"s\"><v>10</v></c><c r=\"K1\" t=\"s\"><v>99</v></c><c r=\"L1\" t=\"s\"><v>x</v></c>"
                                + "<c r=\"M1\" t=\"s\"/><c r=\"N1\" t=\"s\"><v>-1</v></c>")
                        + row(2, "<c r=\"A2\" t=\"inlineStr\"><is><r><t>内联</t></r><r><t>富文本</t></r><rPh><t>ない</t></rPh></is></c>"
                                + "<c r=\"B2\" t=\"inlineStr\"><is><t>内联_x0031_</t></is></c>"
                                + "<c r=\"C2\" t=\"inlineStr\"><v>v里的_x0032_</v></c>"
                                + "<c r=\"D2\" t=\"inlineStr\"/>"
                                + "<c r=\"E2\" t=\"str\"><f>A1&amp;B1</f><v>公式_x0033_</v></c>"
                                + "<c r=\"F2\" t=\"str\"><f>A1</f></c>"
                                + "<c r=\"G2\" t=\"s\"><f>A1</f><v>1</v></c>"
                                + "<c r=\"H2\" t=\"inlineStr\"><is><t>甲</t></is><is><t>乙</t></is></c>"
                                + "<c r=\"I2\" t=\"inlineStr\"><is><x:t xmlns:x=\"urn:other\">别的命名空间</x:t><t>本来的</t></is></c>"),
                        "<hyperlinks><hyperlink ref=\"A1\" location=\"'字符串'!B2\" display=\"跳转\"/></hyperlinks>"))
                .write(dir.resolve("strings.xlsx"));
        Document doc = assertSame(f);
        assertThat(doc.plainText()).contains("富文本", "null缺t的运行").doesNotContain("フ", "ない");
    }

    @Test
    void numbersBooleansErrorsAndFormulas() throws Exception {
        Path f = new MinimalXlsx()
                .styles("<numFmt numFmtId=\"164\" formatCode=\"0.00%\"/><numFmt numFmtId=\"165\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
                                + "<numFmt numFmtId=\"14\" formatCode=\"m/d/yyyy\"/><numFmt numFmtId=\"166\" formatCode=\"#,##0.00_);[Red]\\(#,##0.00\\)\"/>",
                        "<xf numFmtId=\"0\"/>", "<xf numFmtId=\"164\"/>", "<xf numFmtId=\"165\"/>", "<xf numFmtId=\"14\"/>",
                        "<xf numFmtId=\"31\"/>", "<xf numFmtId=\"3\"/>", "<xf numFmtId=\"166\"/>", "<xf numFmtId=\"49\"/>",
                        "<xf numFmtId=\"57\" xfId=\"0\"/>", "<xf/>")
                .sheet("name=\"数\"", worksheet("<cols><col min=\"2\" max=\"3\" style=\"2\"/><col min=\"5\" max=\"5\" width=\"9\"/></cols>",
                        row(1, "<c r=\"A1\"><v>1234.5</v></c><c r=\"B1\"><v>45000</v></c><c r=\"C1\" s=\"1\"><v>0.256</v></c>"
                                + "<c r=\"D1\" s=\"3\"><v>45000.5</v></c><c r=\"E1\" s=\"4\"><v>45292</v></c><c r=\"F1\" s=\"5\"><v>-1234567.891</v></c>"
                                + "<c r=\"G1\" s=\"6\"><v>-42.5</v></c><c r=\"H1\" s=\"7\"><v>12</v></c><c r=\"I1\" s=\"8\"><v>45444</v></c>"
                                + "<c r=\"J1\" s=\"9\"><v>7</v></c><c r=\"K1\" s=\"99\"><v>8</v></c><c r=\"L1\" s=\"2\"><v>-5</v></c>"
                                + "<c r=\"M1\"><v></v></c><c r=\"N1\"><v> 1.5E3 </v></c><c r=\"O1\" s=\"2\"><v>3000000</v></c>")
                                + row(2, "<c r=\"A2\" t=\"b\"><v>1</v></c><c r=\"B2\" t=\"b\"><v>0</v></c><c r=\"C2\" t=\"b\"><v>true</v></c>"
                                + "<c r=\"D2\" t=\"b\"/><c r=\"E2\" t=\"e\"><v>#N/A</v></c><c r=\"F2\" t=\"e\"><v>#DIV/0!</v></c>"
                                + "<c r=\"G2\" t=\"e\"/><c r=\"H2\" t=\"e\"><f>1/0</f><v>#VALUE!</v></c><c r=\"I2\" t=\"b\"><f>TRUE()</f><v>1</v></c>")
                                + row(3, "<c r=\"A3\"><f>1+1</f></c><c r=\"B3\" s=\"1\"><f>B1</f><v>0.5</v></c><c r=\"C3\" s=\"1\"/>"
                                + "<c r=\"D3\"><f t=\"shared\" ref=\"D3:E3\" si=\"0\">A1*2</f><v>2469</v></c><c r=\"E3\"><f t=\"shared\" si=\"0\"/><v>3</v></c>"
                                + "<c r=\"F3\"><f t=\"dataTable\" ref=\"F3\" dt2D=\"0\" dtr=\"0\"/></c><c r=\"G3\"><f t=\"dataTable\" ref=\"G3\"/><v>9</v></c>"),
                        ""))
                .write(dir.resolve("numbers.xlsx"));
        Document doc = assertSame(f);
        assertThat(doc.plainText()).contains("25.60%", "TRUE", "#N/A", "2023年3月15日");
    }

    @Test
    void rowsAndCellsPlacedAsPoiPlacesThem() throws Exception {
        Path f = new MinimalXlsx()
                .sheet("name=\"位置\"", worksheet("",
                        "<row><c t=\"inlineStr\"><is><t>无行号的首行</t></is></c></row>"
                                + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>乙</t></is></c><c t=\"inlineStr\"><is><t>无列号跟在乙后</t></is></c>"
                                + "<c r=\"A3\" t=\"inlineStr\"><is><t>甲</t></is></c><c t=\"inlineStr\"><is><t>跟在最大列后</t></is></c></row>"
                                + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>被替换的行</t></is></c><c r=\"B5\" t=\"inlineStr\"><is><t>整行被替换</t></is></c></row>"
                                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>乱序的行</t></is></c><c r=\"A2\" t=\"inlineStr\"><is><t>同格后写的</t></is></c>"
                                + "<c r=\"C2\" t=\"inlineStr\"><is><t>有字</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t> </t></is></c></row>"
                                + "<row><c r=\"D9\" t=\"inlineStr\"><is><t>行号取最大行加一</t></is></c></row>"
                                + "<row r=\"5\"><c r=\"C5\" t=\"inlineStr\"><is><t>替换后的行</t></is></c><c r=\"$D$5\" t=\"inlineStr\"><is><t>绝对引用</t></is></c></row>"
                                + "<row r=\"8\" spans=\"1:3\"><c r=\"A8\" t=\"inlineStr\"><is><t>合并</t></is></c><c r=\"b8\" t=\"inlineStr\"><is><t>小写</t></is></c></row>"
                                + "<row r=\"12\"><c r=\"B12\" t=\"inlineStr\"><is><t>表下的注</t></is></c></row>",
                        "<mergeCells count=\"3\"><mergeCell ref=\"A8:A10\"/><mergeCell ref=\"C2:D3\"/><mergeCell ref=\"A8:B9\"/></mergeCells>"
                                + "<mergeCells><mergeCell ref=\"A1:D1\"/></mergeCells>"))
                .write(dir.resolve("places.xlsx"));
        assertSame(f);
    }

    @Test
    void sheetsListedAsTheWorkbookListsThem() throws Exception {
        String cell = row(1, "<c r=\"A1\" t=\"inlineStr\"><is><t>内容</t></is></c>");
        Path f = new MinimalXlsx()
                .sheet("name=\"可见\" state=\"visible\"", worksheet("", cell, ""))
                .sheet("name=\"隐藏\" state=\"hidden\"", worksheet("", row(1, "<c r=\"A1\" t=\"inlineStr\"><is><t>藏</t></is></c>"), ""))
                .sheet("name=\"很隐藏\" state=\"veryHidden\"", worksheet("", row(1, "<c r=\"A1\" t=\"inlineStr\"><is><t>藏</t></is></c>"), ""))
                .sheet("name=\"空\"", worksheet("", "", ""))
                .sheet("name=\"无状态\"", worksheet("<sheetPr/><dimension ref=\"A1\"/>", cell, "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"))
                .danglingSheet("name=\"没有部件\" r:id=\"rId99\"")
                .danglingSheet("name=\"没有关系\"")
                .core("工作簿标题", "起草人", "2024-03-01T08:00:00Z", "2024-03-02T09:30:00Z")
                .write(dir.resolve("sheets.xlsx"));
        Document doc = assertSame(f);
        assertThat(doc.plainText()).doesNotContain("藏");
        assertThat(doc.metadata().title()).isEqualTo("工作簿标题");
    }

    @Test
    void chartsheetsAndPrefixedMarkup() throws Exception {
        String x = "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
        Path f = new MinimalXlsx()
                .chartsheet("name=\"图表\"")
                .sheet("name=\"前缀\"", "<x:worksheet " + x + "><x:sheetData><x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>带前缀</x:t></x:is></x:c>"
                        + "<x:c r=\"C2\"><x:v>12</x:v></x:c></x:row><x:row r=\"3\"><x:c r=\"B3\" t=\"inlineStr\"><x:is><x:t>第二行</x:t></x:is></x:c>"
                        + "<x:c r=\"C3\" t=\"inlineStr\"><x:is><x:t>有</x:t></x:is></x:c></x:row></x:sheetData>"
                        + "<x:mergeCells><x:mergeCell ref=\"C2:D2\"/></x:mergeCells></x:worksheet>")
                .chartsheet("name=\"隐藏图表\" state=\"hidden\"")
                .write(dir.resolve("charts.xlsx"));
        Document doc = assertSame(f);
        assertThat(doc.plainText()).contains("带前缀");
    }

    @Test
    void missingStylesAndSharedStringsParts() throws Exception {
        Path f = new MinimalXlsx()
                .sheet("name=\"缺部件\"", worksheet("", row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"3\"><v>45000</v></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><t>有字</t></is></c>"), ""))
                .write(dir.resolve("bare.xlsx"));
        assertSame(f);
    }

    /** Workbooks whose structure the stream leaves to the workbook model give what the model gives. */
    @Test
    void structuresLeftToTheWorkbookModel() throws Exception {
        String text = "<c r=\"A1\" t=\"inlineStr\"><is><t>字</t></is></c>";
        List<Path> files = List.of(
                new MinimalXlsx().sheet("name=\"数组\"", worksheet("", row(1, text
                        + "<c r=\"B1\"><f t=\"array\" ref=\"B1:C2\">A1:A2*2</f><v>2</v></c><c r=\"C1\"/>")
                        + row(2, "<c r=\"B2\"/><c r=\"C2\" s=\"0\"/>"), "")).write(dir.resolve("array.xlsx")),
                new MinimalXlsx().sheet("name=\"列\"", worksheet("<cols><col min=\"1\" max=\"3\" style=\"1\"/><col min=\"2\" max=\"2\"/></cols>",
                        row(1, text), "")).write(dir.resolve("cols.xlsx")),
                new MinimalXlsx().sheet("name=\"状态\" state=\"Hidden\"", worksheet("", row(1, text), "")).write(dir.resolve("state.xlsx")),
                new MinimalXlsx().sheet("name=\"类型\"", worksheet("", row(1, text + "<c r=\"B1\" t=\"d\"><v>2024-01-01</v></c>"), ""))
                        .write(dir.resolve("type.xlsx")),
                new MinimalXlsx().sheet("name=\"无数据\"", "<worksheet " + MinimalXlsx.NS + "><dimension ref=\"A1\"/></worksheet>")
                        .write(dir.resolve("nodata.xlsx")),
                new MinimalXlsx().sheet("name=\"无表\"", worksheet("", row(1, text), ""))
                        .workbook("<workbook " + MinimalXlsx.NS + "><bookViews/></workbook>").write(dir.resolve("nosheets.xlsx")),
                new MinimalXlsx().sharedStrings("<si><r><rPr><rFont val=\"#0\"/></rPr><t>按编号的字体</t></r></si>")
                        .sheet("name=\"字体\"", worksheet("", row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c>"), "")).write(dir.resolve("font0.xlsx")),
                new MinimalXlsx().sharedStrings("<si><r><rPr><rFont val=\"#7\"/></rPr><t>没有的字体</t></r></si>")
                        .sheet("name=\"字体\"", worksheet("", row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c>"), "")).write(dir.resolve("font7.xlsx")),
                new MinimalXlsx().sheet("name=\"内联字体\"", worksheet("", row(1, "<c r=\"A1\" t=\"inlineStr\"><is><r><rPr><rFont/></rPr>"
                        + "<t>无名字体</t></r></is></c>"), "")).write(dir.resolve("fontnull.xlsx")),
                new MinimalXlsx().sheet("name=\"链接\"", worksheet("", row(1, text),
                        "<hyperlinks><hyperlink ref=\"A1\" r:id=\"rId9\"/></hyperlinks>")).write(dir.resolve("link.xlsx")),
                new MinimalXlsx().sheet("name=\"严格\"", worksheet("", row(1, text), ""))
                        .workbook("<workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\" xmlns:r=\""
                                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>%SHEETS%</sheets></workbook>")
                        .write(dir.resolve("strict.xlsx")));
        for (Path f : files) {
            assertThat(XlsxReader.read(f, XLSX, new ReadContext())).as("%s", f.getFileName()).isEmpty();
            assertSameOutcome(f);
        }
        for (String failing : List.of("font7.xlsx", "fontnull.xlsx", "link.xlsx", "nodata.xlsx", "nosheets.xlsx")) {
            assertThat(thrown(() -> SpreadsheetReader.readWorkbook(dir.resolve(failing), XLSX, new ReadContext()))).as(failing).isNotNull();
        }
        assertThat(SpreadsheetReader.readWorkbook(dir.resolve("font0.xlsx"), XLSX, new ReadContext()).plainText()).contains("按编号的字体");
    }

    /** Files the workbook model fails on fail the same way (same exception, same error code and message). */
    @Test
    void failuresAreTheWorkbookModels() throws Exception {
        Path good = new MinimalXlsx().sheet("name=\"好\"", worksheet("", row(1, "<c r=\"A1\" t=\"inlineStr\"><is><t>字</t></is></c>"), ""))
                .write(dir.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        for (int length : new int[] {100, bytes.length / 3, bytes.length / 2, bytes.length - 30}) {
            // POI reads what the local headers of a cut ZIP still give; whatever it makes of it, the reader makes too
            assertSameOutcome(Files.write(dir.resolve("cut" + length + ".xlsx"), java.util.Arrays.copyOf(bytes, length)));
        }
        List<Path> files = List.of(
                new MinimalXlsx().sheet("name=\"坏\"", "<worksheet " + MinimalXlsx.NS + "><sheetData><row r=\"1\"><c r=\"A1\">")
                        .write(dir.resolve("malformed.xlsx")),
                new MinimalXlsx().sharedStrings("<si/>").sheet("name=\"空串\"", worksheet("", row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c>"), ""))
                        .write(dir.resolve("nullstring.xlsx")),
                new MinimalXlsx().sheet("name=\"数\"", worksheet("", row(1, "<c r=\"A1\"><v>一</v></c>"), ""))
                        .write(dir.resolve("nan.xlsx")),
                new MinimalXlsx().sheet("name=\"错\"", worksheet("", row(1, "<c r=\"A1\" t=\"e\"><v>#WHAT?</v></c>"), ""))
                        .write(dir.resolve("error.xlsx")),
                new MinimalXlsx().styles("").sheet("name=\"无样式\"", worksheet("", row(1, "<c r=\"A1\"><v>1</v></c>"), ""))
                        .write(dir.resolve("noxfs.xlsx")),
                encrypted(good),
                new MinimalXlsx().sheet("name=\"并\"", worksheet("", row(1, "<c r=\"A1\" t=\"inlineStr\"><is><t>字</t></is></c>"),
                        "<mergeCells><mergeCell ref=\"甲1:B2\"/></mergeCells>")).write(dir.resolve("merge.xlsx")));
        for (Path f : files) {
            Throwable model = thrown(() -> SpreadsheetReader.readWorkbook(f, XLSX, new ReadContext()));
            assertThat(model).as("%s fails in the workbook model", f.getFileName()).isNotNull();
            assertThat(thrown(() -> XlsxReader.read(f, XLSX, new ReadContext()))).as("%s fails in the stream", f.getFileName()).isNotNull();
            if (f.getFileName().toString().equals("locked.xlsx")) {
                assertThat(Failures.classify(model, "spreadsheet").code()).isEqualTo("encrypted");
            }
            assertSameOutcome(f);
        }
    }

    /** {@link SpreadsheetReader} gives what the workbook model gives: the document or the failure. */
    private static void assertSameOutcome(Path f) throws Exception {
        Throwable expectedFailure = thrown(() -> SpreadsheetReader.readWorkbook(f, XLSX, new ReadContext()));
        Throwable actualFailure = thrown(() -> new SpreadsheetReader().read(f, XLSX));
        if (expectedFailure == null) {
            assertThat(actualFailure).as("%s", f.getFileName()).isNull();
            assertThat(new SpreadsheetReader().read(f, XLSX)).isEqualTo(SpreadsheetReader.readWorkbook(f, XLSX, new ReadContext()));
            return;
        }
        assertThat(actualFailure).as("%s", f.getFileName()).isNotNull();
        assertThat(actualFailure.getClass()).isEqualTo(expectedFailure.getClass());
        assertThat(actualFailure.getMessage()).isEqualTo(expectedFailure.getMessage());
        ErrorInfo expected = Failures.classify(expectedFailure, "spreadsheet");
        assertThat(Failures.classify(actualFailure, "spreadsheet")).isEqualTo(expected);
    }

    /** The workbook in an OLE2 "EncryptedPackage", as Excel saves it with a password. */
    private Path encrypted(Path plain) throws Exception {
        return PasswordLocked.lock(plain, dir.resolve("locked.xlsx"));
    }

    private static Throwable thrown(Callable<?> call) {
        try {
            call.call();
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    private static String row(int r, String cells) {
        return "<row r=\"" + r + "\">" + cells + "</row>";
    }

    private static void write(XSSFWorkbook wb, Path f) throws IOException {
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
    }
}
