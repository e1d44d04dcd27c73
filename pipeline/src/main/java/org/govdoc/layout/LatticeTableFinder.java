package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables drawn with ruling lines: near-duplicate segments merged, connected groups of horizontal
 * and vertical lines turned into a grid, grid cells joined into merged cells where an inner line
 * is missing, and the text boxes inside each cell joined in reading order.
 */
final class LatticeTableFinder implements TableFinder {

    /** A table and the region it covers. */
    record Region(PageTable table, float x0, float y0, float x1, float y1) {
        boolean contains(TextBox b) {
            return b.centerX() >= x0 && b.centerX() <= x1 && b.centerY() >= y0 && b.centerY() <= y1;
        }
    }

    /** Distance under which two lines or coordinates are the same. */
    private final float tol;
    /** The most inner margin assumed on a cell's right (Word uses 5.4pt, WPS exports often 3pt). */
    private final float cellPadding;

    private final LayoutConfig config;
    private final LineBuilder lineBuilder;

    LatticeTableFinder(LayoutConfig config) {
        this.config = config;
        this.lineBuilder = new LineBuilder(config);
        this.tol = config.lineTolerance();
        this.cellPadding = config.cellPadding();
    }

    /**
     * The ruled tables of a page. The cells take the boxes of the given lines (and the page's
     * space boxes, which mark word spaces); the lines outside the tables are built anew from the
     * boxes left, since a line may run beside a table.
     */
    @Override
    public Result find(PageContent page, List<TextLine> lines) {
        if (page.rules().isEmpty()) {
            return new Result(List.of(), lines);
        }
        List<TextBox> boxes = new ArrayList<>();
        for (TextLine l : lines) {
            boxes.addAll(l.boxes);
        }
        for (TextBox b : page.boxes()) {
            if (b.text().isBlank()) {
                boxes.add(b);
            }
        }
        List<Region> regions = regions(page.rules(), boxes, page.number(), page.height());
        if (regions.isEmpty()) {
            return new Result(List.of(), lines);
        }
        List<TextBox> rest = new ArrayList<>(boxes.size());
        for (TextBox b : boxes) {
            if (regions.stream().noneMatch(r -> r.contains(b))) {
                rest.add(b);
            }
        }
        List<Found> tables = regions.stream().map(r -> new Found(r.table(), List.<TextLine>of())).toList();
        return new Result(tables, lineBuilder.lines(rest));
    }

    /** The ruled tables drawn by the given rules, with the boxes inside them as cell text, top to bottom. */
    List<Region> regions(List<Rule> rules, List<TextBox> boxes, int page, float pageHeight) {
        List<Rule> hs = new ArrayList<>();
        List<Rule> vs = new ArrayList<>();
        for (Rule r : rules) {
            if (r.length() < config.minRuleLength()) {
                continue;
            }
            if (r.isHorizontal()) {
                hs.add(r);
            } else if (r.isVertical()) {
                vs.add(r);
            }
        }
        if (hs.isEmpty() || vs.isEmpty()) {
            return List.of();
        }
        hs = merge(hs, true);
        vs = merge(vs, false);
        // connected groups of crossing or touching lines
        int n = hs.size() + vs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // verticals come sorted by x: only those within a horizontal's x-range can meet it
        float[] vx = new float[vs.size()];
        for (int j = 0; j < vs.size(); j++) {
            vx[j] = vs.get(j).x1();
        }
        for (int i = 0; i < hs.size(); i++) {
            Rule h = hs.get(i);
            int j = FloatArrays.lowerBound(vx, h.x1() - tol);
            for (; j < vs.size() && vx[j] <= h.x2() + tol; j++) {
                Rule v = vs.get(j);
                if (h.y1() >= v.y1() - tol && h.y1() <= v.y2() + tol) {
                    union(parent, i, hs.size() + j);
                }
            }
        }
        List<Region> found = new ArrayList<>();
        Map<Integer, List<Rule>> groupH = new LinkedHashMap<>();
        Map<Integer, List<Rule>> groupV = new HashMap<>();
        for (int k = 0; k < n; k++) {
            int root = find(parent, k);
            if (k < hs.size()) {
                groupH.computeIfAbsent(root, x -> new ArrayList<>()).add(hs.get(k));
            } else {
                groupV.computeIfAbsent(root, x -> new ArrayList<>()).add(vs.get(k - hs.size()));
            }
        }
        for (Map.Entry<Integer, List<Rule>> e : groupH.entrySet()) {
            List<Rule> gv = groupV.get(e.getKey());
            if (gv == null) {
                continue;
            }
            Region f = grid(e.getValue(), gv, boxes, page, pageHeight);
            if (f != null) {
                found.add(f);
            }
        }
        found.sort(Comparator.comparingDouble(Region::y0));
        return found;
    }

    private Region grid(List<Rule> hs, List<Rule> vs, List<TextBox> boxes, int page, float pageHeight) {
        if (hs.isEmpty() || vs.isEmpty()) {
            return null;
        }
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        float[] xsRaw = new float[vs.size() + 2];
        float[] ysRaw = new float[hs.size() + 2];
        for (int i = 0; i < hs.size(); i++) {
            Rule h = hs.get(i);
            minX = Math.min(minX, h.x1());
            maxX = Math.max(maxX, h.x2());
            ysRaw[i] = h.y1();
        }
        for (int i = 0; i < vs.size(); i++) {
            Rule v = vs.get(i);
            minY = Math.min(minY, v.y1());
            maxY = Math.max(maxY, v.y2());
            xsRaw[i] = v.x1();
        }
        xsRaw[vs.size()] = minX;
        xsRaw[vs.size() + 1] = maxX;
        ysRaw[hs.size()] = minY;
        ysRaw[hs.size() + 1] = maxY;
        float[] xs = cluster(xsRaw);
        float[] ys = cluster(ysRaw);
        int cols = xs.length - 1;
        int rows = ys.length - 1;
        if (cols < 1 || rows < 1 || cols * rows < 2) {
            return null;
        }
        // which inner boundaries are drawn
        boolean[][] vEdge = new boolean[rows][cols + 1];
        for (int r = 0; r < rows; r++) {
            vEdge[r][0] = true;
            vEdge[r][cols] = true;
            for (int c = 1; c < cols; c++) {
                vEdge[r][c] = covered(vs, xs[c], ys[r], ys[r + 1], false);
            }
        }
        boolean[][] hEdge = new boolean[rows + 1][cols];
        for (int c = 0; c < cols; c++) {
            hEdge[0][c] = true;
            hEdge[rows][c] = true;
            for (int r = 1; r < rows; r++) {
                hEdge[r][c] = covered(hs, ys[r], xs[c], xs[c + 1], true);
            }
        }
        // grid cells joined where no line separates them
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !vEdge[r][c + 1]) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !hEdge[r + 1][c]) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        int[] r0 = new int[rows * cols];
        int[] c0 = new int[rows * cols];
        int[] r1 = new int[rows * cols];
        int[] c1 = new int[rows * cols];
        Arrays.fill(r0, Integer.MAX_VALUE);
        Arrays.fill(c0, Integer.MAX_VALUE);
        Arrays.fill(r1, -1);
        Arrays.fill(c1, -1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                r0[root] = Math.min(r0[root], r);
                c0[root] = Math.min(c0[root], c);
                r1[root] = Math.max(r1[root], r);
                c1[root] = Math.max(c1[root], c);
            }
        }
        // text boxes into cells
        float x0 = xs[0];
        float x1 = xs[cols];
        float y0 = ys[0];
        float y1 = ys[rows];
        List<List<TextBox>> inCell = new ArrayList<>(rows * cols);
        for (int i = 0; i < rows * cols; i++) {
            inCell.add(null);
        }
        for (TextBox b : boxes) {
            float cx = b.centerX();
            float cy = b.centerY();
            if (cx < x0 || cx > x1 || cy < y0 || cy > y1) {
                continue;
            }
            int c = Math.max(0, Math.min(cols - 1, upperIndex(xs, cx)));
            int r = Math.max(0, Math.min(rows - 1, upperIndex(ys, cy)));
            int root = find(parent, r * cols + c);
            if (inCell.get(root) == null) {
                inCell.set(root, new ArrayList<>());
            }
            inCell.get(root).add(b);
        }
        List<List<PageTable.RawCell>> rowCells = new ArrayList<>();
        List<Integer> rowPages = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            rowCells.add(new ArrayList<>());
            rowPages.add(page);
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                if (r0[root] != r || c0[root] != c) {
                    continue;
                }
                List<TextBox> content = inCell.get(root);
                float right = xs[c1[root] + 1];
                String text = "";
                boolean open = false;
                int count = 0;
                List<TextLine> lines = content == null ? List.of() : lineBuilder.lines(content);
                if (!lines.isEmpty()) {
                    text = cellText(lines, xs[c], right);
                    TextLine last = lines.get(lines.size() - 1);
                    open = right - last.x1 < config.openCellEm() * last.fontSize;
                    count = lines.size();
                }
                rowCells.get(r).add(new PageTable.RawCell(text, r, c, r1[root] - r + 1, c1[root] - c + 1, open, count,
                        BoxReading.ofFrame(xs[c], ys[r], right, ys[r1[root] + 1], content == null ? List.of() : content)));
            }
        }
        // a ruled frame with no text at all (a box drawn around a figure) is not a table
        boolean anyText = rowCells.stream().flatMap(List::stream).anyMatch(c -> !c.text().isEmpty());
        if (!anyText) {
            return null;
        }
        return new Region(new PageTable(y0, (pageHeight - y1) / pageHeight, xs, rowCells, rowPages, true), x0 - tol, y0 - tol, x1 + tol, y1 + tol);
    }

    /**
     * The text of a cell's lines: a line whose successor's first unit would not have fitted after
     * it wrapped softly and is joined; other lines end with '\n'.
     */
    String cellText(List<TextLine> lines, float left, float right) {
        // the cell's inner margin, as its left-aligned text shows it (Word 5.4pt, WPS often less)
        float start = Float.MAX_VALUE;
        for (TextLine l : lines) {
            start = Math.min(start, l.x0);
        }
        float padding = Math.max(1f, Math.min(cellPadding, start - left));
        StringBuilder sb = new StringBuilder();
        TextLine prev = null;
        for (TextLine l : lines) {
            String t = l.text();
            if (prev == null) {
                sb.append(t);
            } else if (TextLine.wrapsInto(prev, l, right, padding) && !startsNewItem(prev, t)) {
                TextLine.appendWrapped(sb, prev, t);
            } else {
                sb.append('\n').append(t);
            }
            prev = l;
        }
        return sb.toString().strip();
    }

    /** A line after a finished sentence that starts with a new number ("；" then "2.") begins a new item. */
    static boolean startsNewItem(TextLine prev, String next) {
        String p = prev.text();
        return !p.isEmpty() && "。；;！!？?：:".indexOf(p.charAt(p.length() - 1)) >= 0
                && ParagraphRules.startsWithNumbering(next);
    }

    /** Index i such that edges[i] <= v < edges[i+1]. */
    private static int upperIndex(float[] edges, float v) {
        int i = Arrays.binarySearch(edges, v);
        return i >= 0 ? i : -i - 2;
    }

    /** Whether the lines along one coordinate cover the span [from, to] (mostly). */
    private boolean covered(List<Rule> lines, float at, float from, float to, boolean horizontal) {
        float need = (to - from) * config.ruleCoverage();
        float got = 0;
        for (Rule l : lines) {
            float pos = horizontal ? l.y1() : l.x1();
            if (Math.abs(pos - at) > tol) {
                continue;
            }
            float a = horizontal ? l.x1() : l.y1();
            float b = horizontal ? l.x2() : l.y2();
            got += Math.max(0, Math.min(b, to) - Math.max(a, from));
        }
        return got >= need;
    }

    /** Sorted distinct values, values closer than the line tolerance merged to their mean. */
    float[] cluster(float[] values) {
        float[] v = values.clone();
        Arrays.sort(v);
        float[] out = new float[v.length];
        int n = 0;
        int i = 0;
        while (i < v.length) {
            float sum = v[i];
            int k = 1;
            while (i + k < v.length && v[i + k] - v[i + k - 1] <= tol) {
                sum += v[i + k];
                k++;
            }
            out[n++] = sum / k;
            i += k;
        }
        return Arrays.copyOf(out, n);
    }

    /** Near-duplicate and touching collinear segments merged into one. */
    List<Rule> merge(List<Rule> lines, boolean horizontal) {
        List<Rule> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.<Rule>comparingDouble(r -> horizontal ? r.y1() : r.x1())
                .thenComparingDouble(r -> horizontal ? r.x1() : r.y1()));
        List<Rule> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            float base = horizontal ? sorted.get(i).y1() : sorted.get(i).x1();
            while (j < sorted.size() && (horizontal ? sorted.get(j).y1() : sorted.get(j).x1()) - base <= tol) {
                j++;
            }
            List<Rule> band = new ArrayList<>(sorted.subList(i, j));
            band.sort(Comparator.comparingDouble(r -> horizontal ? r.x1() : r.y1()));
            float pos = 0;
            for (Rule r : band) {
                pos += horizontal ? r.y1() : r.x1();
            }
            pos /= band.size();
            float a = Float.NaN;
            float b = Float.NaN;
            for (Rule r : band) {
                float ra = horizontal ? r.x1() : r.y1();
                float rb = horizontal ? r.x2() : r.y2();
                if (Float.isNaN(a)) {
                    a = ra;
                    b = rb;
                } else if (ra <= b + tol) {
                    b = Math.max(b, rb);
                } else {
                    out.add(horizontal ? Rule.horizontal(pos, a, b) : Rule.vertical(pos, a, b));
                    a = ra;
                    b = rb;
                }
            }
            out.add(horizontal ? Rule.horizontal(pos, a, b) : Rule.vertical(pos, a, b));
            i = j;
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
