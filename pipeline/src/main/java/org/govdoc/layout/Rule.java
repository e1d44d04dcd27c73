package org.govdoc.layout;

/**
 * A ruling line on a page: a stroked segment or a thin filled rectangle, reduced to its centre
 * line. Coordinates as in {@link TextBox}: points, origin top-left, y down; x1 ≤ x2, y1 ≤ y2.
 */
public record Rule(float x1, float y1, float x2, float y2) {

    /** Longest side a filled rectangle may have across its length to count as a line. */
    public static final float MAX_THICKNESS = 3f;

    public Rule {
        if (x1 > x2) {
            float t = x1;
            x1 = x2;
            x2 = t;
        }
        if (y1 > y2) {
            float t = y1;
            y1 = y2;
            y2 = t;
        }
    }

    public static Rule horizontal(float y, float xa, float xb) {
        return new Rule(xa, y, xb, y);
    }

    public static Rule vertical(float x, float ya, float yb) {
        return new Rule(x, ya, x, yb);
    }

    /**
     * The centre line of a filled rectangle when it is thin enough to be a ruling line, else null
     * (cell shading, images' frames and page backgrounds are not lines).
     */
    public static Rule ofThinRectangle(float x, float y, float w, float h) {
        float ax = Math.min(x, x + w);
        float ay = Math.min(y, y + h);
        float aw = Math.abs(w);
        float ah = Math.abs(h);
        if (ah <= MAX_THICKNESS && aw > ah) {
            return horizontal(ay + ah / 2, ax, ax + aw);
        }
        if (aw <= MAX_THICKNESS && ah > aw) {
            return vertical(ax + aw / 2, ay, ay + ah);
        }
        return null;
    }

    public boolean isHorizontal() {
        return y2 - y1 <= 1f && x2 - x1 > y2 - y1;
    }

    public boolean isVertical() {
        return x2 - x1 <= 1f && y2 - y1 > x2 - x1;
    }

    public float length() {
        return Math.max(x2 - x1, y2 - y1);
    }
}
