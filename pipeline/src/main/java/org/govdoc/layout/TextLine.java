package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text boxes that share a baseline, left to right, with the text they spell; the line keeps the
 * {@link LayoutConfig} it was built with (where a gap is a space, how wide a word is).
 */
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

    final LayoutConfig config;

    TextLine(List<TextBox> boxesLeftToRight, LayoutConfig config) {
        this(boxesLeftToRight, new boolean[boxesLeftToRight.size()], false, config);
    }

    TextLine(List<TextBox> boxesLeftToRight, boolean[] spaceBefore, boolean spaceAfter, LayoutConfig config) {
        this.config = config;
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
    private boolean needsSpace(TextBox a, TextBox b, boolean spaceGlyph) {
        float gap = b.x() - a.right();
        float em = Math.max(1f, Math.max(a.fontSize(), b.fontSize()));
        int last = a.text().codePointBefore(a.text().length());
        int first = b.text().codePointAt(0);
        boolean cjkLast = isCjk(last);
        boolean cjkFirst = isCjk(first);
        if (cjkLast && cjkFirst) {
            return spaceGlyph && gap > config.spaceGapCjkEm() * em || gap > config.wideGapEm() * em;
        }
        if (cjkLast || cjkFirst) {
            return spaceGlyph && gap > config.spaceGapMixedEm() * em || gap > config.wideGapEm() * em;
        }
        return spaceGlyph || gap > config.latinSpaceEm() * em;
    }

    static boolean isCjk(int cp) {
        // the common cases without the Unicode tables' binary searches (the answers are theirs)
        if (cp < 0x2018) {
            return false; // Latin, digits, and nothing Han or CJK below the curly quotes
        }
        if (cp <= 0x201F || cp >= 0x3000 && cp <= 0x303F || cp >= 0x4E00 && cp <= 0x9FFC || cp >= 0xFF00 && cp <= 0xFFEF) {
            return true;
        }
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
    /** The line's boxes {@code from} (inclusive) to {@code to} (exclusive) as a line of their own. */
    TextLine slice(int from, int to) {
        boolean[] sp = Arrays.copyOfRange(spaceBefore, from, to);
        sp[0] = false;
        return new TextLine(boxes.subList(from, to), sp, to == boxes.size() && spaceAfter, config);
    }

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
                    out.add(new TextLine(boxes.subList(start, i), sp, i == boxes.size() && spaceAfter, config));
                }
                start = i;
            }
        }
        return out;
    }

    /** Marks a line may not start with (Chinese line-breaking rules): they go with the character before. */
    private static final String NO_BREAK_BEFORE = "，。、；：？！）》〉」』】〕］｝”’…·%‰℃,.;:!?)]}>";
    /** Marks a line may not end with: they go with the character after. */
    private static final String NO_BREAK_AFTER = "（《〈「『【〔［｛“‘([{<";

    /**
     * Width of what the line starts with that a line breaker would not split: a run of Latin
     * letters, digits and ASCII signs (a number with its unit or percent sign) or one Chinese
     * character, with the opening brackets and quotes before it and the punctuation after it that
     * Chinese line breaking keeps together with it ("90%，", "“相", "作，"). A box holding more
     * than that unit (an OCR run, a whole recognised line) gives the unit its share of the box's
     * width (a Chinese character an em, other characters {@link LayoutConfig#latinGlyphEm()}).
     */
    float leadingWordWidth() {
        int i = 0;
        while (i < boxes.size() - 1 && isAll(boxes.get(i).text(), NO_BREAK_AFTER)) {
            i++;
        }
        TextBox prev = boxes.get(i);
        int unitEnd = leadingUnitEnd(prev.text());
        if (unitEnd < prev.text().length()) {
            return prev.x() + prev.width() * share(prev.text(), unitEnd, config.latinGlyphEm()) - boxes.get(0).x();
        }
        if (isAsciiWord(prev.text()) && NO_BREAK_BEFORE.indexOf(prev.text().charAt(0)) < 0) {
            while (i + 1 < boxes.size() && isAsciiWord(boxes.get(i + 1).text())
                    && boxes.get(i + 1).x() - prev.right() <= config.wordJoinEm() * boxes.get(i + 1).fontSize()) {
                prev = boxes.get(++i);
            }
        }
        // (punctuation set with some air, as LibreOffice does, still travels with the word)
        while (i + 1 < boxes.size() && NO_BREAK_BEFORE.indexOf(boxes.get(i + 1).text().charAt(0)) >= 0
                && boxes.get(i + 1).x() - prev.right() <= config.punctuationAirEm() * boxes.get(i + 1).fontSize()) {
            prev = boxes.get(++i);
        }
        return prev.right() - boxes.get(0).x();
    }

    /** Where the leading unit of a box's text ends (its length when the box is one unit). */
    static int leadingUnitEnd(String text) {
        int j = 0;
        while (j < text.length() && NO_BREAK_AFTER.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j < text.length() && text.charAt(j) > ' ' && text.charAt(j) < 0x7F && NO_BREAK_BEFORE.indexOf(text.charAt(j)) < 0) {
            while (j < text.length() && text.charAt(j) > ' ' && text.charAt(j) < 0x7F) {
                j++;
            }
        } else if (j < text.length()) {
            j += Character.charCount(text.codePointAt(j));
        }
        while (j < text.length() && NO_BREAK_BEFORE.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }

    /** The share of a box's width its first {@code end} characters take (a character not Chinese {@code latinEm} wide). */
    private static float share(String text, int end, float latinEm) {
        float head = 0;
        float all = 0;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            float w = cp >= 0x2E80 ? 1f : latinEm;
            if (k < end) {
                head += w;
            }
            all += w;
            k += Character.charCount(cp);
        }
        return all == 0 ? 1 : head / all;
    }

    private static boolean isAll(String s, String marks) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (marks.indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

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
        float unit = next.leadingWordWidth();
        String a = prev.boxes.get(prev.boxes.size() - 1).text();
        String b = next.boxes.get(0).text();
        if (isCjk(a.codePointBefore(a.length())) != isCjk(b.codePointAt(0))) {
            // Word's automatic spacing between Chinese and Latin letters or digits
            unit += next.config.cjkLatinSpacingEm() * next.fontSize;
        }
        return right - prev.x1 - padding < unit;
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
