package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.govdoc.model.Box;
import org.govdoc.model.OcrDigits;
import org.govdoc.read.BlockReading;

/**
 * Where a paragraph or a table cell was read and how surely: the region on its page (edges in
 * points, top-left origin) and, for text read by OCR, the lowest character probability and the
 * numbers with theirs. Built from the {@link TextBox}es that made the text, so PDF glyphs, OFD text
 * and OCR runs all get it the same way.
 *
 * @param left       left edge, NaN when unknown
 * @param top        top edge
 * @param right      right edge
 * @param bottom     bottom edge
 * @param confidence lowest character probability of the OCR'd runs, NaN when none was recognised
 * @param ocrDigits  numbers as OCR read them
 */
record BoxReading(float left, float top, float right, float bottom, float confidence, List<OcrDigits> ocrDigits) {

    static final BoxReading NONE = new BoxReading(Float.NaN, Float.NaN, Float.NaN, Float.NaN, Float.NaN, List.of());

    BoxReading {
        ocrDigits = List.copyOf(ocrDigits);
    }

    /** The region the boxes cover, with their OCR confidence. */
    static BoxReading of(Collection<TextBox> boxes) {
        float l = Float.NaN;
        float t = Float.NaN;
        float r = Float.NaN;
        float b = Float.NaN;
        for (TextBox box : boxes) {
            if (box.text().isBlank()) {
                continue;
            }
            l = Float.isNaN(l) ? box.x() : Math.min(l, box.x());
            t = Float.isNaN(t) ? box.top() : Math.min(t, box.top());
            r = Float.isNaN(r) ? box.right() : Math.max(r, box.right());
            b = Float.isNaN(b) ? box.bottom() : Math.max(b, box.bottom());
        }
        return new BoxReading(l, t, r, b, Float.NaN, List.of()).withOcrOf(boxes);
    }

    /** The region of the lines (their boxes), with their OCR confidence. */
    static BoxReading ofLines(Collection<TextLine> lines) {
        List<TextBox> boxes = new ArrayList<>();
        for (TextLine l : lines) {
            boxes.addAll(l.boxes);
        }
        return of(boxes);
    }

    /** A given region (a ruled cell's frame), with the OCR confidence of the boxes inside it. */
    static BoxReading ofFrame(float left, float top, float right, float bottom, Collection<TextBox> boxes) {
        return new BoxReading(left, top, right, bottom, Float.NaN, List.of()).withOcrOf(boxes);
    }

    /** This region, its confidence lowered and its numbers joined by the OCR'd runs among the boxes. */
    BoxReading withOcrOf(Collection<TextBox> boxes) {
        float conf = confidence;
        List<OcrDigits> digits = new ArrayList<>(ocrDigits);
        for (TextBox box : boxes) {
            float[] cc = box.charConfidences();
            if (cc == null || box.text().isBlank()) {
                continue;
            }
            for (int i = 0; i < cc.length; i++) {
                if (!Character.isWhitespace(box.text().charAt(i))) {
                    conf = Float.isNaN(conf) ? cc[i] : Math.min(conf, cc[i]);
                }
            }
            digits.addAll(OcrDigits.of(box.text(), clamped(cc)));
        }
        return new BoxReading(left, top, right, bottom, conf, digits);
    }

    /**
     * The same region with the other reading's confidence and numbers (the rest of a cell or
     * paragraph continued on the next page: the box stays on the first page).
     */
    BoxReading joinedWith(BoxReading more) {
        if (more == null || Float.isNaN(more.confidence)) {
            return this;
        }
        List<OcrDigits> digits = new ArrayList<>(ocrDigits);
        digits.addAll(more.ocrDigits);
        float conf = Float.isNaN(confidence) ? more.confidence : Math.min(confidence, more.confidence);
        return new BoxReading(left, top, right, bottom, conf, digits);
    }

    /** As the document model takes it: a {@link Box} (null when unknown) and the confidence (null when not OCR). */
    BlockReading toBlockReading() {
        Box box = Float.isNaN(left) || Float.isNaN(top) || Float.isNaN(right) || Float.isNaN(bottom)
                || !Float.isFinite(left + top + right + bottom) ? null : Box.ofEdges(left, top, right, bottom);
        Double conf = Float.isNaN(confidence) ? null : (double) Math.max(0f, Math.min(1f, confidence));
        return new BlockReading(box, conf, ocrDigits);
    }

    private static float[] clamped(float[] cc) {
        float[] out = new float[cc.length];
        for (int i = 0; i < cc.length; i++) {
            out[i] = Float.isNaN(cc[i]) ? 0f : Math.max(0f, Math.min(1f, cc[i]));
        }
        return out;
    }
}
