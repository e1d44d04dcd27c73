package org.govdoc.read.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.govdoc.layout.TextBox;

/**
 * OCR lines as the layout layer's text boxes, in points: each line is cut into runs where its
 * characters stand apart by more than a character's width (two table cells read as one line, a
 * label and its value), so that table finders can put each run in its column; a run's characters
 * keep the recogniser's spacing (no spaces guessed between digits of one number). The type size of
 * a line comes from the ink of its Han characters where {@link GlyphHeights} measured it.
 */
final class OcrBoxes {

    /** Gap beyond the expected pitch, in ems, that splits a line into runs. */
    static final float SPLIT_EMS = 1.0f;

    private OcrBoxes() {
    }

    static List<TextBox> of(List<OcrLine> lines, float pointsPerPixel) {
        float[] none = new float[lines.size()];
        Arrays.fill(none, Float.NaN);
        return of(lines, none, pointsPerPixel);
    }

    /**
     * As {@link #of(List, float)}, the type size of each line taken from the ink height of its
     * Han characters ({@link GlyphHeights}, NaN where unknown) rather than from its box, which
     * brackets and quotes make taller: the box height a line of plain Chinese with that ink would
     * have on this page (the page's usual ratio of box height to ink height, from its lines of
     * {@value #MIN_HAN_FOR_RATIO} or more measured characters).
     */
    static List<TextBox> of(List<OcrLine> lines, float[] glyphHeights, float pointsPerPixel) {
        float ratio = boxToInkRatio(lines, glyphHeights);
        List<TextBox> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            OcrLine line = lines.get(n);
            float em = line.height();
            float typeHeight = Float.isNaN(ratio) || Float.isNaN(glyphHeights[n]) ? line.height() : ratio * glyphHeights[n];
            List<OcrLine.OcrChar> chars = line.chars();
            if (chars.isEmpty()) {
                if (isStrayMark(line.text().strip())) {
                    continue;
                }
                String t = line.text().strip();
                float[] cc = new float[t.length()];
                Arrays.fill(cc, line.confidence());
                out.add(box(t, cc, line.x(), line.x() + line.width(), line, typeHeight, pointsPerPixel));
                continue;
            }
            int start = 0;
            for (int i = 1; i <= chars.size(); i++) {
                boolean end = i == chars.size();
                if (!end) {
                    OcrLine.OcrChar a = chars.get(i - 1);
                    OcrLine.OcrChar b = chars.get(i);
                    float pitch = (width(a.text(), em) + width(b.text(), em)) / 2;
                    end = b.centerX() - a.centerX() - pitch > SPLIT_EMS * em;
                }
                if (end) {
                    StringBuilder text = new StringBuilder();
                    for (int k = start; k < i; k++) {
                        text.append(chars.get(k).text());
                    }
                    OcrLine.OcrChar first = chars.get(start);
                    OcrLine.OcrChar last = chars.get(i - 1);
                    float left = Math.max(line.x(), first.centerX() - width(first.text(), em) / 2);
                    float right = Math.min(line.x() + line.width(), last.centerX() + width(last.text(), em) / 2);
                    String t = text.toString().strip();
                    if (!t.isEmpty() && !isStrayMark(t)) {
                        out.add(box(t, confidences(chars.subList(start, i), text.toString()), left,
                                Math.max(right, left + 1), line, typeHeight, pointsPerPixel));
                    }
                    start = i;
                }
            }
        }
        return out;
    }

    /**
     * A lone mark standing apart from any text that scanner speckle or a stroke of a ruling line
     * is read as: a dot, comma, quote, colon, dash, underscore, bar. A lone sign that means
     * something in a table cell (a "%" unit, "*", "#", "/") is kept, and so is Chinese punctuation
     * (a 。 the detector boxed on its own at a line's end).
     */
    static boolean isStrayMark(String run) {
        return run.codePointCount(0, run.length()) == 1 && SPECKLE.indexOf(run.charAt(0)) >= 0;
    }

    /** What speckle and line fragments are read as. */
    private static final String SPECKLE = ".,'`\":;-_~^|!";

    /** Expected width of a character: an em for Chinese and full-width forms, about half for the rest. */
    static float width(String ch, float em) {
        if (ch.isEmpty()) {
            return 0;
        }
        int cp = ch.codePointAt(0);
        return cp >= 0x2E80 ? em : 0.55f * em;
    }

    /** Share of the detector's box height the glyphs take (the rest is the unclip margin). */
    static final float GLYPH_HEIGHT = 0.75f;

    /**
     * The probability of each char of the run's stripped text: every char of a recognised
     * character has that character's probability.
     */
    static float[] confidences(List<OcrLine.OcrChar> chars, String text) {
        float[] all = new float[text.length()];
        int at = 0;
        for (OcrLine.OcrChar c : chars) {
            for (int j = 0; j < c.text().length() && at < all.length; j++) {
                all[at++] = c.confidence();
            }
        }
        int lead = text.length() - text.stripLeading().length();
        int kept = text.strip().length();
        return Arrays.copyOfRange(all, lead, lead + kept);
    }

    /** Lines with fewer measured Han characters do not set the page's box-to-ink ratio. */
    static final int MIN_HAN_FOR_RATIO = 4;

    /** The median ratio of box height to Han ink height over the page's longer lines, or NaN. */
    static float boxToInkRatio(List<OcrLine> lines, float[] glyphHeights) {
        float[] r = new float[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!Float.isNaN(glyphHeights[i]) && glyphHeights[i] > 0 && GlyphHeights.hanCount(lines.get(i)) >= MIN_HAN_FOR_RATIO) {
                r[n++] = lines.get(i).height() / glyphHeights[i];
            }
        }
        if (n == 0) {
            return Float.NaN;
        }
        Arrays.sort(r, 0, n);
        return r[n / 2];
    }

    private static TextBox box(String text, float[] charConfidences, float left, float right, OcrLine line,
            float typeHeight, float k) {
        // the detector's box is the glyphs grown by the unclip margin on every side; the layout
        // layer groups boxes into lines by vertical overlap, so two close lines of one table
        // cell must not overlap: the box keeps the middle three quarters
        float height = line.height() * GLYPH_HEIGHT;
        float top = line.y() + (line.height() - height) / 2;
        // font size: about 0.85 of the detector's box of plain Chinese, as the line pitch of
        // born-digital twins shows
        return new TextBox(text, left * k, top * k, (right - left) * k, height * k, typeHeight * 0.85f * k, false,
                charConfidences);
    }
}
