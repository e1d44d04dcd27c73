package org.govdoc.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.govdoc.layout.PageContent;
import org.govdoc.layout.TextBox;
import org.govdoc.read.ocr.GrayImage;
import org.govdoc.read.ocr.OcrMode;
import org.govdoc.read.ocr.PageOcr;
import org.govdoc.read.ocr.ScannedPage;

/**
 * Swaps the pages of a PDF that have no usable text layer for their OCR: a page with an image
 * and fewer than {@value #MIN_CHARACTERS} mapped characters, or whose glyphs are mostly unmapped
 * (private-use or replacement characters), is rendered at {@link PageOcr#RENDER_DPI} dpi in grey
 * and read from its image; the other pages keep their text layer, so a mixed PDF only OCRs its
 * scanned pages. One page image is in memory at a time.
 */
final class ScannedPages {

    static final int MIN_CHARACTERS = 20;

    /** What reading the document's pages found: the pages and those read by OCR. */
    record Result(List<PageContent> pages, List<ScannedPage> scanned) {
    }

    private final OcrMode mode;
    private final PageOcr ocr;

    ScannedPages(OcrMode mode, PageOcr ocr) {
        this.mode = mode;
        this.ocr = ocr;
    }

    Result apply(PDDocument doc, List<PageContent> pages) throws IOException {
        if (mode == OcrMode.OFF) {
            return new Result(pages, List.of());
        }
        List<PageContent> out = new ArrayList<>(pages);
        List<ScannedPage> scanned = new ArrayList<>();
        PDFRenderer renderer = null;
        for (int i = 0; i < out.size() && i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            if (mode == OcrMode.AUTO && (hasUsableText(out.get(i)) || !hasImage(page.getResources(), 0))) {
                continue;
            }
            if (renderer == null) {
                renderer = new PDFRenderer(doc);
            }
            GrayImage image = GrayImage.of(renderer.renderImageWithDPI(i, PageOcr.RENDER_DPI, ImageType.GRAY));
            ScannedPage page1 = ocr.read(image, out.get(i).number(), PageOcr.RENDER_DPI);
            scanned.add(page1);
            out.set(i, page1.content());
        }
        return new Result(out, scanned);
    }

    /** Enough mapped characters, and not mostly unmapped ones. */
    static boolean hasUsableText(PageContent page) {
        int mapped = 0;
        int unmapped = 0;
        for (TextBox b : page.boxes()) {
            String t = b.text();
            for (int k = 0; k < t.length(); ) {
                int cp = t.codePointAt(k);
                k += Character.charCount(cp);
                if (Character.isWhitespace(cp)) {
                    continue;
                }
                if (cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE || Character.isISOControl(cp)) {
                    unmapped++;
                } else {
                    mapped++;
                }
            }
        }
        return mapped >= MIN_CHARACTERS && unmapped <= mapped;
    }

    private static boolean hasImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 3) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                return true;
            }
            if (x instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
