package org.govdoc.read.ocr;

/**
 * Finds how many degrees a scanned page is turned (within ±{@value #MAX_DEGREES}°): the angle at
 * which the dark pixels, projected onto the vertical, make the sharpest row profile (text lines
 * and ruling lines line up). Positive: the content runs down to the right (turned clockwise).
 */
public final class Deskew {

    static final double MAX_DEGREES = 5.0;
    /** Below this a page is left as it is. */
    static final double MIN_CORRECTION = 0.1;
    private static final int WORK_SIDE = 1000;
    private static final int DARK = 128;

    private Deskew() {
    }

    /** The page's skew in degrees, clockwise positive. */
    public static double angle(GrayImage page) {
        float scale = Math.min(1f, (float) WORK_SIDE / Math.max(page.width(), page.height()));
        GrayImage small = page.resize(Math.max(1, Math.round(page.width() * scale)),
                Math.max(1, Math.round(page.height() * scale)));
        int count = 0;
        byte[] px = small.pixels();
        for (byte b : px) {
            if ((b & 0xff) < DARK) {
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
            if ((px[i] & 0xff) < DARK && seen++ % step == 0) {
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
