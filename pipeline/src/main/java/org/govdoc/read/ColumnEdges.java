package org.govdoc.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The grid lines of a table whose cells are known by their left and right edges (twips in DOC and
 * RTF): edges closer than a tolerance are one line, and a cell's grid columns are the lines nearest
 * its edges.
 */
public final class ColumnEdges {

    /** Cell edges closer than this (twips) are the same grid line. */
    public static final int TWIP_TOLERANCE = 30;

    private final TreeSet<Integer> edges = new TreeSet<>();
    private final int tolerance;

    public ColumnEdges(int tolerance) {
        this.tolerance = tolerance;
    }

    /** Adds a cell edge, unless a line within the tolerance is already there. */
    public void add(int x) {
        Integer near = edges.floor(x + tolerance);
        if (near == null || Math.abs(near - x) > tolerance) {
            edges.add(x);
        }
    }

    /** The grid lines, left to right. */
    public List<Integer> lines() {
        return new ArrayList<>(edges);
    }

    /** Index of the grid line nearest to x. */
    public static int nearest(List<Integer> lines, int x) {
        int best = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (Math.abs(lines.get(i) - x) < Math.abs(lines.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }
}
