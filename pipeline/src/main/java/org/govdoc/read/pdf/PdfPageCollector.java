package org.govdoc.read.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.govdoc.layout.PageContent;
import org.govdoc.layout.Rule;
import org.govdoc.layout.TextBox;

/**
 * The PDFBox adapter of the layout layer: one pass over each page's content stream collects the
 * glyphs (from {@link TextPosition}s) and the ruling lines (stroked axis-parallel segments and
 * thin filled rectangles, from the path operators the text stripper does not handle itself),
 * then turns both into {@link PageContent} in the page's reading frame: the frame is turned so
 * that most text runs left to right, which covers /Rotate 90/270 pages and landscape content
 * drawn rotated on a portrait page alike.
 */
final class PdfPageCollector extends PDFTextStripper {

    /** A glyph in user space (crop-box relative): origin, unit direction, advance, size. */
    private record Glyph(String text, float x, float y, float dx, float dy, float advance, float size, boolean bold) {
    }

    private final List<PageContent> pages = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final List<Glyph> glyphs = new ArrayList<>();
    /** x1, y1, x2, y2 in user space; stroked segments. */
    private final List<float[]> strokes = new ArrayList<>();
    /** x, y, w, h in user space; filled rectangles. */
    private final List<float[]> fills = new ArrayList<>();
    /** Subpaths of the current path, each a flat list of points (x, y, ...) and whether it is closed. */
    private final List<float[]> subpaths = new ArrayList<>();
    private final List<Boolean> closed = new ArrayList<>();
    private float[] current = new float[0];
    private int currentLen;
    private float cropX;
    private float cropY;
    private float cropW;
    private float cropH;
    private int rotation;

    PdfPageCollector() {
        setSortByPosition(false);
    }

    /** Collects every page of the document. */
    List<PageContent> collect(PDDocument doc) throws IOException {
        pages.clear();
        writeText(doc, new StringWriter());
        return List.copyOf(pages);
    }

    @Override
    protected void startPage(PDPage page) {
        glyphs.clear();
        strokes.clear();
        fills.clear();
        clearPath();
        PDRectangle crop = page.getCropBox();
        cropX = crop.getLowerLeftX();
        cropY = crop.getLowerLeftY();
        cropW = crop.getWidth();
        cropH = crop.getHeight();
        rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    @Override
    protected void processTextPosition(TextPosition tp) {
        String u = tp.getUnicode();
        if (u == null || u.isEmpty()) {
            return;
        }
        if (u.isBlank()) {
            u = " ";
        }
        Matrix m = tp.getTextMatrix();
        float a = m.getValue(0, 0);
        float b = m.getValue(0, 1);
        float len = (float) Math.hypot(a, b);
        if (len == 0) {
            return;
        }
        float size = (float) Math.hypot(m.getValue(1, 0), m.getValue(1, 1));
        if (size <= 0) {
            size = len;
        }
        glyphs.add(new Glyph(normalizeRadicals(u), m.getTranslateX(), m.getTranslateY(), a / len, b / len,
                tp.getWidthDirAdj(), size, isBold(tp.getFont())));
    }

    @Override
    protected void writePage() {
        // the layout layer orders the text; nothing to write
    }

    @Override
    protected void endPage(PDPage page) {
        // the reading frame: the quadrant most glyphs run in, else the page's /Rotate
        int[] votes = new int[4];
        for (Glyph g : glyphs) {
            votes[quadrant(g.dx(), g.dy())]++;
        }
        int q = rotation / 90 % 4;
        int best = -1;
        for (int i = 0; i < 4; i++) {
            if (votes[i] > best && votes[i] > 0) {
                best = votes[i];
                q = i;
            }
        }
        boolean turned = q % 2 == 1;
        float width = turned ? cropH : cropW;
        float height = turned ? cropW : cropH;
        List<TextBox> boxes = new ArrayList<>(glyphs.size());
        float[] p = new float[2];
        float[] e = new float[2];
        for (Glyph g : glyphs) {
            toFrame(q, g.x(), g.y(), p);
            toFrame(q, g.x() + g.dx() * g.advance(), g.y() + g.dy() * g.advance(), e);
            float x = Math.min(p[0], e[0]);
            float w = Math.abs(e[0] - p[0]);
            float baseline = quadrant(g.dx(), g.dy()) == q ? p[1] : (p[1] + e[1]) / 2;
            boxes.add(new TextBox(g.text(), x, baseline - 0.85f * g.size(), w, g.size(), g.size(), g.bold()));
        }
        List<Rule> rules = new ArrayList<>();
        for (float[] s : strokes) {
            toFrame(q, s[0], s[1], p);
            toFrame(q, s[2], s[3], e);
            if (Math.abs(p[1] - e[1]) < 0.5f) {
                rules.add(Rule.horizontal((p[1] + e[1]) / 2, p[0], e[0]));
            } else if (Math.abs(p[0] - e[0]) < 0.5f) {
                rules.add(Rule.vertical((p[0] + e[0]) / 2, p[1], e[1]));
            }
        }
        for (float[] r : fills) {
            toFrame(q, r[0], r[1], p);
            toFrame(q, r[0] + r[2], r[1] + r[3], e);
            Rule rule = Rule.ofThinRectangle(p[0], p[1], e[0] - p[0], e[1] - p[1]);
            if (rule != null) {
                rules.add(rule);
            }
        }
        pages.add(new PageContent(getCurrentPageNo(), width, height, boxes, rules));
    }

    /** User space (crop-relative, y up) → reading frame (y down) for a frame turned by q quarter turns. */
    private void toFrame(int q, float x, float y, float[] out) {
        switch (q) {
            case 1 -> {
                out[0] = y;
                out[1] = x;
            }
            case 2 -> {
                out[0] = cropW - x;
                out[1] = y;
            }
            case 3 -> {
                out[0] = cropH - y;
                out[1] = cropW - x;
            }
            default -> {
                out[0] = x;
                out[1] = cropH - y;
            }
        }
    }

    private static int quadrant(float dx, float dy) {
        if (Math.abs(dx) >= Math.abs(dy)) {
            return dx >= 0 ? 0 : 2;
        }
        return dy >= 0 ? 1 : 3;
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
            PDFontDescriptor d = f.getFontDescriptor();
            return name.contains("bold") || name.contains("black") || name.contains("heavy")
                    || name.contains("simhei") || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        });
    }

    /**
     * Some producers map Chinese characters to their Kangxi radical or compatibility twins
     * (⽬ U+2F6C for 目); fold those to the unified ideograph.
     */
    static String normalizeRadicals(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u2E80' && c <= '\u2FDF' || c >= '\uF900' && c <= '\uFAFF') {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ path operators

    @Override
    protected void unsupportedOperator(Operator operator, List<COSBase> operands) {
        switch (operator.getName()) {
            case "m" -> {
                if (numbers(operands, 2)) {
                    startSubpath();
                    addPoint(num(operands, 0), num(operands, 1));
                }
            }
            case "l" -> {
                if (numbers(operands, 2)) {
                    addPoint(num(operands, 0), num(operands, 1));
                }
            }
            case "c" -> {
                if (numbers(operands, 6)) {
                    curveTo(num(operands, 4), num(operands, 5));
                }
            }
            case "v", "y" -> {
                if (numbers(operands, 4)) {
                    curveTo(num(operands, 2), num(operands, 3));
                }
            }
            case "h" -> {
                if (!closed.isEmpty()) {
                    closed.set(closed.size() - 1, true);
                }
            }
            case "re" -> {
                if (numbers(operands, 4)) {
                    float x = num(operands, 0);
                    float y = num(operands, 1);
                    float w = num(operands, 2);
                    float h = num(operands, 3);
                    startSubpath();
                    addPoint(x, y);
                    addPoint(x + w, y);
                    addPoint(x + w, y + h);
                    addPoint(x, y + h);
                    closed.set(closed.size() - 1, true);
                    startSubpath();
                }
            }
            case "S" -> paint(true, false, false);
            case "s" -> paint(true, false, true);
            case "f", "F", "f*" -> paint(false, true, false);
            case "B", "B*" -> paint(true, true, false);
            case "b", "b*" -> paint(true, true, true);
            case "n" -> clearPath();
            default -> {
                // other operators (colours, clipping, images) do not matter to the layout
            }
        }
    }

    private static boolean numbers(List<COSBase> operands, int n) {
        if (operands.size() < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!(operands.get(i) instanceof COSNumber)) {
                return false;
            }
        }
        return true;
    }

    private static float num(List<COSBase> operands, int i) {
        return ((COSNumber) operands.get(i)).floatValue();
    }

    private void startSubpath() {
        flushSubpath();
        current = new float[8];
        currentLen = 0;
        closed.add(false);
        subpaths.add(null);
    }

    private void flushSubpath() {
        if (!subpaths.isEmpty() && subpaths.get(subpaths.size() - 1) == null) {
            float[] pts = new float[currentLen];
            System.arraycopy(current, 0, pts, 0, currentLen);
            subpaths.set(subpaths.size() - 1, pts);
        }
    }

    private void addPoint(float x, float y) {
        if (subpaths.isEmpty() || subpaths.get(subpaths.size() - 1) != null) {
            startSubpath();
        }
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        float ux = ctm.getValue(0, 0) * x + ctm.getValue(1, 0) * y + ctm.getValue(2, 0) - cropX;
        float uy = ctm.getValue(0, 1) * x + ctm.getValue(1, 1) * y + ctm.getValue(2, 1) - cropY;
        if (currentLen + 2 > current.length) {
            float[] bigger = new float[current.length * 2 + 2];
            System.arraycopy(current, 0, bigger, 0, currentLen);
            current = bigger;
        }
        current[currentLen++] = ux;
        current[currentLen++] = uy;
    }

    /** A curve breaks the straight run: start a new subpath at its end point. */
    private void curveTo(float x, float y) {
        startSubpath();
        addPoint(x, y);
    }

    private void paint(boolean stroke, boolean fill, boolean close) {
        flushSubpath();
        for (int s = 0; s < subpaths.size(); s++) {
            float[] pts = subpaths.get(s);
            if (pts == null || pts.length < 4) {
                continue;
            }
            boolean isClosed = close || closed.get(s);
            int n = pts.length / 2;
            if (stroke) {
                for (int i = 0; i + 1 < n; i++) {
                    strokes.add(new float[] {pts[2 * i], pts[2 * i + 1], pts[2 * i + 2], pts[2 * i + 3]});
                }
                if (isClosed && n > 2) {
                    strokes.add(new float[] {pts[2 * n - 2], pts[2 * n - 1], pts[0], pts[1]});
                }
            }
            if (fill && (n == 4 || n == 5)) {
                float minX = Float.MAX_VALUE;
                float maxX = -Float.MAX_VALUE;
                float minY = Float.MAX_VALUE;
                float maxY = -Float.MAX_VALUE;
                for (int i = 0; i < n; i++) {
                    minX = Math.min(minX, pts[2 * i]);
                    maxX = Math.max(maxX, pts[2 * i]);
                    minY = Math.min(minY, pts[2 * i + 1]);
                    maxY = Math.max(maxY, pts[2 * i + 1]);
                }
                if (isAxisRectangle(pts, n, minX, maxX, minY, maxY)) {
                    fills.add(new float[] {minX, minY, maxX - minX, maxY - minY});
                }
            } else if (fill && n == 2) {
                // a filled "rectangle" given as a line: treat as a stroke
                strokes.add(new float[] {pts[0], pts[1], pts[2], pts[3]});
            }
        }
        clearPath();
    }

    private static boolean isAxisRectangle(float[] pts, int n, float minX, float maxX, float minY, float maxY) {
        for (int i = 0; i < n; i++) {
            float x = pts[2 * i];
            float y = pts[2 * i + 1];
            boolean onX = Math.abs(x - minX) < 0.5f || Math.abs(x - maxX) < 0.5f;
            boolean onY = Math.abs(y - minY) < 0.5f || Math.abs(y - maxY) < 0.5f;
            if (!onX || !onY) {
                return false;
            }
        }
        return true;
    }

    private void clearPath() {
        subpaths.clear();
        closed.clear();
        currentLen = 0;
    }
}
