package org.govdoc.read.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.govdoc.corpus.render.OfficeScan;
import org.govdoc.corpus.render.PdfRenderer;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock.Paragraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's speed-ups that could change what is read: the sampled direction classifier, and deskew of office scans. */
class OcrEngineTest {

    @TempDir
    static Path dir;

    static GrayImage page;
    static Path pdf;

    @BeforeAll
    static void render() throws Exception {
        DocSpec spec = new DocSpec("通知", "测试", List.of(
                new Paragraph("关于印发工作方案的通知", 1, true),
                Paragraph.body("依托省政务服务平台统一提供政务服务，优化网上办事指南和操作说明。"),
                Paragraph.body("牵头单位：区政务服务局"),
                Paragraph.body("完成时限：2023年6月底前"),
                Paragraph.body("一、推进政务服务事项标准化"),
                Paragraph.body("二、提升网上办事能力"),
                Paragraph.body("三、优化线下服务"),
                Paragraph.body("四、加强组织保障"),
                Paragraph.body("联系人：张明，电话：12345678")), PageFurniture.NONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(spec, out);
        pdf = dir.resolve("notice.pdf");
        Files.write(pdf, out.toByteArray());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            page = GrayImage.of(new PDFRenderer(doc).renderImageWithDPI(0, 200f, ImageType.GRAY));
        }
    }

    private static String text(List<OcrLine> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l.text()).append('\n'));
        return b.toString();
    }

    @Test
    void aPageScannedUpsideDownIsReadAsTheUprightOne() throws Exception {
        OcrStageTimes upright = new OcrStageTimes();
        String straight = text(OcrEngine.shared().read(page, upright));
        assertThat(straight).contains("关于印发工作方案的通知", "牵头单位", "2023年6月底前");
        assertThat(upright.classified()).as("an upright page: only a sample is classified")
                .isLessThanOrEqualTo(DirectionClassifier.SAMPLE);
        OcrStageTimes turned = new OcrStageTimes();
        String upsideDown = text(OcrEngine.shared().read(page.rotate180(), turned));
        assertThat(upsideDown).contains("关于印发工作方案的通知", "牵头单位", "2023年6月底前");
        assertThat(turned.lines()).isGreaterThan(DirectionClassifier.SAMPLE);
        assertThat(turned.classified()).as("a turned sample: every line is classified").isGreaterThan(turned.lines());
    }

    @Test
    void theDirectionSampleIsTheWidestLinesAndEveryVerticalOne() {
        List<GrayImage> lines = new ArrayList<>();
        List<Boolean> vertical = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add(new GrayImage(100 + 10 * i, 30, new byte[(100 + 10 * i) * 30]));
            vertical.add(i == 0);
        }
        // line 0 is the narrowest but vertical; then the 6 widest: 9..4
        assertThat(DirectionClassifier.sample(lines, vertical)).containsExactly(9, 8, 7, 6, 5, 4, 0);
        assertThat(DirectionClassifier.sample(lines.subList(0, 3), vertical.subList(0, 3))).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void deskewFindsTheTurnOfOfficeScans() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            OfficeScan scan = OfficeScan.typical(seed);
            GrayImage scanned = GrayImage.of(scan.page(pdf, 0));
            // the scan turns the content clockwise by skew(0) as seen; Deskew reports it the same way
            assertThat(Deskew.angle(scanned)).as("seed " + seed).isCloseTo(scan.skew(0), within(0.2));
        }
    }
}
