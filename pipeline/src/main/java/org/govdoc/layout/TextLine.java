package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Text boxes that share a baseline, left to right, with the text they spell. */
final class TextLine {

    final List<TextBox> boxes;
    final float x0;
    final float x1;
    final float top;
    final float bottom;
    final float fontSize;
    private String text;

    TextLine(List<TextBox> boxesLeftToRight) {
        this.boxes = List.copyOf(boxesLeftToRight);
        float l = Float.MAX_VALUE;
        float r = -Float.MAX_VALUE;
        float t = Float.MAX_VALUE;
        float b = -Float.MAX_VALUE;
        float[] sizes = new float[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            TextBox box = boxes.get(i);
            l = Math.min(l, box.x());
            r = Math.max(r, box.right());
            t = Math.min(t, box.top());
            b = Math.max(b, box.bottom());
            sizes[i] = box.fontSize();
        }
        Arrays.sort(sizes);
        this.x0 = l;
        this.x1 = r;
        this.top = t;
        this.bottom = b;
        this.fontSize = sizes.length == 0 ? 0 : sizes[sizes.length / 2];
    }

    float height() {
        return bottom - top;
    }

    float centerY() {
        return (top + bottom) / 2;
    }

    boolean isBold() {
        int bold = 0;
        for (TextBox b : boxes) {
            if (b.bold()) {
                bold++;
            }
        }
        return bold * 2 > boxes.size();
    }

    /** The line's text: spaces only where the gap between runs is a real word gap. */
    String text() {
        if (text == null) {
            StringBuilder sb = new StringBuilder();
            TextBox prev = null;
            for (TextBox b : boxes) {
                if (prev != null && needsSpace(prev, b)) {
                    sb.append(' ');
                }
                sb.append(b.text());
                prev = b;
            }
            text = sb.toString();
        }
        return text;
    }

    /**
     * Whether the gap between two runs is a space. Between Chinese characters only a wide gap
     * counts (justified Chinese text spreads its characters a little); between Latin letters or
     * digits an ordinary word space does.
     */
    static boolean needsSpace(TextBox a, TextBox b) {
        float gap = b.x() - a.right();
        float em = Math.max(1f, Math.max(a.fontSize(), b.fontSize()));
        int last = a.text().codePointBefore(a.text().length());
        int first = b.text().codePointAt(0);
        if (isCjk(last) || isCjk(first)) {
            return gap > 0.6f * em;
        }
        return gap > 0.15f * em;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && cp >= 0x2018 && cp <= 0x201F;
    }

    /** Letters and digits that need a space between them when a line break separates them. */
    static boolean isWordChar(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }

    /** Splits the line where the gap between two runs is at least {@code gapEm} times the font size. */
    List<TextLine> segments(float gapEm) {
        List<TextLine> out = new ArrayList<>();
        List<TextBox> cur = new ArrayList<>();
        TextBox prev = null;
        for (TextBox b : boxes) {
            if (prev != null && b.x() - prev.right() >= gapEm * Math.max(prev.fontSize(), b.fontSize())) {
                out.add(new TextLine(cur));
                cur = new ArrayList<>();
            }
            cur.add(b);
            prev = b;
        }
        if (!cur.isEmpty()) {
            out.add(new TextLine(cur));
        }
        return out;
    }

    /** Joins the texts of lines that wrapped softly: a space only between two Latin words. */
    static void appendWrapped(StringBuilder sb, String next) {
        if (sb.length() > 0 && !next.isEmpty()
                && isWordChar(sb.codePointBefore(sb.length())) && isWordChar(next.codePointAt(0))) {
            sb.append(' ');
        }
        sb.append(next);
    }

    @Override
    public String toString() {
        return text();
    }
}
