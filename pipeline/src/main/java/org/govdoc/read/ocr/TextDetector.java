package org.govdoc.read.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PP-OCRv4 text detection (a DB, differentiable-binarisation, network) and its post-processing:
 * the probability map is thresholded, its connected regions become boxes, boxes whose mean
 * probability is low are dropped, and the rest are grown back ("unclipped") by the offset the
 * network was trained to shrink text by. The page is deskewed beforehand, so the boxes are
 * axis-parallel rectangles rather than rotated ones.
 */
final class TextDetector {

    /** A detected text region in pixels of the input image. */
    record Region(float x, float y, float width, float height, float score) {
    }

    /** Pixels of the probability map counted as text. */
    static final float THRESHOLD = 0.3f;
    /** Mean probability a region's box must reach (flat marks joined to text aside). */
    static final float BOX_THRESHOLD = 0.5f;
    /** PaddleOCR's unclip ratio: offset = area × ratio / perimeter. */
    static final float UNCLIP_RATIO = 1.6f;
    /**
     * Longest side fed to the network: a 200 dpi A4 page (2,339 px) is scaled to about 0.55,
     * where 10.5 pt table text is still 16 px high. On the benchmark's scans the whole page
     * (2,400) found the same lines and cost 4-6 times as much; 960 made more errors.
     */
    static final int MAX_SIDE = 1280;
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;

    TextDetector(OrtEnvironment env, OrtSession session) throws OrtException {
        this.env = env;
        this.session = session;
        this.input = session.getInputNames().iterator().next();
    }

    List<Region> detect(GrayImage image) throws OrtException {
        float scale = Math.min(1f, (float) MAX_SIDE / Math.max(image.width(), image.height()));
        int w = Math.max(32, Math.round(image.width() * scale / 32) * 32);
        int h = Math.max(32, Math.round(image.height() * scale / 32) * 32);
        GrayImage resized = image.resize(w, h);
        int plane = w * h;
        FloatBuffer buffer = FloatBuffer.allocate(3 * plane);
        float[] data = buffer.array();
        byte[] px = resized.pixels();
        float[] levels = new float[256];
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) {
                levels[v] = (v / 255f - MEAN[c]) / STD[c];
            }
            int off = c * plane;
            for (int i = 0; i < plane; i++) {
                data[off + i] = levels[px[i] & 0xff];
            }
        }
        float[] prob = new float[plane];
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, buffer, new long[]{1, 3, h, w});
             OrtSession.Result result = session.run(Map.of(input, tensor))) {
            ((OnnxTensor) result.get(0)).getFloatBuffer().get(prob);
        }
        float sx = (float) image.width() / w;
        float sy = (float) image.height() / h;
        List<Region> out = new ArrayList<>();
        for (Region r : regions(prob, w, h)) {
            out.add(extendToInk(new Region(r.x() * sx, r.y() * sy, r.width() * sx, r.height() * sy, r.score()), image));
        }
        return out;
    }

    /**
     * The region widened over a flat mark just before its start, in the page itself: on the page
     * scaled for detection the network sees nothing of a thin horizontal stroke standing at the
     * start of a line (the 一 of 一级指标, of 一、), so that character would be cut off. Looking
     * left from the region's start, columns whose only ink in the middle half of the region's
     * height is a few dark pixels (at most {@value #INK_FLAT} of the height) in its central
     * {@value #INK_CENTRE} (where a 一 stands; strokes of the lines above and below do not) are
     * taken in, until a blank gap wider than {@value #INK_GAP} of the height, any other column (a
     * character or a ruling line; when it touches the taken ink, that ink is a stroke of it and
     * nothing is taken), or one region height; the ink counts only when it spans at least
     * {@value #INK_MIN} of the height (a speck does not). The end of a line is left alone: there
     * the strokes of a neighbouring cell's lines are too often taken for a mark.
     */
    static Region extendToInk(Region r, GrayImage page) {
        float h = r.height();
        int y0 = Math.max(0, Math.round(r.y() + h * 0.25f));
        int y1 = Math.min(page.height(), Math.round(r.y() + h * 0.75f));
        float cy = r.y() + h / 2;
        int c0 = Math.max(y0, Math.round(cy - h * INK_CENTRE / 2));
        int c1 = Math.min(y1, Math.round(cy + h * INK_CENTRE / 2));
        if (c1 - c0 < 1) {
            return r;
        }
        int start = Math.round(r.x()) - 1;
        int farthest = start;
        int inkColumns = 0;
        int blank = 0;
        for (int x = start, n = 0; x >= 0 && x < page.width() && n < h; x--, n++) {
            int band = 0;
            int centre = 0;
            for (int y = y0; y < y1; y++) {
                if (page.at(x, y) < DARK) {
                    band++;
                    if (y >= c0 && y < c1) {
                        centre++;
                    }
                }
            }
            if (band == 0) {
                if (++blank > INK_GAP * h) {
                    break;
                }
                continue;
            }
            if (band != centre || centre > Math.max(2, INK_FLAT * h)) {
                if (inkColumns > 0 && blank == 0) {
                    return r; // the flat ink is a stroke of this character
                }
                break;
            }
            inkColumns++;
            farthest = x;
            blank = 0;
        }
        if (inkColumns < INK_MIN * h) {
            return r;
        }
        float x0 = Math.max(0, farthest - h * 0.1f);
        return new Region(x0, r.y(), r.x() + r.width() - x0, r.height(), r.score());
    }

    /** Blank columns, as a share of the region's height, that end the ink before a region. */
    static final float INK_GAP = 0.4f;
    /** Most dark pixels of a column of a flat mark, as a share of the region's height. */
    static final float INK_FLAT = 0.12f;
    /** The central part of the region's height, as a share, where a flat mark's ink lies. */
    static final float INK_CENTRE = 0.3f;
    /** Least width of ink, as a share of the region's height, worth widening a region for. */
    static final float INK_MIN = 0.15f;
    private static final int DARK = 128;

    /** DB post-processing of a probability map of {@code w × h}: boxes in map pixels. */
    static List<Region> regions(float[] prob, int w, int h) {
        int[] label = new int[w * h];
        int[] stack = new int[w * h];
        List<Region> out = new ArrayList<>();
        List<Region> cores = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < prob.length; start++) {
            if (label[start] != 0 || prob[start] <= THRESHOLD) {
                continue;
            }
            next++;
            int sp = 0;
            stack[sp++] = start;
            label[start] = next;
            int minX = w;
            int minY = h;
            int maxX = -1;
            int maxY = -1;
            while (sp > 0) {
                int p = stack[--sp];
                int x = p % w;
                int y = p / w;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= w) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (label[q] == 0 && prob[q] > THRESHOLD) {
                            label[q] = next;
                            stack[sp++] = q;
                        }
                    }
                }
            }
            int bw = maxX - minX + 1;
            int bh = maxY - minY + 1;
            if (Math.max(bw, bh) < 3) {
                continue;
            }
            double sum = 0;
            for (int y = minY; y <= maxY; y++) {
                for (int x = minX; x <= maxX; x++) {
                    sum += prob[y * w + x];
                }
            }
            float score = (float) (sum / (bw * bh));
            cores.add(new Region(minX, minY, bw, bh, score));
        }
        for (Region core : mergeFlatMarks(cores)) {
            float bw = core.width();
            float bh = core.height();
            if (Math.min(bw, bh) < 3 || core.score() < BOX_THRESHOLD) {
                continue; // a faint region, or a flat mark next to no text: a speck or a stray line end
            }
            float minX = core.x();
            float minY = core.y();
            float maxX = minX + bw - 1;
            float maxY = minY + bh - 1;
            float score = core.score();
            float d = bw * bh * UNCLIP_RATIO / (2f * (bw + bh));
            float x0 = Math.max(0, minX - d);
            float y0 = Math.max(0, minY - d);
            float x1 = Math.min(w, maxX + 1 + d);
            float y1 = Math.min(h, maxY + 1 + d);
            if (Math.min(x1 - x0, y1 - y0) < 5) {
                continue;
            }
            out.add(new Region(x0, y0, x1 - x0, y1 - y0, score));
        }
        return out;
    }

    /**
     * Joins flat marks (regions at most half as high as a text region beside them, on its line)
     * to that text: the network gives a lone 一 or a dash a region of its own, which alone would be dropped or
     * misread (and whose mean probability is often under the box threshold), while with its
     * neighbour it is read as the word it belongs to ("一级指标").
     */
    static List<Region> mergeFlatMarks(List<Region> cores) {
        List<Region> out = new ArrayList<>(cores);
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < out.size() && !merged; i++) {
                Region flat = out.get(i);
                float cy = flat.y() + flat.height() / 2;
                for (int j = 0; j < out.size(); j++) {
                    Region text = out.get(j);
                    if (j == i || text.height() < flat.height() * 2f || text.score() < BOX_THRESHOLD) {
                        continue;
                    }
                    boolean sameLine = cy >= text.y() && cy <= text.y() + text.height();
                    float gap = Math.max(text.x() - (flat.x() + flat.width()), flat.x() - (text.x() + text.width()));
                    if (sameLine && gap <= 0.8f * text.height()) {
                        float x0 = Math.min(flat.x(), text.x());
                        float y0 = Math.min(flat.y(), text.y());
                        float x1 = Math.max(flat.x() + flat.width(), text.x() + text.width());
                        float y1 = Math.max(flat.y() + flat.height(), text.y() + text.height());
                        out.set(j, new Region(x0, y0, x1 - x0, y1 - y0, text.score()));
                        out.remove(i);
                        merged = true;
                        break;
                    }
                }
            }
        }
        return out;
    }
}
