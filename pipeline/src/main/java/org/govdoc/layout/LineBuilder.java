package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups text boxes into lines: boxes whose vertical extents overlap by half join one line. */
final class LineBuilder {

    private LineBuilder() {
    }

    /**
     * Lines top to bottom; duplicated (fake-bold) boxes dropped; blank boxes (space glyphs) only
     * mark the word spaces of the line they stand in.
     */
    static List<TextLine> lines(List<TextBox> input) {
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
                if (overlap >= 0.5f * minH) {
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
        List<TextLine> lines = new ArrayList<>(groups.size());
        for (List<TextBox> g : groups) {
            g.sort(Comparator.comparingDouble(TextBox::x));
            List<TextBox> kept = dropOverprint(g);
            lines.add(new TextLine(kept, spaces(kept, blanks), spaceAfter(kept, blanks)));
        }
        lines.sort(Comparator.comparingDouble(l -> l.top));
        return lines;
    }

    /** For each box, whether a blank box stands between it and the one before on the same line. */
    private static boolean[] spaces(List<TextBox> line, List<TextBox> blanks) {
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
        for (TextBox s : blanks) {
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
    private static boolean spaceAfter(List<TextBox> line, List<TextBox> blanks) {
        if (blanks.isEmpty() || line.isEmpty()) {
            return false;
        }
        TextBox last = line.get(line.size() - 1);
        for (TextBox s : blanks) {
            if (s.centerY() >= last.top() && s.centerY() <= last.bottom()
                    && s.x() >= last.right() - 0.5f && s.x() <= last.right() + last.fontSize()) {
                return true;
            }
        }
        return false;
    }

    /** Word/WPS draw "bold" by printing a run twice, slightly offset: keep the first copy. */
    private static List<TextBox> dropOverprint(List<TextBox> leftToRight) {
        List<TextBox> out = new ArrayList<>(leftToRight.size());
        for (TextBox b : leftToRight) {
            boolean dup = false;
            for (int i = out.size() - 1; i >= 0 && i >= out.size() - 3; i--) {
                TextBox o = out.get(i);
                if (o.text().equals(b.text()) && Math.abs(o.x() - b.x()) < 0.3f * Math.max(1f, o.width())
                        && Math.abs(o.top() - b.top()) < 0.3f * Math.max(1f, o.height())) {
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
}
