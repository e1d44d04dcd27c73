package org.govdoc.read.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govdoc.layout.LayoutAnalyzer;
import org.govdoc.layout.PageContent;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.MetadataValues;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.ocr.OcrCache;
import org.govdoc.read.ocr.OcrMode;
import org.govdoc.read.ocr.PageOcr;
import org.govdoc.record.ErrorCode;
import org.govdoc.text.ChineseText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads born-digital PDFs into paragraphs and real tables: PDFBox collects glyphs and ruling
 * lines ({@link PdfPageCollector}), the format-agnostic {@link LayoutAnalyzer} does the rest.
 * A PDF that needs a user password fails with {@link ErrorCode#ENCRYPTED}; one PDFBox cannot
 * parse with {@link ErrorCode#CORRUPT}. Pages without a usable text layer (scans) are read by OCR
 * ({@link ScannedPages}) unless OCR is off, and go through the same layout analysis.
 */
public final class PdfReader implements DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(PdfReader.class);

    private final ScannedPages scans;

    /** A reader that OCRs pages as {@link OcrMode#fromSystemProperty()} says, caching as {@link OcrCache#fromSystemProperty()}. */
    public PdfReader() {
        this(OcrMode.fromSystemProperty(), new PageOcr(OcrCache.fromSystemProperty()));
    }

    public PdfReader(OcrMode ocrMode, PageOcr ocr) {
        this.scans = new ScannedPages(ocrMode, ocr);
    }

    @Override
    public Document read(Path file, String mediaType) throws ReadFailure, IOException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new ReadFailure(ErrorCode.ENCRYPTED, "the PDF is encrypted with a user password", e);
        } catch (IOException e) {
            if (!file.toFile().canRead()) {
                throw e;
            }
            throw new ReadFailure(ErrorCode.CORRUPT, "not a readable PDF: " + e.getMessage(), e);
        }
        try (doc) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new ReadFailure(ErrorCode.ENCRYPTED, "the PDF is encrypted and does not allow its text to be extracted");
            }
            return read(doc, mediaType == null ? "application/pdf" : mediaType);
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(ErrorCode.CORRUPT, "the PDF's content cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads an open document (the caller closes it). */
    public Document read(PDDocument doc, String mediaType) throws IOException {
        ScannedPages.Result read = scans.apply(doc, new PdfPageCollector().collect(doc));
        List<PageContent> pages = read.pages();
        DocumentBuilder out = new DocumentBuilder();
        try {
            new LayoutAnalyzer().analyze(pages, out);
        } catch (RuntimeException e) {
            // a layout bug must not lose the text: fall back to one paragraph per line
            LOG.warn("layout analysis failed, reading the PDF line by line: {}", e.toString());
            out = plainLines(doc);
        }
        PDDocumentInformation info = doc.getDocumentInformation();
        DocumentMetadata meta = new DocumentMetadata(MetadataValues.text(info.getTitle()), MetadataValues.text(info.getAuthor()),
                MetadataValues.instant(info.getCreationDate()), MetadataValues.instant(info.getModificationDate()),
                doc.getNumberOfPages(), mediaType, read.scanned().size());
        return out.build(meta);
    }

    /** The pages as the layout layer sees them (for tools and benchmarks). */
    public static List<PageContent> pages(PDDocument doc) throws IOException {
        return new PdfPageCollector().collect(doc);
    }

    private static DocumentBuilder plainLines(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        DocumentBuilder out = new DocumentBuilder();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            for (String line : stripper.getText(doc).split("\\R")) {
                out.paragraph(ChineseText.removeSpacesInsideCjk(line).strip(), p);
            }
        }
        return out;
    }
}
