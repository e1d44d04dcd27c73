package org.govdoc.read.ocr;

import java.util.List;
import org.govdoc.layout.PageContent;

/**
 * A page read from its image: what the layout layer gets, and what OCR saw.
 *
 * @param content the page as text boxes and ruling lines, in points
 * @param lines   the recognised lines, in pixels of the straightened image
 * @param skew    degrees the scan was turned (clockwise positive), corrected before reading
 * @param cached  whether the lines came from the OCR cache
 */
public record ScannedPage(PageContent content, List<OcrLine> lines, double skew, boolean cached) {

    public ScannedPage {
        lines = List.copyOf(lines);
    }

    /** Mean confidence of the page's lines (1 when it has none). */
    public double meanConfidence() {
        return lines.stream().mapToDouble(OcrLine::confidence).average().orElse(1);
    }
}
