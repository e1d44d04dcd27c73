package org.govdoc.read.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Ruling lines of a (deskewed) page image: long runs of dark pixels along rows and columns,
 * merged over the few neighbouring rows a printed line is thick. Horizontal lines must be long
 * (text strokes are not); vertical ones short enough for one table row are kept only where they
 * meet a horizontal line, as table borders do and the strokes of characters do not. Results in
 * pixels of the image: {x1, y1, x2, y2}.
 */
final class RuleFinder {

    static final int DARK = 150;
    /** Light pixels a run may bridge (faded or noisy scans). */
    static final int MAX_GAP = 3;
    /** Thickest line, in pixels at 200 dpi (a heavy frame is about 4). */
    static final int MAX_THICKNESS = 9;

    private RuleFinder() {
    }

    static List<float[]> find(GrayImage image, float dpi) {
        int minH = Math.round(dpi * 0.4f);
        int minV = Math.round(dpi * 0.2f);
        boolean[] dark = new boolean[image.width() * image.height()];
        byte[] px = image.pixels();
        for (int i = 0; i < px.length; i++) {
            dark[i] = (px[i] & 0xff) < DARK;
        }
        List<float[]> horizontal = merge(runs(dark, image.width(), image.height(), true, minH), true);
        List<float[]> vertical = merge(runs(dark, image.width(), image.height(), false, minV), false);
        List<float[]> out = new ArrayList<>(horizontal);
        float touch = dpi * 0.03f;
        for (float[] v : vertical) {
            if (meetsAny(v, horizontal, touch)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Runs per row (or column): {line, start, end}. */
    private static List<int[]> runs(boolean[] dark, int w, int h, boolean rows, int minLength) {
        List<int[]> out = new ArrayList<>();
        int lines = rows ? h : w;
        int length = rows ? w : h;
        for (int l = 0; l < lines; l++) {
            int start = -1;
            int lastDark = -1;
            for (int p = 0; p <= length; p++) {
                boolean d = p < length && (rows ? dark[l * w + p] : dark[p * w + l]);
                if (d) {
                    if (start < 0) {
                        start = p;
                    }
                    lastDark = p;
                } else if (start >= 0 && p - lastDark > MAX_GAP) {
                    if (lastDark - start + 1 >= minLength) {
                        out.add(new int[]{l, start, lastDark});
                    }
                    start = -1;
                }
            }
        }
        return out;
    }

    /** Runs of neighbouring rows that overlap become one line through their centre. */
    private static List<float[]> merge(List<int[]> runs, boolean horizontal) {
        List<int[]> open = new ArrayList<>(); // {firstLine, lastLine, start, end, sumLine, count}
        List<float[]> out = new ArrayList<>();
        for (int[] r : runs) {
            int[] match = null;
            for (int[] o : open) {
                if (r[0] - o[1] <= 1 && r[0] != o[1] && overlap(o[2], o[3], r[1], r[2]) > 0.5f * Math.min(o[3] - o[2], r[2] - r[1])) {
                    match = o;
                    break;
                }
            }
            if (match == null) {
                open.add(new int[]{r[0], r[0], r[1], r[2], r[0], 1});
            } else {
                match[1] = r[0];
                match[2] = Math.min(match[2], r[1]);
                match[3] = Math.max(match[3], r[2]);
                match[4] += r[0];
                match[5]++;
            }
            // close lines that can no longer grow
            for (int i = open.size() - 1; i >= 0; i--) {
                if (r[0] - open.get(i)[1] > 1) {
                    emit(open.remove(i), horizontal, out);
                }
            }
        }
        for (int[] o : open) {
            emit(o, horizontal, out);
        }
        return out;
    }

    private static void emit(int[] o, boolean horizontal, List<float[]> out) {
        if (o[1] - o[0] + 1 > MAX_THICKNESS) {
            return; // a dark area (photo, stamp, black border), not a line
        }
        float centre = (float) o[4] / o[5] + 0.5f;
        out.add(horizontal ? new float[]{o[2], centre, o[3] + 1, centre} : new float[]{centre, o[2], centre, o[3] + 1});
    }

    private static int overlap(int a0, int a1, int b0, int b1) {
        return Math.min(a1, b1) - Math.max(a0, b0);
    }

    private static boolean meetsAny(float[] v, List<float[]> horizontal, float touch) {
        for (float[] h : horizontal) {
            boolean inX = v[0] >= h[0] - touch && v[0] <= h[2] + touch;
            boolean inY = h[1] >= v[1] - touch && h[1] <= v[3] + touch;
            if (inX && inY) {
                return true;
            }
        }
        return false;
    }
}
