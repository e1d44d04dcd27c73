package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Text boxes that share a baseline, left to right, with the text they spell. */
final class TextLine {

    final List<TextBox> boxes;
    /** For each box, whether a space glyph stood between it and the box before. */
    private final boolean[] spaceBefore;
    final float x0;
    final float x1;
    final float top;
    final float bottom;
    final float fontSize;
    private String text;

    /** A space glyph stands after the last box (a line that wrapped at a space). */
    final boolean spaceAfter;

    TextLine(List<TextBox> boxesLeftToRight) {
        this(boxesLeftToRight, new boolean[boxesLeftToRight.size()], false);
    }

    TextLine(List<TextBox> boxesLeftToRight, boolean[] spaceBefore, boolean spaceAfter) {
        this.boxes = List.copyOf(boxesLeftToRight);
        this.spaceBefore = spaceBefore;
        this.spaceAfter = spaceAfter;
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

    /**
     * Where the text after a leading number (1. （一） 一、) starts, or NaN when the line starts
     * with no number or nothing follows it: the left edge a hanging indent aligns the item's
     * further lines to.
     */
    float textStartAfterNumbering() {
        StringBuilder glued = new StringBuilder();
        for (TextBox b : boxes) {
            glued.append(b.text());
        }
        java.util.regex.Matcher m = ParagraphRules.numbering(glued.toString());
        if (m == null) {
            return Float.NaN;
        }
        int chars = 0;
        for (TextBox b : boxes) {
            if (chars >= m.end() && !b.text().isBlank()) {
                return b.x();
            }
            chars += b.text().length();
        }
        return Float.NaN;
    }

    /** The line's text: spaces only where the gap between runs is a real word gap. */
    String text() {
        if (text == null) {
            StringBuilder sb = new StringBuilder();
            TextBox prev = null;
            for (int i = 0; i < boxes.size(); i++) {
                TextBox b = boxes.get(i);
                if (prev != null && needsSpace(prev, b, spaceBefore[i])) {
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
     * Whether the gap between two runs is a space: where the document had a space glyph and the
     * gap shows it, or where the gap is wide. Between two Chinese characters a gap without a
     * space glyph must be wide (justified Chinese text spreads its characters a little); between
     * Latin words an ordinary word space counts.
     */
    static boolean needsSpace(TextBox a, TextBox b, boolean spaceGlyph) {
        float gap = b.x() - a.right();
        float em = Math.max(1f, Math.max(a.fontSize(), b.fontSize()));
        int last = a.text().codePointBefore(a.text().length());
        int first = b.text().codePointAt(0);
        boolean cjkLast = isCjk(last);
        boolean cjkFirst = isCjk(first);
        if (cjkLast && cjkFirst) {
            return spaceGlyph && gap > 0.2f * em || gap > 0.6f * em;
        }
        if (cjkLast || cjkFirst) {
            return spaceGlyph && gap > 0.1f * em || gap > 0.6f * em;
        }
        return spaceGlyph || gap > 0.15f * em;
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
        int start = 0;
        for (int i = 1; i <= boxes.size(); i++) {
            if (i == boxes.size()
                    || boxes.get(i).x() - boxes.get(i - 1).right() >= gapEm * Math.max(boxes.get(i - 1).fontSize(), boxes.get(i).fontSize())) {
                if (start == 0 && i == boxes.size()) {
                    out.add(this);
                } else {
                    boolean[] sp = Arrays.copyOfRange(spaceBefore, start, i);
                    sp[0] = false;
                    out.add(new TextLine(boxes.subList(start, i), sp, i == boxes.size() && spaceAfter));
                }
                start = i;
            }
        }
        return out;
    }

    /**
     * Width of what the line starts with that a line breaker would not split: a run of Latin
     * letters, digits and ASCII signs (a number with its unit or percent sign), or else its first run.
     */
    float leadingWordWidth() {
        TextBox first = boxes.get(0);
        float end = first.right();
        TextBox prev = first;
        int i = 1;
        if (isAsciiWord(first.text())) {
            for (; i < boxes.size(); i++) {
                TextBox b = boxes.get(i);
                if (!isAsciiWord(b.text()) || b.x() - prev.right() > 0.15f * b.fontSize()) {
                    break;
                }
                end = b.right();
                prev = b;
            }
        }
        // punctuation that may not start a line (避头尾: ）。，、 …) travels with the word before it
        for (; i < boxes.size(); i++) {
            TextBox b = boxes.get(i);
            if (!NO_LINE_START.contains(b.text()) || b.x() - prev.right() > 0.3f * b.fontSize()) {
                break;
            }
            end = b.right();
            prev = b;
        }
        return end - first.x();
    }

    /** Characters a Chinese line breaker never puts at the start of a line (closing brackets, stops). */
    private static final java.util.Set<String> NO_LINE_START = java.util.Set.of(
            "）", "》", "」", "』", "】", "〕", "〉", "”", "’", "。", "，", "、", "；", "：", "？", "！", "…",
            ")", "]", "}", ",", ".", ";", ":", "?", "!", "％", "%");

    private static boolean isAsciiWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code next} continues {@code prev} after a soft wrap: its first word would not have
     * fitted in the room left at the end of {@code prev} before {@code right}, less {@code padding}
     * (a cell's inner margin, or the slack allowed when the right edge is only estimated).
     */
    static boolean wrapsInto(TextLine prev, TextLine next, float right, float padding) {
        return right - prev.x1 - padding < next.leadingWordWidth();
    }

    /**
     * Joins the text of a line that wrapped softly into the next: with a space where the line
     * ended on a space glyph (unless between two Chinese characters) or between two Latin words.
     */
    static void appendWrapped(StringBuilder sb, TextLine prev, String next) {
        if (prev != null && prev.spaceAfter && sb.length() > 0 && !next.isEmpty()
                && !(isCjk(sb.codePointBefore(sb.length())) && isCjk(next.codePointAt(0)))) {
            sb.append(' ');
        }
        appendWrapped(sb, next);
    }

    /** Joins the texts of lines that wrapped softly: a space only between two Latin words. */
    static void appendWrapped(StringBuilder sb, String next) {
        if (sb.length() > 0 && !next.isEmpty() && sb.charAt(sb.length() - 1) != ' '
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
