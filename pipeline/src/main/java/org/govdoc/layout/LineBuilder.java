package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups text boxes into lines: boxes whose vertical extents overlap by half join one line. */
final class LineBuilder {

    private LineBuilder() {
    }

    /** Lines top to bottom; blank boxes and duplicated (fake-bold) boxes dropped. */
    static List<TextLine> lines(List<TextBox> input) {
        List<TextBox> boxes = new ArrayList<>(input.size());
        for (TextBox b : input) {
            if (!b.text().isBlank()) {
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
            lines.add(new TextLine(dropOverprint(g)));
        }
        lines.sort(Comparator.comparingDouble(l -> l.top));
        return lines;
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
