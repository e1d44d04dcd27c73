package org.govdoc.layout;

import java.util.regex.Pattern;

/**
 * When a line starts a new paragraph: after a short line, after a wider vertical gap, after a
 * line set well inside the column (right-aligned or centred), when the line is indented further
 * than the one before, when the font size changes, or when the line starts with a new number
 * (一、 （一） 1. （1） 第一条). Several centred lines of a larger title stay together.
 */
final class ParagraphRules {

    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十百]+[、．.]"
                    + "|[（(][一二三四五六七八九十百]+[）)]"
                    + "|\\d{1,3}[、．.](?!\\d)"
                    + "|[（(]\\d{1,3}[）)]"
                    + "|[①-⑳]"
                    + "|第[一二三四五六七八九十百零\\d]+[章节条部分篇])");

    private ParagraphRules() {
    }

    static boolean startsWithNumbering(String text) {
        return NUMBERING.matcher(text).find();
    }

    /** The leading number of a text as a match (its end is where the item's text starts), or null. */
    static java.util.regex.Matcher numbering(String text) {
        java.util.regex.Matcher m = NUMBERING.matcher(text);
        return m.find() ? m : null;
    }

    /**
     * Whether {@code line} continues a numbered item {@code first} set with a hanging indent
     * (Word/WPS list paragraphs): the further lines start right of the number, at most where the
     * text after the number does (Word aligns them with the text, LibreOffice's list indent may
     * put them between the number and its text).
     */
    static boolean hangsUnder(TextLine first, TextLine line) {
        float start = first.textStartAfterNumbering();
        return !Float.isNaN(start) && start > first.x0 + 0.3f * first.fontSize
                && line.x0 > first.x0 + 0.3f * line.fontSize && line.x0 < start + 0.5f * line.fontSize;
    }

    /** Whether {@code prev} filled its line up to the right edge (so the text runs on). */
    static boolean isFull(TextLine prev, float rightEdge) {
        return prev.x1 >= rightEdge - 1.5f * prev.fontSize;
    }

    /** Centred on the text column, a full line included. */
    /** Whether the text of {@code prev} runs on into {@code next}: it filled its line, or the next word would not fit. */
    static boolean runsOn(TextLine prev, TextLine next, float rightEdge) {
        return isFull(prev, rightEdge) || TextLine.wrapsInto(prev, next, rightEdge, 0.7f * prev.fontSize);
    }

    /**
     * A line set flush right (a signature's unit or date): it reaches the right edge but starts
     * far right of the margin, beyond any first-line or hanging indent, so it is not a wrapped
     * line of running text and the text does not run on into the next line.
     */
    static boolean isRightAligned(TextLine l, float leftMargin, float rightEdge) {
        return isFull(l, rightEdge) && l.x0 > leftMargin + Math.max(5 * l.fontSize, 0.3f * (rightEdge - leftMargin));
    }

    static boolean isCentredOn(TextLine l, float leftMargin, float rightEdge) {
        return Math.abs((l.x0 + l.x1) / 2 - (leftMargin + rightEdge) / 2) < 1.5f * l.fontSize;
    }

    static boolean isCentred(TextLine l, float leftMargin, float rightEdge) {
        float mid = (leftMargin + rightEdge) / 2;
        return l.x0 > leftMargin + l.fontSize && Math.abs((l.x0 + l.x1) / 2 - mid) < 1.5f * l.fontSize;
    }

    static boolean breaksBefore(TextLine prev, boolean prevStartsParagraph, TextLine line, float leftMargin, float rightEdge,
                                TextMetrics m) {
        float size = Math.max(prev.fontSize, line.fontSize);
        if (Math.abs(prev.fontSize - line.fontSize) > 0.1f * size) {
            return true;
        }
        if (line.top - prev.top > Math.max(m.pitch, prev.height()) * 1.35f
                && line.top - prev.top > 2.2f * size) {
            return true;
        }
        // a title set in larger type over several centred lines
        if (size >= 1.1f * m.bodySize && isCentredOn(prev, leftMargin, rightEdge) && isCentred(line, leftMargin, rightEdge)
                && line.top - prev.top < 2.2f * size) {
            return false;
        }
        if (!runsOn(prev, line, rightEdge) || isRightAligned(prev, leftMargin, rightEdge)) {
            return true;
        }
        if (prevStartsParagraph && hangsUnder(prev, line)) {
            return startsWithNumbering(line.text());
        }
        // a line set well inside the column (right-aligned signature, centred line) stands alone
        if (prev.x0 > leftMargin + 4 * prev.fontSize) {
            return true;
        }
        float indent = 0.8f * line.fontSize;
        if (line.x0 > prev.x0 + indent || line.x0 > leftMargin + indent && prev.x0 < leftMargin + indent) {
            return true;
        }
        // two indented first lines in a row: continuation lines go back to the margin
        if (prevStartsParagraph && line.x0 > leftMargin + indent && Math.abs(line.x0 - prev.x0) < 0.5f * line.fontSize) {
            return true;
        }
        return startsWithNumbering(line.text());
    }

    /** Whether a paragraph ending a page runs on into the first line of the next page. */
    static boolean continuesOnNextPage(TextLine last, float rightEdge, TextLine first, float nextLeft) {
        return continuesOnNextPage(last, true, rightEdge, first, nextLeft);
    }

    /**
     * As {@link #continuesOnNextPage(TextLine, float, TextLine, float)}; when {@code last} is a
     * further line of its paragraph (not its first), the next page may also go on at the
     * paragraph's own indent (a list item's hanging indent), not only at the margin.
     */
    static boolean continuesOnNextPage(TextLine last, boolean lastIsFirst, float rightEdge, TextLine first, float nextLeft) {
        float em = 0.5f * first.fontSize;
        return runsOn(last, first, rightEdge)
                && Math.abs(last.fontSize - first.fontSize) <= 0.1f * last.fontSize
                && (first.x0 <= nextLeft + em || !lastIsFirst && Math.abs(first.x0 - last.x0) < em)
                && !startsWithNumbering(first.text());
    }
}
