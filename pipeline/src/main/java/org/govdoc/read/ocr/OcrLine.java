package org.govdoc.read.ocr;

import java.util.List;
import java.util.Objects;

/**
 * One recognised text line of a page image, in pixels of that image.
 *
 * @param text       the recognised text
 * @param x          left edge of the line box
 * @param y          top edge
 * @param width      box width
 * @param height     box height
 * @param confidence mean probability of the recognised characters (0..1)
 * @param chars      the characters with their horizontal position, in reading order
 */
public record OcrLine(String text, float x, float y, float width, float height, float confidence,
                      List<OcrChar> chars) {

    public OcrLine {
        Objects.requireNonNull(text, "text");
        chars = List.copyOf(chars);
    }

    /**
     * One recognised character: its horizontal centre in the page image (from the CTC time step
     * that emitted it) and the probability of that step.
     */
    public record OcrChar(String text, float centerX, float confidence) {
    }
}
