package org.govdoc.read.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.govdoc.layout.LayoutAnalyzer;
import org.govdoc.layout.PageContent;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.ReadContext;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.ocr.GrayImage;
import org.govdoc.read.ocr.OcrCache;
import org.govdoc.read.ocr.OcrMode;
import org.govdoc.read.ocr.PageOcr;
import org.govdoc.record.ErrorCode;
import org.w3c.dom.NodeList;

/**
 * Reads JPG, PNG and TIFF (every page of a multi-page TIFF) as scanned pages: each page is decoded
 * (one at a time), recognised by OCR and handed as {@link PageContent} to the same
 * {@link LayoutAnalyzer} that reads born-digital PDFs. The resolution comes from the file when
 * it says one, else {@value #DEFAULT_DPI} dpi is assumed; pages far larger than a scan at
 * {@value #WORK_DPI} dpi are scaled down first. Errors: an image with more than
 * {@value #MAX_PIXELS} pixels per page fails as {@code too_large} before it is decoded; one that
 * cannot be decoded (truncated, unknown compression, zero size) as {@code corrupt}; with OCR off,
 * images fail as {@code unsupported_type}.
 */
public final class ScanImageReader implements DocumentReader {

    static final float DEFAULT_DPI = 200f;
    static final float WORK_DPI = 300f;
    /** About an A0 sheet at 200 dpi: larger pages are not scans of documents. */
    static final long MAX_PIXELS = 80_000_000L;
    /** Longest side a page is recognised at (an A4 at 300 dpi). */
    static final int MAX_SIDE = 3508;

    private final OcrMode mode;
    private final PageOcr ocr;

    public ScanImageReader() {
        this(OcrMode.fromSystemProperty(), new PageOcr(OcrCache.fromSystemProperty()));
    }

    public ScanImageReader(OcrMode mode, PageOcr ocr) {
        this.mode = mode;
        this.ocr = ocr;
    }

    @Override
    public Document read(Path file, String mediaType, ReadContext context) throws ReadFailure, IOException {
        if (mode == OcrMode.OFF) {
            throw new ReadFailure(ErrorCode.UNSUPPORTED_TYPE, "The file is an image (" + mediaType
                    + ") and OCR is off (--ocr off); it was not read.");
        }
        List<PageContent> pages = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open " + file);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ReadFailure(ErrorCode.CORRUPT, "The image (" + mediaType + ") cannot be decoded: no decoder for its format.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int count = pageCount(reader);
                for (int i = 0; i < count; i++) {
                    pages.add(readPage(reader, i));
                }
            } finally {
                reader.dispose();
            }
        } catch (ReadFailure e) {
            throw e;
        } catch (IIOException | IndexOutOfBoundsException | IllegalArgumentException | IllegalStateException e) {
            throw new ReadFailure(ErrorCode.CORRUPT, "The image (" + mediaType + ") cannot be decoded: " + e.getMessage(), e);
        } catch (IOException e) {
            if (!file.toFile().canRead()) {
                throw e;
            }
            throw new ReadFailure(ErrorCode.CORRUPT, "The image (" + mediaType + ") cannot be decoded: " + e.getMessage(), e);
        }
        DocumentBuilder out = new DocumentBuilder(context);
        new LayoutAnalyzer().analyze(pages, out);
        return out.build(new DocumentMetadata(null, null, null, null, pages.size(), mediaType, pages.size()));
    }

    private static int pageCount(ImageReader reader) throws IOException, ReadFailure {
        int n = reader.getNumImages(true);
        if (n < 1) {
            throw new ReadFailure(ErrorCode.CORRUPT, "The image file holds no image.");
        }
        return n;
    }

    private PageContent readPage(ImageReader reader, int index) throws IOException, ReadFailure {
        int w = reader.getWidth(index);
        int h = reader.getHeight(index);
        if (w < 1 || h < 1) {
            throw new ReadFailure(ErrorCode.CORRUPT, "Page " + (index + 1) + " of the image has no pixels (" + w + "x" + h + ").");
        }
        if ((long) w * h > MAX_PIXELS) {
            throw new ReadFailure(ErrorCode.TOO_LARGE, "Page " + (index + 1) + " of the image is " + w + "x" + h
                    + " pixels, more than the " + MAX_PIXELS / 1_000_000 + " million a scanned page may have; it was not read.");
        }
        float dpi = resolution(reader, index);
        BufferedImage decoded = reader.read(index);
        GrayImage image = GrayImage.of(decoded);
        decoded = null; // one page in memory: the grey copy is what OCR needs
        int side = Math.max(image.width(), image.height());
        if (side > MAX_SIDE) {
            float s = (float) MAX_SIDE / side;
            image = image.resize(Math.max(1, Math.round(image.width() * s)), Math.max(1, Math.round(image.height() * s)));
            dpi *= s;
        }
        return ocr.read(image, index + 1, dpi).content();
    }

    /** Dots per inch from the image's standard metadata, or the default. */
    private static float resolution(ImageReader reader, int index) {
        try {
            IIOMetadata meta = reader.getImageMetadata(index);
            if (meta == null || !meta.isStandardMetadataFormatSupported()) {
                return DEFAULT_DPI;
            }
            IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_1.0");
            NodeList nodes = root.getElementsByTagName("HorizontalPixelSize");
            if (nodes.getLength() == 0) {
                return DEFAULT_DPI;
            }
            float mmPerPixel = Float.parseFloat(((IIOMetadataNode) nodes.item(0)).getAttribute("value"));
            float dpi = 25.4f / mmPerPixel;
            return dpi >= 50 && dpi <= 1200 ? dpi : DEFAULT_DPI;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_DPI;
        }
    }
}
