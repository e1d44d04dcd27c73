package org.govdoc.corpus.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.corpus.spec.SpecBlock.Cell;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static byte[] render(DocSpec spec, PdfRenderer r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(spec, out);
        return out.toByteArray();
    }

    private static SpecBlock.Table table(int rows) {
        List<List<Cell>> rs = new ArrayList<>();
        rs.add(List.of(Cell.of("序号"), Cell.of("指标名称"), Cell.of("指标值")));
        for (int i = 1; i < rows; i++) {
            rs.add(List.of(Cell.of(String.valueOf(i)), Cell.of("完成改革事项" + i), Cell.of("≥" + i + "项")));
        }
        return new SpecBlock.Table(rs, true, 1, true);
    }

    @Test
    void writesChineseTextWithAnEmbeddedSubsetFontAndMetadata() throws IOException {
        DocSpec spec = new DocSpec("测试标题", "某某局", List.of(
                new SpecBlock.Paragraph("关于印发工作方案的通知", 1, true),
                SpecBlock.Paragraph.body("各乡（镇）人民政府，区直各部门：现将《工作方案》印发给你们，请认真贯彻落实。")),
                PageFurniture.NONE);
        byte[] pdf = render(spec, new PdfRenderer());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("测试标题");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("某某局");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("关于印发工作方案的通知").contains("请认真贯彻落实。");
            PDPage page = doc.getPage(0);
            COSName fontName = page.getResources().getFontNames().iterator().next();
            PDFont font = page.getResources().getFont(fontName);
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*"); // subset tag
        }
        assertThat(pdf.length).isLessThan(200_000);
    }

    @Test
    void splitsALongTableOverPagesAndRepeatsTheHeader() throws IOException {
        DocSpec spec = new DocSpec(null, null, List.of(table(80)), PageFurniture.NONE);
        try (PDDocument doc = Loader.loadPDF(render(spec, new PdfRenderer()))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            s.setEndPage(2);
            assertThat(s.getText(doc)).contains("指标名称");
        }
    }

    @Test
    void landscapePagesUseAWideMediaBoxOrARotation() throws IOException {
        DocSpec spec = new DocSpec(null, null, List.of(
                SpecBlock.Paragraph.body("第一页"),
                new SpecBlock.PageBreak(true),
                SpecBlock.Paragraph.body("横向附件")), PageFurniture.NONE);
        try (PDDocument doc = Loader.loadPDF(render(spec, new PdfRenderer()))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(doc.getPage(1).getMediaBox().getWidth()).isGreaterThan(doc.getPage(1).getMediaBox().getHeight());
        }
        try (PDDocument doc = Loader.loadPDF(render(spec, new PdfRenderer(PdfRenderer.Landscape.ROTATE_90)))) {
            assertThat(doc.getPage(1).getRotation()).isEqualTo(90);
            assertThat(doc.getPage(1).getMediaBox().getWidth()).isLessThan(doc.getPage(1).getMediaBox().getHeight());
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            assertThat(s.getText(doc)).contains("横向附件");
        }
    }

    @Test
    void printsPageNumbersAndTheRunningHeader() throws IOException {
        List<SpecBlock> blocks = new ArrayList<>();
        blocks.add(SpecBlock.Paragraph.body("正文"));
        blocks.add(new SpecBlock.PageBreak(false));
        blocks.add(SpecBlock.Paragraph.body("正文二"));
        try (PDDocument doc = Loader.loadPDF(render(new DocSpec(null, null, blocks,
                new PageFurniture("某某区人民政府文件", "of")), new PdfRenderer()))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("第1页 共2页").contains("第2页 共2页").contains("某某区人民政府文件");
        }
        try (PDDocument doc = Loader.loadPDF(render(new DocSpec(null, null, blocks,
                new PageFurniture(null, "dash")), new PdfRenderer()))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("－ 2 －");
        }
    }
}
