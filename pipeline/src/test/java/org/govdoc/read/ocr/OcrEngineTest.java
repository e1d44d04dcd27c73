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

    private static GrayImage blank(int w, int h) {
        byte[] px = new byte[w * h];
        java.util.Arrays.fill(px, (byte) 230);
        return new GrayImage(w, h, px);
    }

    private static void ink(GrayImage page, int x, int y, int w, int h) {
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                page.pixels()[j * page.width() + i] = (byte) 30;
            }
        }
    }

    @Test
    void aRegionIsWidenedOverAFlatMarkBeyondItsEndButNotOverASpeckARuleOrAnotherCharacter() {
        // a region 300..400 x 100..146; a 一 (25 x 2 px) at 266..291 on the line's middle,
        // a ruling line at x 250 beyond it
        GrayImage page = blank(500, 300);
        ink(page, 266, 122, 25, 2);
        ink(page, 250, 80, 2, 100);
        TextDetector.Region r = new TextDetector.Region(300, 100, 100, 46, 0.9f);
        TextDetector.Region wide = TextDetector.extendToInk(r, page);
        assertThat(wide.x()).isCloseTo(266 - 4.6f, within(0.5f)).isGreaterThan(252f);
        assertThat(wide.x() + wide.width()).isEqualTo(400f);
        assertThat(wide.y()).isEqualTo(100f);
        assertThat(wide.height()).isEqualTo(46f);
        // a speck, a stroke two region heights away, a stroke off the line's centre (the foot of
        // a line above), a stroke that runs into a character: nothing changes
        for (int[] mark : new int[][]{{290, 122, 2, 2}, {180, 122, 25, 2}, {266, 112, 25, 2}}) {
            GrayImage other = blank(500, 300);
            ink(other, mark[0], mark[1], mark[2], mark[3]);
            assertThat(TextDetector.extendToInk(r, other)).isEqualTo(r);
        }
        GrayImage character = blank(500, 300);
        ink(character, 278, 122, 12, 2);
        ink(character, 275, 105, 3, 36);
        assertThat(TextDetector.extendToInk(r, character)).isEqualTo(r);
    }
}
