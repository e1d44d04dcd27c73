package org.govdoc.read.ocr;

import java.util.Arrays;
import java.util.List;

/**
 * How tall the Chinese characters of each recognised line stand in the page image. The detector's
 * box of a line grows with its tallest glyph: brackets, quotes and 《》 reach above and below the
 * Chinese characters, so a line of body text with "（市财政局）" in it gets a box some 15 % taller
 * than the line above it, and the layout layer would take that for a change of type size (a new
 * paragraph, a heading). The ink of the Han characters alone (brackets, digits and punctuation left
 * out) measures the type size the same way on every line.
 */
final class GlyphHeights {

    static final int DARK = 150;
    /** Half the width of the band searched around a character's centre, in box heights. */
    private static final float HALF_BAND = 0.22f;
    /** A character whose ink is flatter than this share of the box (一, a dash) says nothing. */
    private static final float MIN_SHARE = 0.3f;
    /** A row dark over this share of the whole line box is a ruling line crossing it, not ink. */
    private static final float RULE_SHARE = 0.85f;
    /** How far beyond its box, in box heights, the ink of a line's characters is followed. */
    private static final float REACH = 0.25f;

    private GlyphHeights() {
    }

    /**
     * For each line, the ink height in pixels of its Han characters (the median of the
     * characters' heights; flat ones such as 一 left out), or NaN when the line has no Han
     * character with its position (vertical and turned lines have none).
     */
    static float[] of(GrayImage image, List<OcrLine> lines) {
        float[] out = new float[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            out[i] = lineHeight(image, lines.get(i));
        }
        return out;
    }

    /** How many Han characters a line has (with positions). */
    static int hanCount(OcrLine line) {
        int n = 0;
        for (OcrLine.OcrChar c : line.chars()) {
            if (isHan(c.text())) {
                n++;
            }
        }
        return n;
    }

    private static float lineHeight(GrayImage image, OcrLine line) {
        int y0 = Math.max(0, Math.round(line.y()));
        int y1 = Math.min(image.height(), Math.round(line.y() + line.height()));
        int bx0 = Math.max(0, Math.round(line.x()));
        int bx1 = Math.min(image.width(), Math.round(line.x() + line.width()));
        if (y1 - y0 < 3 || bx1 - bx0 < 1) {
            return Float.NaN;
        }
        boolean[] rule = ruleRows(image, y0, y1, bx0, bx1);
        float half = HALF_BAND * line.height();
        float[] heights = new float[line.chars().size()];
        int n = 0;
        for (OcrLine.OcrChar c : line.chars()) {
            if (!isHan(c.text())) {
                continue;
            }
            int x0 = Math.max(bx0, Math.round(c.centerX() - half));
            int x1 = Math.min(bx1, Math.round(c.centerX() + half) + 1);
            int top = -1;
            int bottom = -1;
            for (int y = y0; y < y1; y++) {
                if (rule[y - y0]) {
                    continue;
                }
                for (int x = x0; x < x1; x++) {
                    if (image.at(x, y) < DARK) {
                        if (top < 0) {
                            top = y;
                        }
                        bottom = y;
                        break;
                    }
                }
            }
            if (top >= 0) {
                // a tight box can cut the glyphs: where the ink reaches its edge, follow it a little beyond
                int reach = Math.round(REACH * line.height());
                if (top == y0) {
                    while (top > Math.max(0, y0 - reach) && darkIn(image, top - 1, x0, x1)) {
                        top--;
                    }
                }
                if (bottom == y1 - 1) {
                    while (bottom < Math.min(image.height() - 1, y1 - 1 + reach) && darkIn(image, bottom + 1, x0, x1)) {
                        bottom++;
                    }
                }
            }
            if (top >= 0 && bottom - top + 1 >= MIN_SHARE * line.height()) {
                heights[n++] = bottom - top + 1;
            }
        }
        if (n == 0) {
            return Float.NaN;
        }
        Arrays.sort(heights, 0, n);
        return heights[n / 2];
    }

    private static boolean darkIn(GrayImage image, int y, int x0, int x1) {
        for (int x = x0; x < x1; x++) {
            if (image.at(x, y) < DARK) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] ruleRows(GrayImage image, int y0, int y1, int x0, int x1) {
        boolean[] rule = new boolean[y1 - y0];
        for (int y = y0; y < y1; y++) {
            int dark = 0;
            for (int x = x0; x < x1; x++) {
                if (image.at(x, y) < DARK) {
                    dark++;
                }
            }
            rule[y - y0] = dark >= RULE_SHARE * (x1 - x0);
        }
        return rule;
    }

    static boolean isHan(String ch) {
        return !ch.isEmpty() && Character.UnicodeScript.of(ch.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
