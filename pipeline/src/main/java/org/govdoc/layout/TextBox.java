package org.govdoc.layout;

import java.util.Objects;

/**
 * A positioned run of text on a page: one glyph (PDF), one word (OCR) or a short run. Coordinates
 * are in points in the page as seen (rotation already applied), origin top-left, y growing down.
 *
 * @param text     the run's text; a blank run (a space glyph) only marks a word space
 * @param x        left edge
 * @param top      top edge
 * @param width    advance width of the run
 * @param height   height of the line box the run occupies (about its font size)
 * @param fontSize font size in points
 * @param bold     drawn in a bold or heavy face, when known
 * @param charConfidences for a run read by OCR, the recogniser's probability of each {@code char}
 *                 of {@code text} (0..1); null for text that was not recognised (PDF glyphs, OFD)
 */
public record TextBox(String text, float x, float top, float width, float height, float fontSize, boolean bold,
                      float[] charConfidences) {

    public TextBox {
        Objects.requireNonNull(text, "text");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size: " + width + "x" + height);
        }
        if (charConfidences != null && charConfidences.length != text.length()) {
            throw new IllegalArgumentException("one confidence per char: " + charConfidences.length + " for " + text.length());
        }
    }

    /** A run that was not read by OCR. */
    public TextBox(String text, float x, float top, float width, float height, float fontSize, boolean bold) {
        this(text, x, top, width, height, fontSize, bold, null);
    }

    /** True when the run was read by OCR. */
    public boolean readByOcr() {
        return charConfidences != null;
    }

    public float right() {
        return x + width;
    }

    public float bottom() {
        return top + height;
    }

    public float centerX() {
        return x + width / 2;
    }

    public float centerY() {
        return top + height / 2;
    }
}
