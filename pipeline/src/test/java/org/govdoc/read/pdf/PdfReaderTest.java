package org.govdoc.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.govdoc.corpus.render.PdfRenderer;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.model.Document;
import org.govdoc.read.ReadFailure;
import org.govdoc.record.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest {

    @TempDir
    Path dir;

    private byte[] sample() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(new DocSpec("工作方案", "区政务服务局", List.of(
                SpecBlock.Paragraph.body("现将工作方案印发给你们，请认真贯彻落实。")), PageFurniture.NONE), out);
        return out.toByteArray();
    }

    @Test
    void readsMetadataFromTheInfoDictionary() throws Exception {
        Path file = Files.write(dir.resolve("a.pdf"), sample());
        Document doc = new PdfReader().read(file, "application/pdf");
        assertThat(doc.metadata().title()).isEqualTo("工作方案");
        assertThat(doc.metadata().author()).isEqualTo("区政务服务局");
        assertThat(doc.metadata().pageCount()).isEqualTo(1);
        assertThat(doc.metadata().created()).isNotNull();
        assertThat(doc.metadata().mediaType()).isEqualTo("application/pdf");
        assertThat(doc.paragraphs()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("现将工作方案印发给你们，请认真贯彻落实。");
            assertThat(p.location().page()).isEqualTo(1);
        });
    }

    @Test
    void aUserPasswordMeansEncrypted() throws Exception {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = Loader.loadPDF(sample())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        assertThatThrownBy(() -> new PdfReader().read(file, "application/pdf"))
                .isInstanceOfSatisfying(ReadFailure.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ENCRYPTED));
    }

    @Test
    void anOwnerPasswordAloneStillReads() throws Exception {
        Path file = dir.resolve("owner-only.pdf");
        try (PDDocument doc = Loader.loadPDF(sample())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        assertThat(new PdfReader().read(file, "application/pdf").plainText()).contains("请认真贯彻落实");
    }

    @Test
    void garbageAndTruncatedFilesAreCorrupt() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.pdf"), "%PDF-1.7\nthis is not a pdf at all");
        assertThatThrownBy(() -> new PdfReader().read(garbage, "application/pdf"))
                .isInstanceOfSatisfying(ReadFailure.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT));
        byte[] whole = sample();
        Path truncated = Files.write(dir.resolve("truncated.pdf"), java.util.Arrays.copyOf(whole, whole.length / 3));
        try {
            Document doc = new PdfReader().read(truncated, "application/pdf");
            // PDFBox may repair a truncated file; then it must still be a document, not a crash
            assertThat(doc.metadata().pageCount()).isNotNull();
        } catch (ReadFailure e) {
            assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT);
        }
    }

    @Test
    void aPageTurnedBy270DegreesReadsAlongItsText() throws Exception {
        Path file = dir.resolve("rot270.pdf");
        try (PDDocument doc = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            page.setRotation(270);
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.font.PDType0Font font;
            try (java.io.InputStream in = PdfRenderer.class.getResourceAsStream("/org/govdoc/corpus/fonts/WenQuanYiMicroHei-GB2312.ttf")) {
                font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, in, true);
            }
            float h = page.getMediaBox().getHeight();
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                // the landscape view (x right, y up) drawn on the portrait box shown turned 270°
                cs.transform(new org.apache.pdfbox.util.Matrix(0, -1, 1, 0, 0, h));
                String[] lines = {"横向附件第一段文字。", "横向附件第二段文字。"};
                for (int i = 0; i < lines.length; i++) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(96, 500 - 40 * i);
                    cs.showText(lines[i]);
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        Document read = new PdfReader().read(file, "application/pdf");
        assertThat(read.paragraphs()).extracting(org.govdoc.model.Paragraph::text)
                .containsExactly("横向附件第一段文字。", "横向附件第二段文字。");
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            org.govdoc.layout.PageContent page = PdfReader.pages(doc).get(0);
            assertThat(page.width()).isGreaterThan(page.height());
        }
    }
}
