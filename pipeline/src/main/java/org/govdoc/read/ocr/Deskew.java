package org.govdoc.read.ocr;

/**
 * Finds how many degrees a scanned page is turned (within ±{@value #MAX_DEGREES}°): the angle at
 * which the dark pixels, projected onto the vertical, make the sharpest row profile (text lines
 * and ruling lines line up). Positive: the content runs down to the right (turned clockwise).
 * Ruling lines are the surest evidence, so thin and grey ones must survive the reduction to the
 * working size: each working pixel is the darkest of the pixels it covers, and mid-grey counts as
 * ink (tables printed with grey borders; without them the profile of short cell texts on a
 * straight page can peak at a slant), as long as it stands clearly darker than the paper (a grey
 * or yellowed scan's background is never ink).
 */
public final class Deskew {

    static final double MAX_DEGREES = 5.0;
    /** Below this a page is left as it is. */
    static final double MIN_CORRECTION = 0.1;
    private static final int WORK_SIDE = 1000;
    /** Ink: darker than this (grey table borders are about 128)... */
    static final int DARK = 160;
    /** ...and darker than the paper by this much. */
    static final int BELOW_PAPER = 48;

    private Deskew() {
    }

    /** The page's skew in degrees, clockwise positive. */
    public static double angle(GrayImage page) {
        float scale = Math.min(1f, (float) WORK_SIDE / Math.max(page.width(), page.height()));
        GrayImage small = darkestReduction(page, Math.max(1, Math.round(page.width() * scale)),
                Math.max(1, Math.round(page.height() * scale)));
        byte[] px = small.pixels();
        int dark = Math.min(DARK, paper(px) - BELOW_PAPER);
        int count = 0;
        for (byte b : px) {
            if ((b & 0xff) < dark) {
                count++;
            }
        }
        if (count < 50) {
            return 0;
        }
        int step = Math.max(1, count / 150_000);
        int n = 0;
        float[] xs = new float[count / step + 1];
        float[] ys = new float[count / step + 1];
        int seen = 0;
        for (int i = 0; i < px.length && n < xs.length; i++) {
            if ((px[i] & 0xff) < dark && seen++ % step == 0) {
                xs[n] = i % small.width() - small.width() / 2f;
                ys[n] = i / small.width();
                n++;
            }
        }
        double best = 0;
        double bestScore = score(xs, ys, n, small.height(), 0);
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.25) {
            double s = score(xs, ys, n, small.height(), a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.25; a <= coarse + 0.25 + 1e-9; a += 0.05) {
            double s = score(xs, ys, n, small.height(), a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.abs(best) < MIN_CORRECTION ? 0 : best;
    }

    /** The grey level of the paper: the most common one. */
    static int paper(byte[] px) {
        int[] histogram = new int[256];
        for (byte b : px) {
            histogram[b & 0xff]++;
        }
        int best = 255;
        for (int v = 0; v < 256; v++) {
            if (histogram[v] > histogram[best]) {
                best = v;
            }
        }
        return best;
    }

    /** The page at a smaller size, each pixel the darkest of those it covers (thin lines stay). */
    static GrayImage darkestReduction(GrayImage page, int w, int h) {
        if (w == page.width() && h == page.height()) {
            return page;
        }
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int y0 = (int) ((long) y * page.height() / h);
            int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * page.height() / h));
            for (int x = 0; x < w; x++) {
                int x0 = (int) ((long) x * page.width() / w);
                int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * page.width() / w));
                int min = 255;
                for (int yy = y0; yy < y1; yy++) {
                    for (int xx = x0; xx < x1; xx++) {
                        min = Math.min(min, page.at(xx, yy));
                    }
                }
                out[y * w + x] = (byte) min;
            }
        }
        return new GrayImage(w, h, out);
    }

    /** The page turned back by its skew (or itself when straight). */
    public static GrayImage straighten(GrayImage page, double angle) {
        return angle == 0 ? page : page.rotate(-angle);
    }

    private static double score(float[] xs, float[] ys, int n, int height, double degrees) {
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        int margin = (int) (Math.abs(sin) * WORK_SIDE) + 2;
        int[] bins = new int[height + 2 * margin];
        for (int i = 0; i < n; i++) {
            int b = (int) Math.round(ys[i] * cos - xs[i] * sin) + margin;
            if (b >= 0 && b < bins.length) {
                bins[b]++;
            }
        }
        double s = 0;
        for (int v : bins) {
            s += (double) v * v;
        }
        return s;
    }
}
