package org.govdoc.read.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.govdoc.corpus.render.PdfRenderer;
import org.govdoc.corpus.render.ScanRenderer;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.corpus.spec.SpecBlock.Cell;
import org.govdoc.corpus.spec.SpecBlock.Paragraph;
import org.govdoc.model.Document;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.govdoc.read.ReadOutcome;
import org.govdoc.read.TikaFileReader;
import org.govdoc.read.image.ScanImageReader;
import org.govdoc.read.pdf.PdfReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans made here from generated PDFs (rendered at 200 dpi, turned, speckled, stored as JPEG in
 * an image-only PDF, or as PNG/TIFF) read back through OCR and the layout layer, compared with
 * the born-digital twin read from its text layer.
 */
class ScannedDocumentsTest {

    @TempDir
    static Path dir;

    static Path digital;

    private static final ScanRenderer SKEWED = new ScanRenderer(200f, 1.5, 0.003, 11L);

    static DocSpec spec() {
        SpecBlock.Table table = new SpecBlock.Table(List.of(
                List.of(new Cell("绩效指标", 1, 3), new Cell("指标值", 2, 1), new Cell("备注", 2, 1)),
                row("一级指标", "二级指标", "三级指标"),
                List.of(new Cell("产出指标", 2, 1), c("数量指标"), c("开展营商环境专题培训"), c("≥50人次"), c("12.5万元")),
                List.of(c("质量指标"), c("清单梳理完成率"), c("=100%"), c("")),
                List.of(c("效益指标"), c("社会效益指标"), c("营商环境评价"), c("优良"), c("2023年12月底前"))),
                true, 2, true);
        return new DocSpec("指标表", "测试", List.of(
                new Paragraph("项目绩效目标表", 1, true),
                Paragraph.body("为深入贯彻落实政务服务标准化规范化便利化的要求，结合本区实际，制定本表。"),
                table,
                Paragraph.body("以上指标由项目实施单位负责完成，资金合计38.20万元。")),
                PageFurniture.NONE);
    }

    @BeforeAll
    static void render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(spec(), out);
        digital = dir.resolve("digital.pdf");
        Files.write(digital, out.toByteArray());
    }

    @Test
    void tableOfAScannedPdfEqualsItsBornDigitalTwinCellForCell() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        SKEWED.scan(digital, scan);
        Document born = new PdfReader(OcrMode.OFF, new PageOcr(new OcrCache(null))).read(digital, "application/pdf");
        assertThat(new PdfReader(OcrMode.OFF, new PageOcr(new OcrCache(null))).read(scan, "application/pdf").isEmpty())
                .as("the scan has no text layer").isTrue();
        Document scanned = new PdfReader(OcrMode.AUTO, new PageOcr(new OcrCache(dir.resolve("cache")))).read(scan, "application/pdf");
        assertThat(born.tables()).hasSize(1);
        assertThat(scanned.tables()).hasSize(1);
        assertThat(cells(scanned.tables().get(0))).containsExactlyElementsOf(cells(born.tables().get(0)));
        // paragraphs: equal, except that a full stop ending a full-width line may be missed by
        // the detector (a known limitation, docs/ocr.md); nothing else may differ
        assertThat(scanned.paragraphs()).extracting(p -> withoutFinalStop(p.text()))
                .containsExactlyElementsOf(born.paragraphs().stream().map(p -> withoutFinalStop(p.text())).toList());
    }

    @Test
    void mixedPdfOcrsOnlyItsScannedPage() throws Exception {
        Path scan = dir.resolve("mixed-scan.pdf");
        new ScanRenderer(200f, 0, 0, 1L).scan(digital, scan);
        Path mixed = dir.resolve("mixed.pdf");
        try (PDDocument a = Loader.loadPDF(digital.toFile()); PDDocument b = Loader.loadPDF(scan.toFile())) {
            new PDFMergerUtility().appendDocument(a, b);
            a.save(mixed.toFile());
        }
        Path cache = dir.resolve("mixed-cache");
        Document doc = new PdfReader(OcrMode.AUTO, new PageOcr(new OcrCache(cache))).read(mixed, "application/pdf");
        assertThat(cacheEntries(cache)).as("pages recognised").hasSize(1);
        assertThat(doc.tables()).hasSize(2);
        assertThat(doc.tables().get(1).rows()).allSatisfy(r -> assertThat(r.page()).isEqualTo(2));
        assertThat(cells(doc.tables().get(1))).containsExactlyElementsOf(cells(doc.tables().get(0)));
        // FORCE recognises the born-digital page as well; the scanned one comes from the cache
        List<Path> before = cacheEntries(cache);
        long stamp = Files.getLastModifiedTime(before.get(0)).toMillis();
        new PdfReader(OcrMode.FORCE, new PageOcr(new OcrCache(cache))).read(mixed, "application/pdf");
        assertThat(cacheEntries(cache)).hasSize(2).containsAll(before);
        assertThat(Files.getLastModifiedTime(before.get(0)).toMillis()).isEqualTo(stamp);
    }

    private static List<Path> cacheEntries(Path cache) throws java.io.IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (var files = Files.walk(cache)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void multiPageTiffAndPngAreReadAsScansDetectedFromContent() throws Exception {
        BufferedImage page = SKEWED.page(digital, 0);
        Path tiff = dir.resolve("pages.dat");
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            ImageWriter w = jdkTiffWriter();
            w.setOutput(out);
            w.prepareWriteSequence(null);
            w.writeToSequence(new IIOImage(page, null, null), null);
            w.writeToSequence(new IIOImage(page, null, null), null);
            w.endWriteSequence();
            w.dispose();
        }
        System.setProperty(OcrSettings.CACHE_PROPERTY, dir.resolve("image-cache").toString());
        try {
            ReadOutcome o = new TikaFileReader().read(tiff);
            assertThat(o.mediaType()).isEqualTo("image/tiff");
            Document doc = ((ReadOutcome.Read) o).document();
            assertThat(doc.metadata().pageCount()).isEqualTo(2);
            assertThat(doc.tables()).hasSize(2);
            assertThat(doc.tables().get(1).rows()).allSatisfy(r -> assertThat(r.page()).isEqualTo(2));
            Document born = new PdfReader(OcrMode.OFF, new PageOcr(new OcrCache(null))).read(digital, "application/pdf");
            assertThat(cells(doc.tables().get(0))).containsExactlyElementsOf(cells(born.tables().get(0)));

            Path png = dir.resolve("page.bin");
            ImageIO.write(page, "png", png.toFile());
            ReadOutcome p = new TikaFileReader().read(png);
            assertThat(p.mediaType()).isEqualTo("image/png");
            assertThat(((ReadOutcome.Read) p).document().plainText()).contains("项目绩效目标表").contains("38.20万元");
        } finally {
            System.clearProperty(OcrSettings.CACHE_PROPERTY);
        }
    }

    /**
     * The JDK's own (lossless) TIFF writer: libraries loaded by earlier tests in the same JVM (Tika,
     * PDFBox) register other TIFF writers with ImageIO, and the first one found is not always the
     * JDK's, nor lossless by default.
     */
    private static ImageWriter jdkTiffWriter() {
        java.util.Iterator<ImageWriter> all = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter first = null;
        while (all.hasNext()) {
            ImageWriter w = all.next();
            if (w.getClass().getName().startsWith("com.sun.imageio.plugins.tiff.")) {
                return w;
            }
            first = first == null ? w : first;
        }
        return first;
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith("。") ? text.substring(0, text.length() - 1) : text;
    }

    static List<String> cells(Table t) {
        List<String> out = new ArrayList<>();
        for (Row r : t.rows()) {
            for (org.govdoc.model.Cell c : r.cells()) {
                out.add(c.row() + "," + c.column() + " " + c.rowSpan() + "x" + c.colSpan() + ": " + c.text());
            }
        }
        return out;
    }

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
}
