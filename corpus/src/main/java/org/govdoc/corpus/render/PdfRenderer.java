package org.govdoc.corpus.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.render.SpecGrid.Placed;
import org.govdoc.corpus.spec.SpecBlock;

/**
 * Renders a {@link DocSpec} to a born-digital PDF the way Word/WPS exports look: A4 pages,
 * wrapped paragraphs with a two-character first-line indent, centred titles, bordered tables
 * (every cell stroked, merged cells without their inner lines) and borderless aligned tables,
 * tables split over pages (header rows repeated when asked), landscape pages after a
 * {@link SpecBlock.PageBreak}, a running header and page-number footers.
 *
 * <p>Chinese text is drawn with a GB2312 subset of WenQuanYi Micro Hei (Apache-2.0, see the
 * NOTICE beside the font), embedded as a subset in every file. Characters the font lacks are
 * drawn as □.
 */
public final class PdfRenderer implements Renderer {

    /** How a landscape page is made: a landscape media box (Word) or a portrait one turned by /Rotate 90. */
    public enum Landscape { MEDIA_BOX, ROTATE_90 }

    static final String FONT_RESOURCE = "/org/govdoc/corpus/fonts/WenQuanYiMicroHei-GB2312.ttf";

    private static final float A4_W = PDRectangle.A4.getWidth();
    private static final float A4_H = PDRectangle.A4.getHeight();
    private static final float MARGIN_X = 72f;
    private static final float MARGIN_TOP = 80f;
    private static final float MARGIN_BOTTOM = 80f;
    private static final float BODY_SIZE = 12f;
    private static final float TABLE_SIZE = 10.5f;
    private static final float FURNITURE_SIZE = 10f;

    private final Landscape landscape;

    public PdfRenderer() {
        this(Landscape.MEDIA_BOX);
    }

    public PdfRenderer(Landscape landscape) {
        this.landscape = Objects.requireNonNull(landscape);
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void render(DocSpec spec, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IOException("font resource missing: " + FONT_RESOURCE);
                }
                font = PDType0Font.load(doc, in, true);
            }
            Metrics metrics = new Metrics(font);
            Layout layout = new Layout(metrics);
            try {
                for (SpecBlock b : spec.blocks()) {
                    if (b instanceof SpecBlock.Paragraph p) {
                        layout.paragraph(p);
                    } else if (b instanceof SpecBlock.Table t) {
                        layout.table(t);
                    } else if (b instanceof SpecBlock.PageBreak pb) {
                        layout.newPage(pb.landscapeAfter());
                    } else {
                        throw new IllegalArgumentException("not a block: " + b);
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            layout.furniture(spec.furniture());
            for (Canvas c : layout.pages) {
                write(doc, font, c);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(spec.title());
            info.setAuthor(spec.author());
            info.setCreator("govdoc PdfRenderer");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.clear();
            when.set(2024, Calendar.JANUARY, 15, 9, 30, 0);
            info.setCreationDate(when);
            info.setModificationDate(when);
            doc.save(out);
        }
    }

    private void write(PDDocument doc, PDType0Font font, Canvas c) throws IOException {
        boolean rotate = c.landscape && landscape == Landscape.ROTATE_90;
        PDPage page = rotate ? new PDPage(new PDRectangle(c.height, c.width))
                : new PDPage(new PDRectangle(c.width, c.height));
        if (rotate) {
            page.setRotation(90);
        }
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            if (rotate) {
                // logical landscape (X, Y) → user space of the portrait box shown turned 90° clockwise
                cs.transform(new Matrix(0, 1, -1, 0, c.height, 0));
            }
            cs.setLineWidth(0.6f);
            for (Op op : c.ops) {
                if (op instanceof Text t) {
                    cs.beginText();
                    cs.setFont(font, t.size());
                    cs.newLineAtOffset(t.x(), c.height - t.baseline());
                    cs.showText(t.text());
                    cs.endText();
                } else if (op instanceof Line l) {
                    cs.moveTo(l.x1(), c.height - l.y1());
                    cs.lineTo(l.x2(), c.height - l.y2());
                    cs.stroke();
                }
            }
        }
    }

    // ------------------------------------------------------------------ page model

    private sealed interface Op permits Text, Line {
    }

    /** Text at a baseline; coordinates from the top-left of the page as seen. */
    private record Text(float x, float baseline, float size, String text) implements Op {
    }

    private record Line(float x1, float y1, float x2, float y2) implements Op {
    }

    private static final class Canvas {
        final boolean landscape;
        final float width;
        final float height;
        final List<Op> ops = new ArrayList<>();

        Canvas(boolean landscape) {
            this.landscape = landscape;
            this.width = landscape ? A4_H : A4_W;
            this.height = landscape ? A4_W : A4_H;
        }
    }

    /** Glyph availability and advance widths of the one font, cached per character. */
    private static final class Metrics {
        private final PDType0Font font;
        private final Map<Integer, Float> widths = new HashMap<>();

        Metrics(PDType0Font font) {
            this.font = font;
        }

        /** Advance of a code point at size 1, or -1 when the font has no glyph for it. */
        float advance(int cp) {
            return widths.computeIfAbsent(cp, k -> {
                try {
                    return font.getStringWidth(new String(Character.toChars(k))) / 1000f;
                } catch (IllegalArgumentException e) {
                    return -1f;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** The text with characters the font lacks replaced by □ (and tabs by spaces). */
        String drawable(String s) {
            StringBuilder b = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                if (cp == '\t') {
                    b.append(' ');
                } else if (cp == '\n') {
                    b.append('\n');
                } else if (advance(cp) < 0) {
                    b.append('□');
                } else {
                    b.appendCodePoint(cp);
                }
            });
            return b.toString();
        }

        float width(String s, float size) {
            float w = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                w += Math.max(0, advance(cp));
                i += Character.charCount(cp);
            }
            return w * size;
        }

        /**
         * Breaks text into lines no wider than {@code width}: '\n' forces a break, runs of ASCII
         * letters and digits break only at spaces (unless longer than a line), anything else
         * may break before any character. The first line may be indented.
         */
        List<String> wrap(String text, float size, float width, float firstIndent) {
            List<String> lines = new ArrayList<>();
            for (String hard : drawable(text).split("\n", -1)) {
                wrapOne(hard, size, width, firstIndent, lines);
                firstIndent = 0;
            }
            return lines;
        }

        private void wrapOne(String s, float size, float width, float indent, List<String> out) {
            StringBuilder line = new StringBuilder();
            float used = indent;
            float avail = width;
            int i = 0;
            while (i < s.length()) {
                int end = tokenEnd(s, i);
                String token = s.substring(i, end);
                float w = width(token, size);
                if (used + w > avail + 0.01f && line.length() > 0) {
                    if (token.equals(" ")) {
                        // the space a line breaks at stays at its end, drawn past the margin like Word does
                        line.append(' ');
                        out.add(line.toString());
                        line.setLength(0);
                        used = 0;
                        i = end;
                        continue;
                    }
                    out.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                if (used + w > avail + 0.01f && line.length() == 0 && end - i > 1) {
                    // a Latin run longer than a line: break it by character
                    end = i + Character.charCount(s.codePointAt(i));
                    token = s.substring(i, end);
                    w = width(token, size);
                }
                line.append(token);
                used += w;
                i = end;
            }
            out.add(line.toString().stripTrailing());
        }

        private static int tokenEnd(String s, int i) {
            int cp = s.codePointAt(i);
            if (isWordChar(cp)) {
                int j = i;
                while (j < s.length() && isWordChar(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
                return j;
            }
            return i + Character.charCount(cp);
        }

        private static boolean isWordChar(int cp) {
            return cp > ' ' && cp < 0x7F;
        }
    }

    // ------------------------------------------------------------------ layout

    private static final class Layout {
        final Metrics m;
        final List<Canvas> pages = new ArrayList<>();
        Canvas page;
        float y;

        Layout(Metrics m) {
            this.m = m;
            newPage(false);
        }

        void newPage(boolean landscape) {
            page = new Canvas(landscape);
            pages.add(page);
            y = MARGIN_TOP;
        }

        float contentWidth() {
            return page.width - 2 * MARGIN_X;
        }

        float bottom() {
            return page.height - MARGIN_BOTTOM;
        }

        boolean pageIsFresh() {
            return y <= MARGIN_TOP + 0.01f;
        }

        void paragraph(SpecBlock.Paragraph p) {
            int level = p.headingLevel();
            float size = level == 1 ? 18f : level == 2 ? 15f : level >= 3 ? 13f : BODY_SIZE;
            float lineHeight = size * 1.5f;
            float indent = p.centered() ? 0 : 2 * size;
            if (level > 0 && !pageIsFresh()) {
                y += size * 0.5f;
            }
            List<String> lines = m.wrap(p.text(), size, contentWidth(), indent);
            for (int i = 0; i < lines.size(); i++) {
                if (y + lineHeight > bottom()) {
                    newPage(page.landscape);
                }
                String line = lines.get(i);
                float x = p.centered()
                        ? MARGIN_X + (contentWidth() - m.width(line.stripTrailing(), size)) / 2
                        : MARGIN_X + (i == 0 ? indent : 0);
                if (!line.isEmpty()) {
                    page.ops.add(new Text(x, y + size * 1.1f, size, line));
                }
                y += lineHeight;
            }
            if (level > 0) {
                y += size * 0.5f;
            }
        }

        void table(SpecBlock.Table t) {
            float size = TABLE_SIZE;
            float lh = size * 1.4f;
            float pad = t.bordered() ? 5f : 6f;
            SpecGrid grid = new SpecGrid(t);
            int nRows = grid.rowCount();
            int nCols = grid.columnCount();
            List<Placed> placed = new ArrayList<>();
            for (int r = 0; r < nRows; r++) {
                placed.addAll(grid.cellsStartingIn(r));
            }
            if (nCols == 0) {
                return;
            }
            // column widths from the natural width of single-column cells, fitted to the page
            float avail = contentWidth();
            float[] widths = new float[nCols];
            for (int c = 0; c < nCols; c++) {
                widths[c] = 2 * size + 2 * pad;
            }
            for (Placed p : placed) {
                if (p.colSpan() == 1) {
                    float natural = 0;
                    for (String part : p.cell().text().split("\n", -1)) {
                        natural = Math.max(natural, m.width(m.drawable(part), size));
                    }
                    widths[p.column()] = Math.max(widths[p.column()], natural + 2 * pad);
                }
            }
            // short columns keep their natural width, long ones share what is left (like Word's autofit)
            float[] fitted = ColumnAutofit.fit(widths, avail);
            float sum = 0;
            for (float w : fitted) {
                sum += w;
            }
            float scale = sum < avail ? avail / sum : 1f;
            if (!t.bordered()) {
                scale = Math.min(scale, 1.3f);
            }
            widths = fitted;
            float[] xs = new float[nCols + 1];
            xs[0] = MARGIN_X;
            for (int c = 0; c < nCols; c++) {
                widths[c] *= scale;
                xs[c + 1] = xs[c] + widths[c];
            }
            // wrapped lines and row heights
            Map<Placed, List<String>> lines = new HashMap<>();
            for (Placed p : placed) {
                float w = xs[p.column() + p.colSpan()] - xs[p.column()] - 2 * pad;
                lines.put(p, m.wrap(p.cell().text(), size, w, 0));
            }
            float[] heights = TableRows.heights(placed, p -> lines.get(p).size(), nRows, lh, pad);
            // groups of rows that must stay on one page (row spans, and the header)
            int header = Math.min(t.headerRows(), nRows);
            List<int[]> groups = TableRows.pageGroups(placed, nRows, t.headerRows());
            y += size * 0.3f;
            for (int[] g : groups) {
                float gh = 0;
                for (int r = g[0]; r < g[1]; r++) {
                    gh += heights[r];
                }
                if (y + gh > bottom() && !pageIsFresh()) {
                    newPage(page.landscape);
                    if (t.repeatHeader() && header > 0 && g[0] >= header) {
                        drawRows(0, header, placed, lines, xs, heights, size, lh, pad, t.bordered());
                    }
                }
                drawRows(g[0], g[1], placed, lines, xs, heights, size, lh, pad, t.bordered());
            }
            y += size * 0.8f;
        }

        private void drawRows(int from, int to, List<Placed> placed, Map<Placed, List<String>> lines,
                              float[] xs, float[] heights, float size, float lh, float pad, boolean bordered) {
            y = TableRows.layOut(placed, from, to, xs, heights, y, (p, x1, y1, x2, y2) -> {
                if (bordered) {
                    page.ops.add(new Line(x1, y1, x2, y1));
                    page.ops.add(new Line(x1, y2, x2, y2));
                    page.ops.add(new Line(x1, y1, x1, y2));
                    page.ops.add(new Line(x2, y1, x2, y2));
                }
                List<String> ls = lines.get(p);
                for (int i = 0; i < ls.size(); i++) {
                    if (!ls.get(i).isEmpty()) {
                        page.ops.add(new Text(x1 + pad, y1 + pad + i * lh + size * 1.0f, size, ls.get(i)));
                    }
                }
            });
        }

        void furniture(PageFurniture f) {
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                Canvas c = pages.get(i);
                int no = i + 1;
                if (f.header() != null && !f.header().isBlank()) {
                    String h = m.drawable(f.header());
                    float w = m.width(h, FURNITURE_SIZE);
                    float base = MARGIN_TOP * 0.5f;
                    c.ops.add(new Text((c.width - w) / 2, base, FURNITURE_SIZE, h));
                    c.ops.add(new Line(MARGIN_X, base + 4, c.width - MARGIN_X, base + 4));
                }
                String style = f.pageNumberStyle();
                if (style != null) {
                    String label = switch (style) {
                        case "dash" -> "－ " + no + " －";
                        case "of" -> "第" + no + "页 共" + total + "页";
                        default -> throw new IllegalArgumentException("unknown page number style: " + style);
                    };
                    float w = m.width(label, FURNITURE_SIZE + 2);
                    float x = switch (style) {
                        // official documents: odd pages right, even pages left
                        case "dash" -> no % 2 == 1 ? c.width - MARGIN_X - w : MARGIN_X;
                        default -> (c.width - w) / 2;
                    };
                    c.ops.add(new Text(x, c.height - MARGIN_BOTTOM * 0.45f, FURNITURE_SIZE + 2, label));
                }
            }
        }
    }
}
