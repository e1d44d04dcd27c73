package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups text boxes into lines: boxes whose vertical extents overlap by half
 * ({@link LayoutConfig#lineOverlapShare()}) join one line.
 */
final class LineBuilder {

    private final LayoutConfig config;

    LineBuilder(LayoutConfig config) {
        this.config = config;
    }

    /**
     * Lines top to bottom; duplicated (fake-bold) boxes dropped; blank boxes (space glyphs) only
     * mark the word spaces of the line they stand in.
     */
    List<TextLine> lines(List<TextBox> input) {
        List<TextBox> boxes = new ArrayList<>(input.size());
        List<TextBox> blanks = new ArrayList<>();
        for (TextBox b : input) {
            if (b.text().isBlank()) {
                blanks.add(b);
            } else {
                boxes.add(b);
            }
        }
        boxes.sort(Comparator.comparingDouble(TextBox::centerY));
        List<List<TextBox>> groups = new ArrayList<>();
        List<TextBox> cur = null;
        float top = 0;
        float bottom = 0;
        for (TextBox b : boxes) {
            if (cur != null) {
                float overlap = Math.min(bottom, b.bottom()) - Math.max(top, b.top());
                float minH = Math.min(bottom - top, b.height());
                if (overlap >= config.lineOverlapShare() * minH) {
                    cur.add(b);
                    top = Math.min(top, b.top());
                    bottom = Math.max(bottom, b.bottom());
                    continue;
                }
            }
            cur = new ArrayList<>();
            cur.add(b);
            groups.add(cur);
            top = b.top();
            bottom = b.bottom();
        }
        Blanks byY = Blanks.of(blanks);
        List<TextLine> lines = new ArrayList<>(groups.size());
        for (List<TextBox> g : groups) {
            g.sort(Comparator.comparingDouble(TextBox::x));
            List<TextBox> kept = dropOverprint(g);
            lines.add(new TextLine(kept, spaces(kept, byY), spaceAfter(kept, byY), config));
        }
        lines.sort(Comparator.comparingDouble(l -> l.top));
        return lines;
    }

    /** For each box, whether a blank box stands between it and the one before on the same line. */
    private static boolean[] spaces(List<TextBox> line, Blanks blanks) {
        boolean[] out = new boolean[line.size()];
        if (blanks.isEmpty() || line.size() < 2) {
            return out;
        }
        TextBox first = line.get(0);
        float top = first.top();
        float bottom = first.bottom();
        for (TextBox b : line) {
            top = Math.min(top, b.top());
            bottom = Math.max(bottom, b.bottom());
        }
        for (int k = blanks.from(top); k < blanks.size() && !blanks.below(k, bottom); k++) {
            TextBox s = blanks.get(k);
            float cy = s.centerY();
            float cx = s.centerX();
            if (cy < top || cy > bottom || cx < first.x() || cx > line.get(line.size() - 1).right()) {
                continue;
            }
            for (int i = 1; i < line.size(); i++) {
                if (cx >= line.get(i - 1).centerX() && cx <= line.get(i).centerX()) {
                    out[i] = true;
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a blank box follows the line's last box closely (within one em). */
    private boolean spaceAfter(List<TextBox> line, Blanks blanks) {
        if (blanks.isEmpty() || line.isEmpty()) {
            return false;
        }
        TextBox last = line.get(line.size() - 1);
        for (int k = blanks.from(last.top()); k < blanks.size() && !blanks.below(k, last.bottom()); k++) {
            TextBox s = blanks.get(k);
            if (s.centerY() >= last.top() && s.centerY() <= last.bottom()
                    && s.x() >= last.right() - config.trailingSpaceSlack()
                    && s.x() <= last.right() + config.trailingSpaceEm() * last.fontSize()) {
                return true;
            }
        }
        return false;
    }

    /** Word/WPS draw "bold" by printing a run twice, slightly offset: keep the first copy. */
    private List<TextBox> dropOverprint(List<TextBox> leftToRight) {
        List<TextBox> out = new ArrayList<>(leftToRight.size());
        for (TextBox b : leftToRight) {
            boolean dup = false;
            for (int i = out.size() - 1; i >= 0 && i >= out.size() - 3; i--) {
                TextBox o = out.get(i);
                if (o.text().equals(b.text()) && Math.abs(o.x() - b.x()) < config.overprintShare() * Math.max(1f, o.width())
                        && Math.abs(o.top() - b.top()) < config.overprintShare() * Math.max(1f, o.height())) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * The page's blank boxes by the y of their centre, so that a line looks only at those within its
     * band instead of at all of them. A page with a NaN coordinate is scanned whole, as before.
     */
    private static final class Blanks {
        private final List<TextBox> byY;
        private final float[] ys;
        private final boolean scanAll;

        private Blanks(List<TextBox> byY, float[] ys, boolean scanAll) {
            this.byY = byY;
            this.ys = ys;
            this.scanAll = scanAll;
        }

        static Blanks of(List<TextBox> blanks) {
            List<TextBox> sorted = new ArrayList<>(blanks);
            sorted.sort(Comparator.comparingDouble(TextBox::centerY));
            float[] ys = new float[sorted.size()];
            boolean nan = false;
            for (int i = 0; i < ys.length; i++) {
                ys[i] = sorted.get(i).centerY();
                nan |= Float.isNaN(ys[i]);
            }
            return new Blanks(nan ? blanks : sorted, ys, nan);
        }

        boolean isEmpty() {
            return byY.isEmpty();
        }

        int size() {
            return byY.size();
        }

        TextBox get(int i) {
            return byY.get(i);
        }

        /** The first blank whose centre is not above {@code y} (0 when scanning all). */
        int from(float y) {
            if (scanAll) {
                return 0;
            }
            return FloatArrays.lowerBound(ys, y);
        }

        /** True when blank i and all after it lie below {@code y} (never when scanning all). */
        boolean below(int i, float y) {
            return !scanAll && ys[i] > y;
        }
    }
}
