package org.govdoc.corpus.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.corpus.spec.SpecBlock.Cell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** What each renderer writes, checked in the file itself (readers are tested in the pipeline). */
class RenderersTest {

    /** 产出指标 spans 2 rows, 备注 spans 3 columns, one cell has two lines, one is empty. */
    static DocSpec spec(boolean bordered) {
        SpecBlock.Table table = new SpecBlock.Table(List.of(
                List.of(Cell.of("一级指标"), Cell.of("二级指标"), Cell.of("三级指标"), Cell.of("指标值")),
                List.of(new Cell("产出指标", 2, 1), Cell.of("数量指标"), Cell.of("培训人次"), Cell.of("300")),
                List.of(Cell.of("质量指标"), Cell.of("合格率\n（抽查）"), Cell.of("")),
                List.of(new Cell("备注", 1, 3), Cell.of("无"))), bordered, 1, true);
        return new DocSpec("绩效目标表", "财政局", List.of(
                new SpecBlock.Paragraph("绩效目标表", 1, true),
                SpecBlock.Paragraph.body("单位：万元"),
                table,
                new SpecBlock.PageBreak(true),
                SpecBlock.Paragraph.body("附件")), new PageFurniture("呈贡区财政局", "of"));
    }

    private static byte[] render(Renderer r, DocSpec spec) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(spec, out);
        return out.toByteArray();
    }

    @Test
    void docxHasMergedCellsAsWordStoresThem() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(new DocxRenderer(), spec(true))))) {
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("绩效目标表");
            assertThat(doc.getParagraphs().get(0).getStyle()).isEqualTo("Heading1");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            XWPFTable t = doc.getTables().get(0);
            assertThat(t.getRows()).hasSize(4);
            assertThat(t.getRow(0).getTableCells()).hasSize(4);
            // row 1: restart; row 2: the continued cell is stored, with vMerge continue
            CTTcPr restart = t.getRow(1).getCell(0).getCTTc().getTcPr();
            assertThat(restart.getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            assertThat(t.getRow(2).getTableCells()).hasSize(4);
            assertThat(t.getRow(2).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            // row 3: 备注 spans three grid columns
            assertThat(t.getRow(3).getTableCells()).hasSize(2);
            assertThat(t.getRow(3).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(3);
            XWPFTableCell twoLines = t.getRow(2).getCell(2);
            assertThat(twoLines.getParagraphs()).extracting(p -> p.getText()).containsExactly("合格率", "（抽查）");
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            assertThat(doc.getHeaderList()).anySatisfy(h -> assertThat(h.getText()).contains("呈贡区财政局"));
            assertThat(doc.getFooterList()).anySatisfy(f -> assertThat(f.getText()).contains("第").contains("页"));
            // landscape section after the page break
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
        }
    }

    @Test
    void borderlessDocxTable() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(new DocxRenderer(), spec(false))))) {
            assertThat(doc.getTables().get(0).getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
        }
    }

    @Test
    void xlsxHasMergedRegionsAndNumbers() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(render(new XlsxRenderer(), spec(true))))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2); // the page break starts a sheet
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("绩效目标表");
            // table starts at row 2
            assertThat(s.getMergedRegions()).containsExactlyInAnyOrder(
                    new CellRangeAddress(3, 4, 0, 0), new CellRangeAddress(5, 5, 0, 2));
            assertThat(s.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(300.0);
            assertThat(s.getRow(4).getCell(2).getStringCellValue()).isEqualTo("合格率\n（抽查）");
            assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("附件");
        }
    }

    @Test
    void htmlHasSpansAndBreaks() throws Exception {
        String html = new String(render(new HtmlRenderer(), spec(true)), StandardCharsets.UTF_8);
        assertThat(html).contains("<h1 style=\"text-align:center\">绩效目标表</h1>")
                .contains("<td rowspan=\"2\">产出指标</td>")
                .contains("<td colspan=\"3\">备注</td>")
                .contains("合格率<br>（抽查）")
                .contains("<th>一级指标</th>")
                .contains("<title>绩效目标表</title>");
    }

    @Test
    void txtInGbkWithTabSeparatedRows() throws Exception {
        byte[] bytes = render(Renderers.forFormat("txt-gbk"), spec(true));
        String text = new String(bytes, Renderers.GB18030);
        assertThat(text.lines().toList()).containsSubsequence(
                "绩效目标表", "单位：万元", "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t培训人次\t300", "\t质量指标\t合格率 （抽查）", "备注\t\t\t无", "附件");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("绩效目标表");
    }

    @Test
    void registryKnowsItsFormats() {
        assertThat(Renderers.forFormat("DOCX").extension()).isEqualTo("docx");
        assertThat(Renderers.forFormat("txt")).isInstanceOf(TxtRenderer.class);
        assertThatThrownBy(() -> Renderers.forFormat("wpd")).isInstanceOf(IllegalArgumentException.class);
    }
}
