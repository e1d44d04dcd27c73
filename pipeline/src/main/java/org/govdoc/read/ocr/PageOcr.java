package org.govdoc.read.ocr;

import ai.onnxruntime.OrtException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govdoc.layout.PageContent;
import org.govdoc.layout.Rule;

/**
 * Reads one page image into the layout layer's {@link PageContent}: the skew is measured and
 * corrected, the text lines are recognised (or taken from the {@link OcrCache}, when the entry was
 * made at the same skew), ruling lines are found in the straightened image, and everything is
 * scaled from pixels to points.
 */
public final class PageOcr {

    /** Resolution scanned PDF pages are rendered at. */
    public static final float RENDER_DPI = 200f;

    private final OcrCache cache;

    public PageOcr(OcrCache cache) {
        this.cache = cache;
    }

    /**
     * @param image  the page image
     * @param number 1-based page number
     * @param dpi    its resolution, for the conversion to points
     */
    public ScannedPage read(GrayImage image, int number, float dpi) throws IOException {
        return read(image, number, dpi, new OcrStageTimes());
    }

    /** {@link #read(GrayImage, int, float)}, the time of each stage added to {@code times}. */
    public ScannedPage read(GrayImage image, int number, float dpi, OcrStageTimes times) throws IOException {
        String key = OcrCache.key(image);
        long t0 = System.nanoTime();
        double skew = Deskew.angle(image);
        Optional<OcrCache.Entry> hit = cache.get(key, skew);
        GrayImage straight = Deskew.straighten(image, skew);
        times.add(OcrStageTimes.Stage.DESKEW, System.nanoTime() - t0);
        List<OcrLine> lines;
        if (hit.isPresent()) {
            lines = hit.get().lines();
        } else {
            try {
                lines = OcrEngine.shared().read(straight, times);
            } catch (OrtException e) {
                throw new IOException("OCR failed on page " + number + ": " + e.getMessage(), e);
            }
            cache.put(key, new OcrCache.Entry(skew, lines));
        }
        long t1 = System.nanoTime();
        float k = 72f / dpi;
        List<Rule> rules = new ArrayList<>();
        for (float[] r : RuleFinder.find(straight, dpi)) {
            rules.add(new Rule(r[0] * k, r[1] * k, r[2] * k, r[3] * k));
        }
        PageContent content = new PageContent(number, image.width() * k, image.height() * k,
                OcrBoxes.of(lines, GlyphHeights.of(straight, lines), k), rules);
        times.add(OcrStageTimes.Stage.LAYOUT, System.nanoTime() - t1);
        return new ScannedPage(content, lines, skew, hit.isPresent());
    }
}
