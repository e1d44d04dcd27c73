package org.govdoc.read.ofd;

import java.util.ArrayList;
import java.util.List;

/**
 * The straight segments of an OFD path's abbreviated data (GB/T 33190 9.3.1): {@code S}/{@code M}
 * start a subpath, {@code L} draws a line, {@code C} closes the subpath; curves ({@code Q},
 * {@code B}, {@code A}) move the pen without giving a segment (cell borders are straight).
 * Coordinates are the path's own, before its CTM and boundary.
 */
final class OfdPath {

    /** A segment from (x1, y1) to (x2, y2). */
    record Segment(double x1, double y1, double x2, double y2) {
    }

    private OfdPath() {
    }

    static List<Segment> segments(String data) {
        List<Segment> out = new ArrayList<>();
        if (data == null || data.isBlank()) {
            return out;
        }
        String[] t = data.trim().split("\\s+");
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        int i = 0;
        try {
            while (i < t.length) {
                String op = t[i++];
                switch (op) {
                    case "S", "M" -> {
                        x = Double.parseDouble(t[i++]);
                        y = Double.parseDouble(t[i++]);
                        startX = x;
                        startY = y;
                    }
                    case "L" -> {
                        double nx = Double.parseDouble(t[i++]);
                        double ny = Double.parseDouble(t[i++]);
                        out.add(new Segment(x, y, nx, ny));
                        x = nx;
                        y = ny;
                    }
                    case "Q" -> {
                        i += 2;
                        x = Double.parseDouble(t[i++]);
                        y = Double.parseDouble(t[i++]);
                    }
                    case "B" -> {
                        i += 4;
                        x = Double.parseDouble(t[i++]);
                        y = Double.parseDouble(t[i++]);
                    }
                    case "A" -> {
                        i += 5;
                        x = Double.parseDouble(t[i++]);
                        y = Double.parseDouble(t[i++]);
                    }
                    case "C" -> {
                        if (x != startX || y != startY) {
                            out.add(new Segment(x, y, startX, startY));
                        }
                        x = startX;
                        y = startY;
                    }
                    default -> {
                        return out; // an operator OFD does not define: keep what was understood
                    }
                }
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            // data cut short or malformed: the segments before it stand
        }
        return out;
    }
}
