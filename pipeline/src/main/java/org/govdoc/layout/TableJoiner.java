package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables that go on over a page break, made one: aligned tables continued over pages put on
 * common columns, a borderless table's head left at the foot of a page given to the body on the
 * next, and a table that ends a page joined with the one that starts the next (repeated header
 * rows dropped, a row split over the break put back together).
 *
 * <p>One instance per document: it keeps the lines each aligned table was read from, since their
 * columns and in-cell pitch are taken up again on the next page.
 */
final class TableJoiner {

    private final LayoutConfig config;
    private final StreamTableFinder stream;
    /** The lines each aligned table was read from. */
    private final Map<PageTable, List<TextLine>> streamLines = new IdentityHashMap<>();

    TableJoiner(LayoutConfig config, StreamTableFinder stream) {
        this.config = config;
        this.stream = stream;
    }

    /** Remembers the lines an aligned table was read from. */
    void readFrom(PageTable table, List<TextLine> lines) {
        if (!table.ruled()) {
            streamLines.put(table, lines);
        }
    }

    /**
     * Works on the pages' items before paragraphs are made: aligned tables continued over pages
     * put on common columns ({@link #alignContinuedTables}), and a borderless head at the foot of
     * a page made a table on the next page's columns ({@link #attachHead}).
     *
     * @param outside the lines outside tables of each page (a head taken into a table leaves them)
     */
    void prepare(List<List<PageItem>> pageItems, List<List<TextLine>> outside, List<PageContent> pages) {
        alignContinuedTables(pageItems, pages);
        for (int p = 0; p + 1 < pages.size(); p++) {
            takeLeadingRows(pageItems.get(p), pageItems.get(p + 1), outside.get(p + 1), pages.get(p + 1));
        }
        alignContinuedTables(pageItems, pages); // again, with the rows taken
        for (int p = 0; p + 1 < pages.size(); p++) {
            attachHead(pageItems.get(p), outside.get(p), pageItems.get(p + 1), pages.get(p));
        }
    }

    /**
     * The first rows of a page that go on with the aligned table ending the page before, too few
     * to be found as a table (or a row whose first line closes a gutter the rows under it keep
     * open): the page's leading lines, from one with three or more segments, whose segments each
     * sit in a column of that table become a table on its columns, together with the aligned table
     * right under them when its lines sit in those columns too.
     */
    private void takeLeadingRows(List<PageItem> items, List<PageItem> nextItems, List<TextLine> nextOutside, PageContent nextPage) {
        if (items.isEmpty() || nextItems.isEmpty()) {
            return;
        }
        PageTable prev = aligned(items.get(items.size() - 1));
        if (prev == null || !(nextItems.get(0) instanceof PageItem.Line first) || stream.segments(first.line()).size() < 3) {
            return;
        }
        List<TextLine> prevLines = streamLines.get(prev);
        float size = prevLines.get(0).fontSize;
        float[] bounds = prev.columns();
        float[] colLeft = columnStarts(prevLines, bounds);
        int k = 0;
        List<TextLine> lines = new ArrayList<>();
        while (k < nextItems.size() && nextItems.get(k) instanceof PageItem.Line l
                && Math.abs(l.line().fontSize - size) <= config.sameSizeRatio() * size && inColumns(l.line(), bounds, colLeft, size)) {
            lines.add(l.line());
            k++;
        }
        if (lines.isEmpty()) {
            return;
        }
        int taken = k;
        if (k < nextItems.size()) {
            PageTable below = aligned(nextItems.get(k));
            if (below != null && streamLines.get(below).stream().allMatch(l -> inColumns(l, bounds, colLeft, size))) {
                lines.addAll(streamLines.get(below));
                streamLines.remove(below);
                taken = k + 1;
            }
        }
        float pitch = stream.rowSplitPitchOfParts(List.of(prevLines, lines));
        PageTable t = stream.build(lines, lines.stream().map(stream::segments).toList(), nextPage.number(), nextPage.height(),
                bounds, pitch);
        nextItems.subList(0, taken).clear();
        nextItems.add(0, new PageItem.TableAt(t));
        nextOutside.removeAll(lines);
        streamLines.put(t, lines);
    }

    /** Where each column's text starts in an aligned table's lines. */
    private float[] columnStarts(List<TextLine> lines, float[] bounds) {
        float[] colLeft = new float[bounds.length - 1];
        Arrays.fill(colLeft, Float.MAX_VALUE);
        for (TextLine l : lines) {
            for (TextLine seg : stream.segments(l)) {
                int c = stream.column(bounds, seg.x0);
                colLeft[c] = Math.min(colLeft[c], seg.x0);
            }
        }
        return colLeft;
    }

    /**
     * Aligned tables continued over pages (one ends a page, the next starts the following page,
     * possibly over several pages) are put on common columns and a common in-cell pitch: a page
     * where a column is empty all the way down (the level-1 column under a tall row-spanning cell)
     * shows fewer gutters, and a page holding one tall row shows no row pitch of its own. The
     * columns come from the segments of all parts together; they are used only when that gives as
     * many columns as the part with most (the parts' columns fit together), else the parts stay as
     * found.
     */
    private void alignContinuedTables(List<List<PageItem>> pageItems, List<PageContent> pages) {
        int p = 0;
        while (p < pages.size()) {
            List<Integer> chain = new ArrayList<>();
            chain.add(p);
            int q = p;
            while (q + 1 < pages.size() && continues(pageItems.get(q), pageItems.get(q + 1))
                    && (q == p || pageItems.get(q).size() == 1)) {
                chain.add(++q);
            }
            // the longest runs of parts whose columns fit together (a part laid out on its own,
            // with shifted columns, starts a run of its own; it is joined column for column later)
            List<PageTable> parts = new ArrayList<>();
            List<Integer> partPages = new ArrayList<>();
            for (int k = 0; k < chain.size() && chain.size() > 1; k++) {
                List<PageItem> items = pageItems.get(chain.get(k));
                PageTable part = ((PageItem.TableAt) (k == 0 ? items.get(items.size() - 1) : items.get(0))).table();
                if (!parts.isEmpty() && commonColumns(append(parts, part)) == null) {
                    realign(parts, partPages, pageItems, pages);
                    parts.clear();
                    partPages.clear();
                }
                parts.add(part);
                partPages.add(chain.get(k));
            }
            realign(parts, partPages, pageItems, pages);
            p = q + 1;
        }
    }

    /** The aligned table an item is, or null. */
    private PageTable aligned(PageItem item) {
        return item instanceof PageItem.TableAt t && streamLines.containsKey(t.table()) ? t.table() : null;
    }

    /** Whether a page ends with an aligned table and the next page starts with one in the same font size. */
    private boolean continues(List<PageItem> items, List<PageItem> nextItems) {
        if (items.isEmpty() || nextItems.isEmpty()) {
            return false;
        }
        PageTable a = aligned(items.get(items.size() - 1));
        PageTable b = aligned(nextItems.get(0));
        if (a == null || b == null) {
            return false;
        }
        float sa = streamLines.get(a).get(0).fontSize;
        float sb = streamLines.get(b).get(0).fontSize;
        return Math.abs(sa - sb) <= config.sameSizeRatio() * sa;
    }

    private static List<PageTable> append(List<PageTable> parts, PageTable part) {
        List<PageTable> out = new ArrayList<>(parts);
        out.add(part);
        return out;
    }

    /**
     * The column boundaries of the parts' segments together, or null when they give fewer or more
     * columns than the part with most (the parts' columns do not fit together).
     */
    private float[] commonColumns(List<PageTable> parts) {
        List<List<TextLine>> allSegs = new ArrayList<>();
        int most = 0;
        for (PageTable t : parts) {
            for (TextLine l : streamLines.get(t)) {
                allSegs.add(stream.segments(l));
            }
            most = Math.max(most, t.columnCount());
        }
        float[] bounds = stream.columns(allSegs);
        return bounds.length - 1 == most ? bounds : null;
    }

    /** The parts of one table over pages rebuilt on their common columns and in-cell pitch, when needed. */
    private void realign(List<PageTable> parts, List<Integer> partPages, List<List<PageItem>> pageItems, List<PageContent> pages) {
        if (parts.size() < 2) {
            return;
        }
        List<List<TextLine>> partLines = new ArrayList<>();
        boolean same = true;
        for (PageTable t : parts) {
            partLines.add(streamLines.get(t));
            same &= t.columnCount() == parts.get(0).columnCount();
        }
        float pitch = stream.rowSplitPitchOfParts(partLines);
        boolean pitchMissing = parts.stream().anyMatch(t -> stream.rowSplitPitch(streamLines.get(t)) == 0);
        if (same && !(pitchMissing && pitch > 0)) {
            return; // joined column for column as they are
        }
        float[] bounds = commonColumns(parts);
        if (bounds == null) {
            return;
        }
        for (int k = 0; k < parts.size(); k++) {
            PageTable old = parts.get(k);
            List<TextLine> lines = partLines.get(k);
            PageContent page = pages.get(partPages.get(k));
            List<List<TextLine>> segs = lines.stream().map(stream::segments).toList();
            PageTable rebuilt = stream.build(lines, segs, page.number(), page.height(), bounds, pitch);
            List<PageItem> items = pageItems.get(partPages.get(k));
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof PageItem.TableAt t && t.table() == old) {
                    items.set(i, new PageItem.TableAt(rebuilt));
                }
            }
            streamLines.remove(old);
            streamLines.put(rebuilt, lines);
        }
    }

    /**
     * A borderless table's head (its header rows) left alone at the foot of a page while its body
     * starts the next page: the page's last lines, when their segments sit in the columns of the
     * aligned table that opens the next page (the first of them in two or more columns), become a
     * table on those columns, which is then joined with the body like any continued table. A head
     * found as a table of its own but too short to show two line pitches is rebuilt with the
     * body's in-cell pitch (else each of its wrapped header lines would be a row).
     */
    private void attachHead(List<PageItem> items, List<TextLine> outside, List<PageItem> nextItems, PageContent page) {
        if (items.isEmpty() || nextItems.isEmpty()) {
            return;
        }
        PageTable next = aligned(nextItems.get(0));
        if (next == null) {
            return;
        }
        List<TextLine> body = streamLines.get(next);
        float bodyPitch = stream.rowSplitPitch(body);
        PageTable prev = aligned(items.get(items.size() - 1));
        if (prev != null && sameColumns(prev, next)) {
            // a head too short to show the in-cell pitch: take the body's
            List<TextLine> lines = streamLines.get(prev);
            if (bodyPitch > 0 && stream.rowSplitPitch(lines) == 0) {
                List<List<TextLine>> segs = lines.stream().map(stream::segments).toList();
                PageTable rebuilt = stream.build(lines, segs, page.number(), page.height(), prev.columns(), bodyPitch);
                items.set(items.size() - 1, new PageItem.TableAt(rebuilt));
            }
            return;
        }
        float size = body.get(0).fontSize;
        float[] bounds = next.columns();
        float[] colLeft = columnStarts(body, bounds);
        if (prev != null && bodyPitch > 0) {
            splitHead(items, outside, prev, bounds, colLeft, size, bodyPitch, page);
            return;
        }
        if (items.get(items.size() - 1) instanceof PageItem.TableAt) {
            return;
        }
        int from = items.size();
        while (from > 0 && items.get(from - 1) instanceof PageItem.Line l
                && Math.abs(l.line().fontSize - size) <= config.sameSizeRatio() * size && inColumns(l.line(), bounds, colLeft, size)) {
            from--;
        }
        while (from < items.size() && stream.segments(((PageItem.Line) items.get(from)).line()).size() < 2) {
            from++;
        }
        if (from == items.size()) {
            return;
        }
        List<TextLine> head = new ArrayList<>();
        List<List<TextLine>> segs = new ArrayList<>();
        for (PageItem o : items.subList(from, items.size())) {
            TextLine l = ((PageItem.Line) o).line();
            head.add(l);
            segs.add(stream.segments(l));
        }
        PageTable t = stream.build(head, segs, page.number(), page.height(), bounds, bodyPitch);
        items.subList(from, items.size()).clear();
        items.add(new PageItem.TableAt(t));
        outside.removeAll(head);
    }

    /**
     * An aligned table at the foot of a page whose last lines are the head of the next page's
     * table (a title row such as 年度绩效目标 above the header rows, found together as one table
     * with its own columns): those lines, from one with three or more segments on, become a table on
     * the next page's columns, joined with it later; the lines above stay a table of their own (or
     * lines, when they make no table).
     */
    private void splitHead(List<PageItem> items, List<TextLine> outside, PageTable prev, float[] bounds, float[] colLeft,
                           float size, float bodyPitch, PageContent page) {
        List<TextLine> lines = streamLines.get(prev);
        int from = lines.size();
        while (from > 0 && Math.abs(lines.get(from - 1).fontSize - size) <= config.sameSizeRatio() * size
                && inColumns(lines.get(from - 1), bounds, colLeft, size)) {
            from--;
        }
        while (from < lines.size() && stream.segments(lines.get(from)).size() < 3) {
            from++;
        }
        if (from == lines.size()) {
            return;
        }
        if (from > 0 && !StreamTableFinder.crossesGutter(lines.subList(0, from).stream().map(stream::segments).toList(), bounds)) {
            return; // the lines above are rows of their own table, not a title row over its columns
        }
        List<TextLine> head = lines.subList(from, lines.size());
        PageTable headTable = stream.build(head, head.stream().map(stream::segments).toList(), page.number(), page.height(),
                bounds, bodyPitch);
        items.remove(items.size() - 1);
        if (from > 0) {
            List<TextLine> above = lines.subList(0, from);
            PageTable aboveTable = stream.build(above, above.stream().map(stream::segments).toList(), page.number(), page.height());
            if (aboveTable != null) {
                items.add(new PageItem.TableAt(aboveTable));
            } else {
                for (TextLine l : above) {
                    items.add(new PageItem.Line(l));
                    outside.add(l);
                }
                outside.sort(java.util.Comparator.comparingDouble(l -> l.top));
            }
        }
        items.add(new PageItem.TableAt(headTable));
    }

    /**
     * Whether each of the line's segments lies within one column, a column of its own: it starts
     * in the column and ends before the next column's text (a header may be wider than the body
     * text under it).
     */
    private boolean inColumns(TextLine line, float[] bounds, float[] colLeft, float size) {
        int last = -1;
        for (TextLine s : stream.segments(line)) {
            if (s.x0 < bounds[0] - config.columnSlackEm() * size) {
                return false;
            }
            int c = stream.column(bounds, s.x0);
            float limit = c + 1 < colLeft.length ? colLeft[c + 1] - config.columnSlackEm() * size : bounds[bounds.length - 1] + size;
            if (c <= last || s.x1 > limit) {
                return false;
            }
            last = c;
        }
        return true;
    }

    /** A table that ends a page and one that starts the next with the same columns become one. */
    List<Piece> joinTables(List<Piece> items) {
        List<Piece> out = new ArrayList<>(items.size());
        for (Piece it : items) {
            if (it instanceof Piece.Tab next && !out.isEmpty() && out.get(out.size() - 1) instanceof Piece.Tab prev
                    && next.table().firstPage() == prev.table().lastPage() + 1
                    && sameColumns(prev.table(), next.table())) {
                out.set(out.size() - 1, new Piece.Tab(prev.page(), join(prev.table(), next.table())));
            } else {
                out.add(it);
            }
        }
        return out;
    }

    /**
     * Whether two tables are one table continued: both ruled or both aligned, the same outer
     * edges, and most column boundaries of the one with fewer columns found in the other (a
     * merged cell on one page can hide a boundary the other page shows).
     */
    boolean sameColumns(PageTable a, PageTable b) {
        if (a.ruled() != b.ruled()) {
            return false;
        }
        float[] ca = a.columns();
        float[] cb = b.columns();
        if (!a.ruled()) {
            return ca.length == cb.length && Math.abs(ca[0] - cb[0]) <= config.alignedEdgeTolerance();
        }
        float tol = config.ruledEdgeTolerance();
        if (Math.abs(ca[0] - cb[0]) > tol || Math.abs(ca[ca.length - 1] - cb[cb.length - 1]) > tol) {
            return false;
        }
        float[] fewer = ca.length <= cb.length ? ca : cb;
        float[] more = ca.length <= cb.length ? cb : ca;
        if (fewer.length == 2) {
            return more.length == 2;
        }
        int found = 0;
        for (int i = 1; i < fewer.length - 1; i++) {
            for (float x : more) {
                if (Math.abs(x - fewer[i]) <= tol) {
                    found++;
                    break;
                }
            }
        }
        return found * 2 >= fewer.length - 2 && found >= 1;
    }

    /** The cells of a table moved onto a finer set of column boundaries. */
    private static List<List<PageTable.RawCell>> regrid(PageTable t, float[] bounds, int rowShift, int fromRow) {
        float[] xs = t.columns();
        List<List<PageTable.RawCell>> rows = new ArrayList<>();
        for (int r = fromRow; r < t.rows().size(); r++) {
            List<PageTable.RawCell> row = new ArrayList<>();
            for (PageTable.RawCell c : t.rows().get(r)) {
                int from = nearest(bounds, xs[c.column()]);
                int to = nearest(bounds, xs[Math.min(xs.length - 1, c.column() + c.colSpan())]);
                row.add(c.moved(c.row() - fromRow + rowShift, from, Math.max(1, to - from)));
            }
            rows.add(row);
        }
        return rows;
    }

    private static int nearest(float[] values, float x) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i] - x) < Math.abs(values[best] - x)) {
                best = i;
            }
        }
        return best;
    }

    private static List<String> rowKey(List<PageTable.RawCell> row) {
        // a repeated header may wrap differently when the continuation's columns are a little narrower
        return row.stream().map(c -> c.column() + ":" + c.colSpan() + ":" + c.text().replace("\n", "")).toList();
    }

    private PageTable join(PageTable a, PageTable b) {
        // parts with as many columns on both pages (aligned tables are joined only so) may sit a
        // little apart when each part was laid out on its own: column for column
        boolean columnForColumn = !a.ruled() || a.columns().length == b.columns().length;
        float[] bounds = columnForColumn ? a.columns() : snapBounds(a.columns(), b.columns());
        List<List<PageTable.RawCell>> first = regrid(a, bounds, 0, 0);
        List<List<PageTable.RawCell>> next = regrid(b, columnForColumn ? b.columns() : bounds, 0, 0);
        // drop the continuation's leading rows that repeat the first table's leading rows
        int repeated = 0;
        // (all of the first part's rows when it is only the head, left at the foot of its page)
        int max = Math.min(Math.min(4, first.size()), next.size() - 1);
        while (repeated < max && rowKey(first.get(repeated)).equals(rowKey(next.get(repeated)))
                && next.get(repeated).stream().anyMatch(c -> !c.text().isEmpty())) {
            repeated++;
        }
        List<List<PageTable.RawCell>> rows = new ArrayList<>(first);
        List<Integer> pages = new ArrayList<>(a.rowPages());
        int start = repeated;
        // a row split over the page break: its tail continues cells left open at the page's foot
        if (start < next.size() && a.bottomGap() < config.footGapShare()) {
            List<PageTable.RawCell> last = rows.get(rows.size() - 1);
            List<PageTable.RawCell> tail = next.get(start);
            if (isTailOf(tail, last)) {
                List<PageTable.RawCell> mergedRow = new ArrayList<>(last.size());
                for (PageTable.RawCell c : last) {
                    PageTable.RawCell more = tail.stream().filter(t -> t.column() == c.column() && !t.text().isEmpty())
                            .findFirst().orElse(null);
                    if (more == null) {
                        mergedRow.add(c);
                    } else {
                        StringBuilder sb = new StringBuilder(c.text());
                        if (c.openEnd()) {
                            TextLine.appendWrapped(sb, more.text());
                        } else {
                            sb.append('\n').append(more.text());
                        }
                        mergedRow.add(new PageTable.RawCell(sb.toString(), c.row(), c.column(), c.rowSpan(), c.colSpan(), more.openEnd(),
                                c.lines() + more.lines(), c.reading().joinedWith(more.reading())));
                    }
                }
                rows.set(rows.size() - 1, mergedRow);
                start++;
            }
        }
        int shift = rows.size() - start;
        for (int r = start; r < next.size(); r++) {
            List<PageTable.RawCell> row = new ArrayList<>();
            for (PageTable.RawCell c : next.get(r)) {
                row.add(c.moved(c.row() + shift, c.column(), c.colSpan()));
            }
            rows.add(row);
            pages.add(b.rowPages().get(r));
        }
        return new PageTable(a.top(), b.bottomGap(), bounds, rows, pages, a.ruled());
    }

    /**
     * Whether a continuation's first row is the rest of a row split over the page break: it has
     * text only in columns where the row above has text, not in all of them; every cell it
     * continues is long (ran over several lines), and one at least ran to its right edge. A new
     * row starts with its own short cells (a number, a name) instead.
     */
    private static boolean isTailOf(List<PageTable.RawCell> tail, List<PageTable.RawCell> last) {
        int filled = 0;
        boolean anyOpen = false;
        for (PageTable.RawCell t : tail) {
            if (t.text().isEmpty()) {
                continue;
            }
            filled++;
            PageTable.RawCell above = last.stream().filter(c -> c.column() == t.column() && c.colSpan() == t.colSpan())
                    .findFirst().orElse(null);
            if (above == null || above.text().isEmpty() || above.lines() < 2) {
                return false;
            }
            anyOpen |= above.openEnd();
        }
        long aboveFilled = last.stream().filter(c -> !c.text().isEmpty()).count();
        return filled > 0 && filled < aboveFilled && anyOpen;
    }

    /** How far apart two column boundaries of a continued table may be and still be one: see {@link #snapBounds}. */
    private float snapTolerance(float[] bounds) {
        float narrowest = Float.MAX_VALUE;
        for (int i = 1; i < bounds.length; i++) {
            narrowest = Math.min(narrowest, bounds[i] - bounds[i - 1]);
        }
        return Math.max(config.snapMin(), Math.min(config.snapMax(), config.snapShare() * narrowest));
    }

    /**
     * The column boundaries of a table joined from two pages: the first page's, plus those of the
     * continuation that are not near one of them. A continuation laid out on its own (a table
     * split in two around a page break) has its boundaries shifted by a few points; they are the
     * same columns, so a boundary within a quarter of the narrowest column (at most 8pt, at least
     * 3pt: {@link LayoutConfig#snapShare()}) snaps to the first page's.
     */
    float[] snapBounds(float[] first, float[] next) {
        float tol = snapTolerance(first);
        float[] all = Arrays.copyOf(first, first.length + next.length);
        int n = first.length;
        for (float x : next) {
            boolean near = false;
            for (int i = 0; i < n && !near; i++) {
                near = Math.abs(all[i] - x) <= tol;
            }
            if (!near) {
                all[n++] = x;
            }
        }
        float[] out = Arrays.copyOf(all, n);
        Arrays.sort(out);
        return out;
    }

}
