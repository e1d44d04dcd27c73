package org.govdoc.read.ofd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govdoc.layout.PageContent;
import org.govdoc.layout.Rule;
import org.govdoc.layout.TextBox;
import org.ofdrw.core.annotation.pageannot.Annot;
import org.ofdrw.core.annotation.pageannot.Appearance;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.graph.pathObj.CT_Path;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.text.CT_Text;
import org.ofdrw.core.text.text.Weight;
import org.ofdrw.reader.DeltaTool;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;
import org.ofdrw.reader.model.AnnotionEntity;

/**
 * The ofdrw adapter of the layout layer: walks each page's layers (its template pages' included,
 * in their z-order) and its annotations' appearances, block by block, and turns every text object
 * into one {@link TextBox} per glyph (position from the text code, advance from its DeltaX, size and
 * CTM applied) and every stroked path into {@link Rule}s (its axis-parallel segments; a thin filled
 * rectangle is a line too). OFD measures in millimetres, the layout layer in points.
 */
final class OfdPageCollector {

    private static final double PT_PER_MM = 72 / 25.4;
    /** Where the top of a glyph box is above its baseline, in ems. */
    private static final double ASCENT = 0.88;
    /** How far a segment may lean (mm) and still be a ruling line. */
    private static final double STRAIGHT = 0.3;

    /** An affine transform x' = a x + c y + e, y' = b x + d y + f. */
    private record Affine(double a, double b, double c, double d, double e, double f) {
        static final Affine IDENTITY = new Affine(1, 0, 0, 1, 0, 0);

        static Affine of(ST_Array ctm) {
            if (ctm == null || ctm.size() < 6) {
                return IDENTITY;
            }
            Double[] m = ctm.toDouble();
            return new Affine(m[0], m[1], m[2], m[3], m[4], m[5]);
        }

        /** This transform, then a translation. */
        Affine thenMove(double dx, double dy) {
            return new Affine(a, b, c, d, e + dx, f + dy);
        }

        /** Applies {@code inner} first, then this. */
        Affine after(Affine inner) {
            return new Affine(a * inner.a + c * inner.b, b * inner.a + d * inner.b,
                    a * inner.c + c * inner.d, b * inner.c + d * inner.d,
                    a * inner.e + c * inner.f + e, b * inner.e + d * inner.f + f);
        }

        double x(double x, double y) {
            return a * x + c * y + e;
        }

        double y(double x, double y) {
            return b * x + d * y + f;
        }

        double scaleX() {
            return Math.hypot(a, b);
        }

        double scaleY() {
            return Math.hypot(c, d);
        }
    }

    /** Counts what a page held besides text, so that a text-less file can say what it is. */
    private int images;

    List<PageContent> collect(OFDReader reader) {
        Map<String, List<Annot>> annots = new HashMap<>();
        for (AnnotionEntity a : reader.getAnnotationEntities()) {
            annots.computeIfAbsent(a.getPageId(), k -> new ArrayList<>()).addAll(a.getAnnots());
        }
        List<PageContent> pages = new ArrayList<>();
        List<PageInfo> infos = reader.getPageList();
        for (int n = 0; n < infos.size(); n++) {
            PageInfo info = infos.get(n);
            List<TextBox> boxes = new ArrayList<>();
            List<Rule> rules = new ArrayList<>();
            for (CT_Layer layer : info.getAllLayer()) {
                walk(layer, Affine.IDENTITY, boxes, rules);
            }
            String id = info.getId() == null ? null : info.getId().toString();
            for (Annot annot : annots.getOrDefault(id, List.of())) {
                Appearance ap = annot.getAppearance();
                if (ap != null && annot.getVisible()) {
                    ST_Box b = ap.getBoundary();
                    Affine at = b == null ? Affine.IDENTITY : Affine.IDENTITY.thenMove(b.getTopLeftX(), b.getTopLeftY());
                    walk(ap, at, boxes, rules);
                }
            }
            ST_Box size = info.getSize();
            float w = (float) (size == null ? 210 : size.getWidth() * PT_PER_MM);
            float h = (float) (size == null ? 297 : size.getHeight() * PT_PER_MM);
            pages.add(new PageContent(n + 1, w, h, boxes, rules));
        }
        return pages;
    }

    /** Image objects met on the pages collected. */
    int images() {
        return images;
    }

    private void walk(CT_PageBlock block, Affine outer, List<TextBox> boxes, List<Rule> rules) {
        for (PageBlockType item : block.getPageBlocks()) {
            if (item instanceof CT_Text text) {
                if (!Boolean.FALSE.equals(text.getVisible())) {
                    text(text, outer, boxes);
                }
            } else if (item instanceof CT_Path path) {
                if (!Boolean.FALSE.equals(path.getVisible())) {
                    path(path, outer, rules);
                }
            } else if (item instanceof CT_PageBlock nested) {
                walk(nested, outer, boxes, rules);
            } else if (item.getName().equals("ImageObject")) {
                images++;
            }
        }
    }

    /** The object's own frame: its CTM inside its boundary, inside the outer frame. */
    private static Affine frame(ST_Box boundary, ST_Array ctm, Affine outer) {
        double bx = boundary == null ? 0 : boundary.getTopLeftX();
        double by = boundary == null ? 0 : boundary.getTopLeftY();
        return outer.after(Affine.of(ctm).thenMove(bx, by));
    }

    private static void text(CT_Text text, Affine outer, List<TextBox> boxes) {
        Affine m = frame(text.getBoundary(), text.getCTM(), outer);
        double size = text.getSize() == null ? 3.5 : text.getSize();
        Weight weight = text.getWeight();
        boolean bold = weight != null && weight.getWeight() != null && weight.getWeight() >= 700;
        double height = size * m.scaleY();
        double x = 0;
        double y = 0;
        for (TextCode code : text.getTextCodes()) {
            String content = code.getContent();
            if (content == null || content.isEmpty()) {
                continue;
            }
            if (code.getX() != null) {
                x = code.getX();
            }
            if (code.getY() != null) {
                y = code.getY();
            }
            int[] cps = content.codePoints().toArray();
            List<Float> dx = code.getDeltaX() == null ? List.of() : DeltaTool.getDelta(code.getDeltaX(), cps.length);
            List<Float> dy = code.getDeltaY() == null ? List.of() : DeltaTool.getDelta(code.getDeltaY(), cps.length);
            for (int i = 0; i < cps.length; i++) {
                double advance = i < dx.size() && dx.get(i) != null ? dx.get(i) : (cps[i] < 0x80 ? size / 2 : size);
                double left = m.x(x, y);
                double baseline = m.y(x, y);
                double width = Math.max(0, advance * m.scaleX());
                boxes.add(new TextBox(new String(Character.toChars(cps[i])),
                        pt(left), pt(baseline - ASCENT * height), pt(width), pt(height), pt(height), bold));
                x += advance;
                if (i < dy.size() && dy.get(i) != null) {
                    y += dy.get(i);
                }
            }
        }
    }

    private static void path(CT_Path path, Affine outer, List<Rule> rules) {
        Affine m = frame(path.getBoundary(), path.getCTM(), outer);
        boolean stroke = !Boolean.FALSE.equals(path.getStroke());
        boolean fill = Boolean.TRUE.equals(path.getFill());
        List<OfdPath.Segment> segments = OfdPath.segments(path.getAbbreviatedData());
        if (stroke) {
            for (OfdPath.Segment s : segments) {
                double x1 = m.x(s.x1(), s.y1());
                double y1 = m.y(s.x1(), s.y1());
                double x2 = m.x(s.x2(), s.y2());
                double y2 = m.y(s.x2(), s.y2());
                if (Math.abs(y2 - y1) <= STRAIGHT && Math.abs(x2 - x1) > STRAIGHT) {
                    double yy = (y1 + y2) / 2;
                    rules.add(Rule.horizontal(pt(yy), pt(x1), pt(x2)));
                } else if (Math.abs(x2 - x1) <= STRAIGHT && Math.abs(y2 - y1) > STRAIGHT) {
                    double xx = (x1 + x2) / 2;
                    rules.add(Rule.vertical(pt(xx), pt(y1), pt(y2)));
                }
            }
        } else if (fill && !segments.isEmpty()) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (OfdPath.Segment s : segments) {
                for (double[] p : new double[][] {{s.x1(), s.y1()}, {s.x2(), s.y2()}}) {
                    double px = m.x(p[0], p[1]);
                    double py = m.y(p[0], p[1]);
                    minX = Math.min(minX, px);
                    maxX = Math.max(maxX, px);
                    minY = Math.min(minY, py);
                    maxY = Math.max(maxY, py);
                }
            }
            Rule r = Rule.ofThinRectangle(pt(minX), pt(minY), pt(maxX - minX), pt(maxY - minY));
            if (r != null) {
                rules.add(r);
            }
        }
    }

    private static float pt(double mm) {
        return (float) (mm * PT_PER_MM);
    }
}
