package org.govdoc.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises page furniture in the top and bottom bands of the pages: page numbers in the usual
 * styles (－ 3 －, - 3 -, 3, 第3页 共8页, 3/8, Page 3 of 8) and running headers or footers (the same
 * text, digits aside, on most pages).
 */
final class FurnitureFilter {

    /** Share of the page height counted as the top band. */
    private final float topBand;
    /** Share of the page height counted as the bottom band. */
    private final float bottomBand;
    /** A gap that sets a page number apart from text on its line, in font sizes. */
    private final float gapEm;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-－—–~～]*\\d{1,4}[-－—–~～]*"
                    + "|第\\d{1,4}页([,，/]?共\\d{1,4}页)?"
                    + "|共\\d{1,4}页[,，/]?第\\d{1,4}页"
                    + "|\\d{1,4}/\\d{1,4}"
                    + "|(?i:page)\\d{1,4}((?i:of)\\d{1,4})?"
                    + "|[-－—–]?第\\d{1,4}页[-－—–]?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D+");

    private final LayoutConfig config;

    FurnitureFilter(LayoutConfig config) {
        this.config = config;
        this.topBand = config.topBand();
        this.bottomBand = config.bottomBand();
        this.gapEm = config.cellGapEm();
    }

    /** The lines of each page with page numbers and running headers/footers removed. */
    List<List<TextLine>> filter(List<PageContent> pages, List<List<TextLine>> linesPerPage) {
        // texts (digits folded) seen in the bands, and on how many pages
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (TextLine l : linesPerPage.get(p)) {
                if (inBand(l, pages.get(p), topBand, topBand)) {
                    seen.computeIfAbsent(key(l), k -> new HashSet<>()).add(p);
                }
            }
        }
        int minPages = Math.max(2, (pages.size() + 1) / 2);
        List<PageNumberMark> marks = pageNumberMarks(pages, linesPerPage);
        List<List<TextLine>> out = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            PageContent page = pages.get(p);
            List<TextLine> kept = new ArrayList<>();
            for (TextLine l : linesPerPage.get(p)) {
                boolean band = inBand(l, page, topBand, bottomBand);
                boolean looksLikeFurniture = band && isPageNumber(l.text())
                        || inBand(l, page, topBand, topBand) && repeated(l, seen, minPages)
                                && !runsOn(l, linesPerPage.get(p), seen, minPages)
                        || l.bottom <= page.height() * topBand && underlined(l, page);
                // a table cell is never furniture; the rules are looked at only for lines where it matters
                boolean inside = (looksLikeFurniture || band) && insideRuledBox(l, page);
                if (inside) {
                    // a tall row drawn past the page's foot can hold the page number
                    TextLine rest = withoutOwnPageNumber(l, page, p, marks);
                    if (rest != null) {
                        kept.add(rest);
                    }
                } else if (!looksLikeFurniture) {
                    kept.add(band ? withoutPageNumber(l) : l);
                }
            }
            out.add(kept);
        }
        return out;
    }

    /** Where a page number stands on a page (outside any table): its digits folded, its top. */
    private record PageNumberMark(int pageIndex, String key, float top) {
    }

    private List<PageNumberMark> pageNumberMarks(List<PageContent> pages, List<List<TextLine>> linesPerPage) {
        List<PageNumberMark> marks = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            PageContent page = pages.get(p);
            for (TextLine l : linesPerPage.get(p)) {
                if (l.top >= page.height() * (1 - bottomBand) && isPageNumber(l.text()) && !insideRuledBox(l, page)) {
                    marks.add(new PageNumberMark(p, key(l), l.top));
                }
            }
        }
        return marks;
    }

    /**
     * Whether a page number found inside a ruled box (a tall row drawn past the page's foot) is the
     * page's own number: it carries the page's number and another page has a page number in the
     * same style at the same height. A cell that happens to hold a small number does not.
     */
    private boolean pageNumberLike(TextLine l, PageContent page, int pageIndex, List<PageNumberMark> marks) {
        boolean ownNumber = java.util.Arrays.asList(NON_DIGITS.split(l.text())).contains(Integer.toString(page.number()));
        if (!ownNumber) {
            return false;
        }
        String k = key(l);
        for (PageNumberMark m : marks) {
            if (m.pageIndex() != pageIndex && m.key().equals(k) && Math.abs(m.top() - l.top) < config.pageNumberDrift()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line without the segment that is the page's own number ({@link #pageNumberLike}); null
     * when nothing else is left.
     */
    private TextLine withoutOwnPageNumber(TextLine l, PageContent page, int pageIndex, List<PageNumberMark> marks) {
        if (l.top < page.height() * (1 - bottomBand)) {
            return l;
        }
        int from = 0;
        for (TextLine s : l.segments(gapEm)) {
            int to = from + s.boxes.size();
            if (isPageNumber(s.text()) && pageNumberLike(s, page, pageIndex, marks)) {
                if (s.boxes.size() == l.boxes.size()) {
                    return null;
                }
                List<TextBox> rest = new ArrayList<>(l.boxes.subList(0, from));
                rest.addAll(l.boxes.subList(to, l.boxes.size()));
                return new TextLine(rest, config);
            }
            from = to;
        }
        return l;
    }

    /**
     * A line in a band whose first or last segment (set apart by a wide gap) is a page number in
     * another font size than the rest of the line: text running into the footer band on the page
     * number's baseline (a table cell, a long row) got merged with it. The page number goes.
     */
    TextLine withoutPageNumber(TextLine l) {
        List<TextLine> segs = l.segments(gapEm);
        if (segs.size() < 2) {
            return l;
        }
        TextLine first = segs.get(0);
        TextLine last = segs.get(segs.size() - 1);
        if (isPageNumber(first.text()) && !isPageNumber(segs.get(1).text()) && differentSize(first, segs.get(1))) {
            return l.slice(first.boxes.size(), l.boxes.size());
        }
        if (isPageNumber(last.text()) && differentSize(last, segs.get(segs.size() - 2))) {
            return l.slice(0, l.boxes.size() - last.boxes.size());
        }
        return l;
    }

    private boolean differentSize(TextLine a, TextLine b) {
        return Math.abs(a.fontSize - b.fontSize) > config.pageNumberSizeRatio() * Math.max(a.fontSize, b.fontSize);
    }

    private static boolean repeated(TextLine l, Map<String, Set<Integer>> seen, int minPages) {
        return seen.getOrDefault(key(l), Set.of()).size() >= minPages;
    }

    /**
     * Whether a line repeated at the top of the pages is followed at the body's line spacing by a
     * line that is not repeated: the header row of a table continued on every page, with its
     * wrapped second line, not a running header (which the top margin sets apart from the body).
     */
    private boolean runsOn(TextLine l, List<TextLine> lines, Map<String, Set<Integer>> seen, int minPages) {
        TextLine next = null;
        for (TextLine o : lines) {
            if (o.top > l.top + config.runOnBelowShare() * l.height() && (next == null || o.top < next.top)) {
                next = o;
            }
        }
        return next != null && next.top - l.bottom < config.runOnGapEm() * l.fontSize && !repeated(next, seen, minPages);
    }

    /** Text between two vertical rules that run past it: a table cell, never furniture. */
    boolean insideRuledBox(TextLine l, PageContent page) {
        float slack = config.ruledBoxSlack();
        boolean left = false;
        boolean right = false;
        for (Rule v : page.rules()) {
            if (v.isVertical() && v.y1() <= l.top + slack && v.y2() >= l.bottom - slack) {
                left |= v.x1() <= l.x0 + slack;
                right |= v.x1() >= l.x1 - slack;
            }
        }
        return left && right;
    }

    /**
     * A header line with the rule Word and WPS draw under a page header: a long horizontal line
     * just below it that no vertical line meets (not the top of a table).
     */
    boolean underlined(TextLine l, PageContent page) {
        for (Rule r : page.rules()) {
            if (!r.isHorizontal() || r.length() < config.headerRuleShare() * page.width()
                    || r.y1() < l.bottom - config.headerRuleAbove()
                    || r.y1() > l.bottom + config.headerRuleEm() * l.fontSize + config.headerRulePoints()
                    || r.x1() > l.x0 || r.x2() < l.x1) {
                continue;
            }
            boolean met = false;
            for (Rule v : page.rules()) {
                float meet = config.ruleMeetTolerance();
                if (v.isVertical() && v.y1() <= r.y1() + meet && v.y2() >= r.y1() - meet && v.x1() >= r.x1() - meet
                        && v.x1() <= r.x2() + meet) {
                    met = true;
                    break;
                }
            }
            if (!met) {
                return true;
            }
        }
        return false;
    }

    static boolean isPageNumber(String text) {
        String t = SPACES.matcher(text).replaceAll("");
        return !t.isEmpty() && PAGE_NUMBER.matcher(t).matches();
    }

    private static boolean inBand(TextLine l, PageContent page, float top, float bottom) {
        return l.bottom <= page.height() * top || l.top >= page.height() * (1 - bottom);
    }

    private static String key(TextLine l) {
        return DIGITS.matcher(SPACES.matcher(l.text()).replaceAll("")).replaceAll("#");
    }
}
