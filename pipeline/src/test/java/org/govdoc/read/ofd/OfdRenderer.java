package org.govdoc.read.ofd;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govdoc.corpus.render.ColumnAutofit;
import org.govdoc.corpus.render.SpecGrid;
import org.govdoc.corpus.render.TableRows;
import org.govdoc.corpus.render.SpecGrid.Placed;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Div;
import org.ofdrw.layout.element.Img;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.Position;

/**
 * Writes a {@link DocSpec} as an OFD with ofdrw-layout, the way an OA system's "print to OFD" lays
 * a document out: every line a text object at its place, table cells framed by border paths
 * (merged cells one frame), page header and numbers on every page, optionally a seal image. Test
 * fixtures only: text stays text (never drawn as outlines, as the PDF→OFD converter does).
 * Units are millimetres, as in OFD.
 */
public final class OfdRenderer {

    private static final double PAGE_W = 210;
    private static final double PAGE_H = 297;
    private static final double MARGIN_X = 25;
    private static final double MARGIN_TOP = 28;
    private static final double MARGIN_BOTTOM = 28;
    private static final double BODY = 4.2;
    private static final double TABLE = 3.7;
    private static final double FURNITURE = 3.5;

    private final Path seal;
    private final List<VirtualPage> pages = new ArrayList<>();
    private VirtualPage page;
    private double y;

    /** @param seal an image stamped over the end of the last page (a 公章), or null */
    public OfdRenderer(Path seal) {
        this.seal = seal;
    }

    public OfdRenderer() {
        this(null);
    }

    public void render(DocSpec spec, Path out) throws IOException {
        pages.clear();
        newPage();
        for (SpecBlock b : spec.blocks()) {
            if (b instanceof SpecBlock.Paragraph p) {
                paragraph(p);
            } else if (b instanceof SpecBlock.Table t) {
                table(t);
            } else if (b instanceof SpecBlock.PageBreak) {
                newPage();
            }
        }
        if (seal != null) {
            Img img = new Img(40d, 40d, seal);
            img.setPosition(Position.Absolute).setX(PAGE_W - MARGIN_X - 45).setY(Math.min(y, PAGE_H - MARGIN_BOTTOM - 40));
            page.add(img);
        }
        furniture(spec.furniture());
        try (OFDDoc doc = new OFDDoc(out)) {
            PageLayout layout = new PageLayout(PAGE_W, PAGE_H);
            layout.setMargin(0d);
            doc.setDefaultPageLayout(layout);
            for (VirtualPage p : pages) {
                doc.addVPage(p);
            }
        }
    }

    private void newPage() {
        PageLayout layout = new PageLayout(PAGE_W, PAGE_H);
        layout.setMargin(0d);
        page = new VirtualPage(layout);
        pages.add(page);
        y = MARGIN_TOP;
    }

    private double bottom() {
        return PAGE_H - MARGIN_BOTTOM;
    }

    private void text(double x, double top, double size, String line) {
        if (line.isBlank()) {
            return;
        }
        Paragraph p = new Paragraph(line, size);
        p.setPosition(Position.Absolute).setX(x).setY(top);
        p.setWidth(line.length() * size * 1.2 + size * 2); // room enough that ofdrw-layout never wraps the line again
        p.setMargin(0d).setPadding(0d);
        page.add(p);
    }

    private void frame(double x1, double y1, double x2, double y2) {
        Div<?> d = new Div<>();
        d.setPosition(Position.Absolute).setX(x1).setY(y1);
        d.setWidth(x2 - x1).setHeight(y2 - y1);
        d.setMargin(0d).setPadding(0d).setBorder(0.2d);
        page.add(d);
    }

    /** A horizontal line: a flat bordered box. */
    private void rule(double x1, double y1, double x2) {
        Div<?> d = new Div<>();
        d.setPosition(Position.Absolute).setX(x1).setY(y1);
        d.setWidth(x2 - x1).setHeight(0d);
        d.setMargin(0d).setPadding(0d).setBorder(0d, 0d, 0.2d, 0d);
        page.add(d);
    }

    private void paragraph(SpecBlock.Paragraph p) {
        int level = p.headingLevel();
        double size = level == 1 ? 6.3 : level == 2 ? 5.3 : level >= 3 ? 4.6 : BODY;
        double lh = size * 1.5;
        double indent = p.centered() ? 0 : 2 * size;
        double cw = PAGE_W - 2 * MARGIN_X;
        if (level > 0 && y > MARGIN_TOP + 0.01) {
            y += size * 0.5;
        }
        List<String> lines = wrap(p.text(), size, cw, indent);
        for (int i = 0; i < lines.size(); i++) {
            if (y + lh > bottom()) {
                newPage();
            }
            String line = lines.get(i);
            double x = p.centered() ? MARGIN_X + (cw - width(line, size)) / 2 : MARGIN_X + (i == 0 ? indent : 0);
            text(x, y, size, line);
            y += lh;
        }
        if (level > 0) {
            y += size * 0.5;
        }
    }

    private void table(SpecBlock.Table t) {
        double size = TABLE;
        double lh = size * 1.4;
        double pad = 1.8;
        SpecGrid grid = new SpecGrid(t);
        int nRows = grid.rowCount();
        int nCols = grid.columnCount();
        if (nCols == 0) {
            return;
        }
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < nRows; r++) {
            placed.addAll(grid.cellsStartingIn(r));
        }
        double avail = PAGE_W - 2 * MARGIN_X;
        double[] widths = new double[nCols];
        for (int c = 0; c < nCols; c++) {
            widths[c] = 2 * size + 2 * pad;
        }
        for (Placed p : placed) {
            if (p.colSpan() == 1) {
                for (String part : p.cell().text().split("\n", -1)) {
                    widths[p.column()] = Math.max(widths[p.column()], width(part, size) + 2 * pad);
                }
            }
        }
        // short columns keep their natural width, long ones share what is left (as Word's autofit does)
        float[] natural = new float[nCols];
        for (int c = 0; c < nCols; c++) {
            natural[c] = (float) widths[c];
        }
        float[] autofit = ColumnAutofit.fit(natural, (float) avail);
        double[] fitted = new double[nCols];
        double sum = 0;
        for (int c = 0; c < nCols; c++) {
            fitted[c] = autofit[c];
            sum += fitted[c];
        }
        double scale = sum < avail ? avail / sum : 1;
        if (!t.bordered()) {
            scale = Math.min(scale, 1.3);
        }
        for (int c = 0; c < nCols; c++) {
            widths[c] = fitted[c] * scale;
        }
        double[] xs = new double[nCols + 1];
        xs[0] = MARGIN_X;
        for (int c = 0; c < nCols; c++) {
            xs[c + 1] = xs[c] + widths[c];
        }
        Map<Placed, List<String>> lines = new HashMap<>();
        for (Placed p : placed) {
            double w = xs[p.column() + p.colSpan()] - xs[p.column()] - 2 * pad;
            lines.put(p, wrap(p.cell().text(), size, w, 0));
        }
        // row heights and the rows kept on one page: the PDF renderer's (corpus), written once
        float[] rowHeights = TableRows.heights(placed, p -> lines.get(p).size(), nRows, (float) lh, (float) pad);
        double[] heights = new double[nRows];
        for (int r = 0; r < nRows; r++) {
            heights[r] = rowHeights[r];
        }
        int header = Math.min(t.headerRows(), nRows);
        y += size * 0.3;
        for (int[] group : TableRows.pageGroups(placed, nRows, t.headerRows())) {
            int start = group[0];
            int end = group[1];
            double gh = 0;
            for (int r = start; r < end; r++) {
                gh += heights[r];
            }
            if (y + gh > bottom() && y > MARGIN_TOP + 0.01) {
                newPage();
                if (t.repeatHeader() && header > 0 && start >= header) {
                    rows(0, header, placed, lines, xs, rowHeights, size, lh, pad, t.bordered());
                }
            }
            rows(start, end, placed, lines, xs, rowHeights, size, lh, pad, t.bordered());
        }
        y += size * 0.8;
    }

    private void rows(int from, int to, List<Placed> placed, Map<Placed, List<String>> lines, double[] xs,
                      float[] heights, double size, double lh, double pad, boolean bordered) {
        float[] edges = new float[xs.length];
        for (int i = 0; i < xs.length; i++) {
            edges[i] = (float) xs[i];
        }
        // the cells' frames: the PDF renderer's (corpus), written once
        y = TableRows.layOut(placed, from, to, edges, heights, (float) y, (p, x1, y1, x2, y2) -> {
            if (bordered) {
                frame(x1, y1, x2, y2);
            }
            List<String> ls = lines.get(p);
            for (int i = 0; i < ls.size(); i++) {
                text(x1 + pad, y1 + pad + i * lh, size, ls.get(i));
            }
        });
    }

    private void furniture(PageFurniture f) {
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            page = pages.get(i);
            int no = i + 1;
            if (f.header() != null && !f.header().isBlank()) {
                text((PAGE_W - width(f.header(), FURNITURE)) / 2, MARGIN_TOP * 0.4, FURNITURE, f.header());
                rule(MARGIN_X, MARGIN_TOP * 0.4 + FURNITURE * 1.6, PAGE_W - MARGIN_X); // the line under a Word header
            }
            if (f.pageNumberStyle() != null) {
                String label = f.pageNumberStyle().equals("dash") ? "－ " + no + " －" : "第" + no + "页 共" + total + "页";
                double w = width(label, FURNITURE + 0.7);
                double x = f.pageNumberStyle().equals("dash")
                        ? (no % 2 == 1 ? PAGE_W - MARGIN_X - w : MARGIN_X) : (PAGE_W - w) / 2;
                text(x, PAGE_H - MARGIN_BOTTOM * 0.55, FURNITURE + 0.7, label);
            }
        }
    }

    /** Width of a run: full-width characters one em, ASCII at most 0.65 em (as ofdrw's default font draws them). */
    static double width(String s, double size) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x80 ? size * 0.65 : size;
        }
        return w;
    }

    private static List<String> wrap(String text, double size, double width, double indent) {
        List<String> out = new ArrayList<>();
        for (String hard : text.replace('\t', ' ').split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            double used = indent;
            int i = 0;
            while (i < hard.length()) {
                int end = i + 1;
                if (hard.charAt(i) > ' ' && hard.charAt(i) < 0x7f) { // a Latin word or number stays whole
                    while (end < hard.length() && hard.charAt(end) > ' ' && hard.charAt(end) < 0x7f) {
                        end++;
                    }
                }
                String token = hard.substring(i, end);
                double w = width(token, size);
                if (used + w > width + 0.01 && line.length() > 0) {
                    out.add(line.toString().stripTrailing());
                    line.setLength(0);
                    used = 0;
                    if (token.equals(" ")) {
                        i = end;
                        continue;
                    }
                }
                line.append(token);
                used += w;
                i = end;
            }
            out.add(line.toString().stripTrailing());
            indent = 0;
        }
        return out;
    }
}
