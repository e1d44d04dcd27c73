package org.govdoc.layout;

import java.util.regex.Pattern;

/**
 * When a line starts a new paragraph: after a short line, after a wider vertical gap, after a
 * line set well inside the column (right-aligned or centred), when the line is indented further
 * than the one before, when the font size changes, or when the line starts with a new number
 * (一、 （一） 1. （1） 第一条). Several centred lines of a larger title stay together. The
 * distances and ratios are the {@link LayoutConfig}'s.
 */
final class ParagraphRules {

    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十百]+[、．.]"
                    + "|[（(][一二三四五六七八九十百]+[）)]"
                    + "|\\d{1,3}[、．.](?!\\d)"
                    + "|[（(]\\d{1,3}[）)]"
                    + "|[①-⑳]"
                    + "|第[一二三四五六七八九十百零\\d]+[章节条部分篇])");

    private final LayoutConfig config;

    ParagraphRules(LayoutConfig config) {
        this.config = config;
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
    boolean hangsUnder(TextLine first, TextLine line) {
        float start = first.textStartAfterNumbering();
        return !Float.isNaN(start) && start > first.x0 + config.hangNumberEm() * first.fontSize
                && line.x0 > first.x0 + config.hangNumberEm() * line.fontSize && line.x0 < start + config.hangSlackEm() * line.fontSize;
    }

    /** Whether {@code prev} filled its line up to the right edge (so the text runs on). */
    boolean isFull(TextLine prev, float rightEdge) {
        return prev.x1 >= rightEdge - config.fullLineEm() * prev.fontSize;
    }

    /** Centred on the text column, a full line included. */
    /** Whether the text of {@code prev} runs on into {@code next}: it filled its line, or the next word would not fit. */
    boolean runsOn(TextLine prev, TextLine next, float rightEdge) {
        return isFull(prev, rightEdge) || TextLine.wrapsInto(prev, next, rightEdge, config.wrapSlackEm() * prev.fontSize);
    }

    /**
     * A line set flush right (a signature's unit or date): it reaches the right edge but starts
     * far right of the margin, beyond any first-line or hanging indent, so it is not a wrapped
     * line of running text and the text does not run on into the next line.
     */
    boolean isRightAligned(TextLine l, float leftMargin, float rightEdge) {
        return isFull(l, rightEdge)
                && l.x0 > leftMargin + Math.max(config.rightAlignedEm() * l.fontSize, config.rightAlignedShare() * (rightEdge - leftMargin));
    }

    boolean isCentredOn(TextLine l, float leftMargin, float rightEdge) {
        return Math.abs((l.x0 + l.x1) / 2 - (leftMargin + rightEdge) / 2) < config.centredEm() * l.fontSize;
    }

    boolean isCentred(TextLine l, float leftMargin, float rightEdge) {
        float mid = (leftMargin + rightEdge) / 2;
        return l.x0 > leftMargin + config.centredIndentEm() * l.fontSize && Math.abs((l.x0 + l.x1) / 2 - mid) < config.centredEm() * l.fontSize;
    }

    boolean breaksBefore(TextLine prev, boolean prevStartsParagraph, TextLine line, float leftMargin, float rightEdge,
                                TextMetrics m) {
        float size = Math.max(prev.fontSize, line.fontSize);
        if (Math.abs(prev.fontSize - line.fontSize) > config.paragraphSizeRatio() * size) {
            return true;
        }
        if (line.top - prev.top > Math.max(m.pitch, prev.height()) * config.paragraphGapPitches()
                && line.top - prev.top > config.paragraphGapEm() * size) {
            return true;
        }
        // a title set in larger type over several centred lines
        if (size >= config.titleSizeRatio() * m.bodySize && isCentredOn(prev, leftMargin, rightEdge) && isCentred(line, leftMargin, rightEdge)
                && line.top - prev.top < config.titleLineGapEm() * size) {
            return false;
        }
        if (!runsOn(prev, line, rightEdge) || isRightAligned(prev, leftMargin, rightEdge)) {
            return true;
        }
        if (prevStartsParagraph && hangsUnder(prev, line)) {
            return startsWithNumbering(line.text());
        }
        // a line set well inside the column (right-aligned signature, centred line) stands alone
        if (prev.x0 > leftMargin + config.insetEm() * prev.fontSize) {
            return true;
        }
        float indent = config.indentEm() * line.fontSize;
        if (line.x0 > prev.x0 + indent || line.x0 > leftMargin + indent && prev.x0 < leftMargin + indent) {
            return true;
        }
        // two indented first lines in a row: continuation lines go back to the margin
        if (prevStartsParagraph && line.x0 > leftMargin + indent && Math.abs(line.x0 - prev.x0) < config.sameIndentEm() * line.fontSize) {
            return true;
        }
        return startsWithNumbering(line.text());
    }

    /** Whether a paragraph ending a page runs on into the first line of the next page. */
    boolean continuesOnNextPage(TextLine last, float rightEdge, TextLine first, float nextLeft) {
        return continuesOnNextPage(last, true, rightEdge, first, nextLeft);
    }

    /**
     * As {@link #continuesOnNextPage(TextLine, float, TextLine, float)}; when {@code last} is a
     * further line of its paragraph (not its first), the next page may also go on at the
     * paragraph's own indent (a list item's hanging indent), not only at the margin.
     */
    boolean continuesOnNextPage(TextLine last, boolean lastIsFirst, float rightEdge, TextLine first, float nextLeft) {
        float em = config.nextPageIndentEm() * first.fontSize;
        return runsOn(last, first, rightEdge)
                && Math.abs(last.fontSize - first.fontSize) <= config.paragraphSizeRatio() * last.fontSize
                && (first.x0 <= nextLeft + em || !lastIsFirst && Math.abs(first.x0 - last.x0) < em)
                && !startsWithNumbering(first.text());
    }
}
