package org.govdoc.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.pdf.GoldComparison.assertMatchesGold;
import static org.govdoc.read.pdf.GoldComparison.roundTrip;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.corpus.render.PdfRenderer;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.corpus.spec.SpecBlock.Cell;
import org.govdoc.corpus.spec.SpecBlock.Paragraph;
import org.govdoc.model.Document;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs rendered from specs with {@link PdfRenderer}, read back, compared with the spec. */
class PdfLayoutRoundTripTest {

    @TempDir
    Path dir;

    private static final String LONG = "为深入贯彻落实国务院关于加快推进政务服务标准化规范化便利化的指导意见，"
            + "加快推进政务服务标准化规范化便利化，进一步提升一体化政务服务能力，更好满足企业和群众办事需求，"
            + "结合本区实际，制定本工作方案。";

    private static Cell c(String text) {
        return Cell.of(text);
    }

    private static List<Cell> row(String... texts) {
        List<Cell> out = new ArrayList<>();
        for (String t : texts) {
            out.add(Cell.of(t));
        }
        return out;
    }

    @Test
    void borderedTableWithMergedHeaderCellsAndMultiLineCells() throws Exception {
        SpecBlock.Table table = new SpecBlock.Table(List.of(
                List.of(new Cell("绩效指标", 1, 3), new Cell("指标值", 2, 1), new Cell("备注", 2, 1)),
                row("一级指标", "二级指标", "三级指标"),
                List.of(new Cell("产出指标", 2, 1), c("数量指标"), c("开展营商环境专题培训"), c("≥50人次"), c("年初工作计划\n及项目实施方案")),
                List.of(c("质量指标"), c("政务服务事项清单梳理完成率达到规定要求并对外公布"), c("=100%"), c("")),
                List.of(c("效益指标"), c("社会效益指标"), c("营商环境评价"), c("优良"), c("第一行\n第二行\n第三行"))),
                true, 2, true);
        DocSpec spec = new DocSpec("指标表", "测试", List.of(
                new Paragraph("项目绩效目标表", 1, true),
                Paragraph.body(LONG),
                table,
                Paragraph.body("以上指标由项目实施单位负责完成，并接受财政部门的绩效监控。")),
                new PageFurniture("某某区财政局", "dash"));
        Document doc = roundTrip(spec, new PdfRenderer(), dir, "bordered");
        assertMatchesGold(doc, spec);
        Table t = doc.tables().get(0);
        assertThat(t.rows()).allSatisfy(r -> assertThat(r.page()).isEqualTo(1));
        assertThat(t.columnCount()).isEqualTo(5);
        assertThat(doc.metadata().title()).isEqualTo("指标表");
        assertThat(doc.metadata().pageCount()).isEqualTo(1);
        assertThat(doc.plainText()).doesNotContain("某某区财政局").doesNotContain("－ 1 －");
    }

    @Test
    void borderlessAlignedTable() throws Exception {
        SpecBlock.Table table = new SpecBlock.Table(List.of(
                row("序号", "工作任务", "牵头单位", "完成时限"),
                row("1", "梳理政务服务事项清单", "区政务服务局", "2023年6月底前"),
                row("2", "推进一网通办", "区大数据中心", "2023年9月底前"),
                row("3", "规范窗口服务行为\n落实首问负责制", "区政务服务局", "长期坚持"),
                row("4", "开展满意度调查", "区营商办", "2023年12月底前")),
                false, 1, false);
        DocSpec spec = new DocSpec(null, null, List.of(
                Paragraph.body("各单位要按照下表分工抓好落实。"),
                table,
                Paragraph.body("请各单位于每季度末报送工作进展情况。")), PageFurniture.NONE);
        Document doc = roundTrip(spec, new PdfRenderer(), dir, "borderless");
        assertMatchesGold(doc, spec);
    }

    @Test
    void tableSplitOverTwoPagesIsOneTableWithRowPagesAndNoRepeatedHeader() throws Exception {
        for (boolean repeat : new boolean[] {true, false}) {
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(row("序号", "指标名称", "指标值", "度量单位"));
            for (int i = 1; i <= 45; i++) {
                rows.add(row(String.valueOf(i), "完成第" + i + "项改革任务的情况", String.valueOf(90 + i % 10), "%"));
            }
            SpecBlock.Table table = new SpecBlock.Table(rows, true, 1, repeat);
            DocSpec spec = new DocSpec(null, null, List.of(
                    Paragraph.body("附表如下。"), table, Paragraph.body("表格结束。")), new PageFurniture(null, "of"));
            Document doc = roundTrip(spec, new PdfRenderer(), dir, "split-" + repeat);
            assertMatchesGold(doc, spec);
            Table t = doc.tables().get(0);
            assertThat(t.rows().get(0).page()).isEqualTo(1);
            assertThat(t.rows().get(t.rows().size() - 1).page()).isEqualTo(2);
            assertThat(t.rows().stream().map(Row::page).distinct()).containsExactly(1, 2);
            assertThat(doc.plainText()).doesNotContain("第1页").doesNotContain("共2页");
        }
    }

    @Test
    void landscapePagesAsWideMediaBoxAndAsRotation() throws Exception {
        SpecBlock.Table wide = new SpecBlock.Table(List.of(
                row("项目名称", "一季度", "二季度", "三季度", "四季度", "全年合计", "责任单位", "备注"),
                row("考察学习", "5.2", "3.1", "0", "0", "8.3", "区政务服务局", ""),
                row("业务培训", "0", "12.5", "12.5", "0", "25.0", "区营商办", "含差旅")),
                true, 1, true);
        DocSpec spec = new DocSpec(null, null, List.of(
                Paragraph.body(LONG),
                new SpecBlock.PageBreak(true),
                new Paragraph("附件：资金安排表", 2, false),
                wide,
                Paragraph.body("说明：以上资金均为财政全额拨款。")), new PageFurniture(null, "dash"));
        for (PdfRenderer.Landscape mode : PdfRenderer.Landscape.values()) {
            Document doc = roundTrip(spec, new PdfRenderer(mode), dir, "landscape-" + mode);
            assertMatchesGold(doc, spec);
            assertThat(doc.tables().get(0).rows().get(0).page()).isEqualTo(2);
        }
    }

    @Test
    void textDrawnTurnedOnAPortraitPageWithoutRotateReadsAlongItsOwnDirection() throws Exception {
        SpecBlock.Table wide = new SpecBlock.Table(List.of(
                row("项目名称", "一季度", "二季度", "全年合计", "责任单位"),
                row("考察学习", "5.2", "3.1", "8.3", "区政务服务局")), true, 1, true);
        DocSpec spec = new DocSpec(null, null, List.of(
                Paragraph.body("第一页正文。"), new SpecBlock.PageBreak(true),
                Paragraph.body(LONG), wide), PageFurniture.NONE);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new PdfRenderer(PdfRenderer.Landscape.ROTATE_90).render(spec, out);
        Path file = dir.resolve("unrotated.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            pdf.getPage(1).setRotation(0); // shown sideways now: the text runs up the page
            pdf.save(file.toFile());
        }
        assertMatchesGold(new PdfReader().read(file, "application/pdf"), spec);
    }

    @Test
    void runningHeaderAndPageNumbersAreDroppedAndParagraphsRunOverPages() throws Exception {
        List<SpecBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph("东川区打造便捷高效的政务环境工作方案", 1, true));
        String[] numbers = {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"};
        for (int i = 0; i < numbers.length; i++) {
            blocks.add(new Paragraph(numbers[i] + "重点任务第" + (i + 1) + "部分", 2, false));
            blocks.add(Paragraph.body("（" + (i + 1) + "）" + LONG + LONG + LONG));
            blocks.add(Paragraph.body("牵头单位：区政务服务局"));
            blocks.add(Paragraph.body("完成时限：2023年10月底前"));
        }
        for (String style : new String[] {"of", "dash"}) {
            DocSpec spec = new DocSpec(null, null, blocks, new PageFurniture("东川区人民政府办公室", style));
            Document doc = roundTrip(spec, new PdfRenderer(), dir, "furniture-" + style);
            assertThat(doc.metadata().pageCount()).isGreaterThanOrEqualTo(3);
            assertMatchesGold(doc, spec);
            assertThat(doc.plainText()).doesNotContain("东川区人民政府办公室").doesNotContain("－").doesNotContain("共");
        }
    }

    @Test
    void latinWordsKeepTheirSpaces() throws Exception {
        DocSpec spec = new DocSpec(null, null, List.of(
                Paragraph.body("系统采用 Apache PDFBox 3 and Lucene 9 实现，数据以 JSON records 输出，共计 693810 元。")),
                PageFurniture.NONE);
        Document doc = roundTrip(spec, new PdfRenderer(), dir, "latin");
        assertMatchesGold(doc, spec);
    }
}
