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
import org.govdoc.read.Failures;
import org.govdoc.read.MetadataValues;
import org.govdoc.read.ReadContext;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.ocr.OcrCache;
import org.govdoc.read.ocr.OcrMode;
import org.govdoc.read.ocr.PageOcr;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.WarningCode;
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

    /** The layout step: the pages' blocks into the document being built ({@link LayoutAnalyzer#analyze(List, DocumentBuilder)}). */
    @FunctionalInterface
    public interface Layout {
        void analyze(List<PageContent> pages, DocumentBuilder out);
    }

    private final ScannedPages scans;
    private final Layout layout;

    /** A reader that OCRs pages as {@link OcrMode#fromSystemProperty()} says, caching as {@link OcrCache#fromSystemProperty()}. */
    public PdfReader() {
        this(OcrMode.fromSystemProperty(), new PageOcr(OcrCache.fromSystemProperty()));
    }

    public PdfReader(OcrMode ocrMode, PageOcr ocr) {
        this(ocrMode, ocr, new LayoutAnalyzer()::analyze);
    }

    /** A reader with another layout step (a test's failing one). */
    public PdfReader(OcrMode ocrMode, PageOcr ocr, Layout layout) {
        this.scans = new ScannedPages(ocrMode, ocr);
        this.layout = layout;
    }

    @Override
    public Document read(Path file, String mediaType, ReadContext context) throws ReadFailure, IOException {
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
            return read(doc, mediaType == null ? "application/pdf" : mediaType, context);
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(ErrorCode.CORRUPT, "the PDF's content cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads an open document (the caller closes it), not keeping what the reading recovered from (tools). */
    public Document read(PDDocument doc, String mediaType) throws IOException {
        return read(doc, mediaType, new ReadContext());
    }

    /**
     * Reads an open document (the caller closes it). When the layout analysis fails, the text is
     * read line by line (PDFBox's text stripper, a paragraph per line, no tables) and the context
     * gets the warning {@code reader_fallback}.
     */
    public Document read(PDDocument doc, String mediaType, ReadContext context) throws IOException {
        ScannedPages.Result read = scans.apply(doc, new PdfPageCollector().collect(doc));
        List<PageContent> pages = read.pages();
        DocumentBuilder out = new DocumentBuilder(context);
        try {
            layout.analyze(pages, out);
        } catch (RuntimeException e) {
            // a layout bug must not lose the text: fall back to one paragraph per line
            String detail = Failures.detail(e);
            LOG.warn("layout analysis failed, reading the PDF line by line: {}", detail);
            context.warn(WarningCode.READER_FALLBACK, "PDF 的版面分析失败（" + detail
                    + "），已改为逐行读取：正文保留，每行一段，表格按行读作段落", null);
            out = plainLines(doc, new DocumentBuilder(context));
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

    private static DocumentBuilder plainLines(PDDocument doc, DocumentBuilder out) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        for (int p = 1; p <= doc.getNumberOfPages() && !out.full(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            for (String line : stripper.getText(doc).split("\\R")) {
                out.paragraph(ChineseText.removeSpacesInsideCjk(line).strip(), p);
            }
        }
        return out;
    }
}
