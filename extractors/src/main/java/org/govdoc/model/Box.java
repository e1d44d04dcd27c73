package org.govdoc.model;

/**
 * The region a block or a table cell takes on its page, in PDF points (1/72 inch), measured from
 * the top-left corner of the page as it is seen (rotation applied): {@code x} to the right,
 * {@code y} down. Values are rounded to 0.1 pt. Only formats with pages have boxes (PDF, OFD and
 * pages read by OCR); a paragraph that runs over a page break has the box of its part on its
 * first page.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width, at least 0
 * @param height height, at least 0
 */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("box not finite: " + x + "," + y + " " + width + "x" + height);
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size: " + width + "x" + height);
        }
        x = round(x);
        y = round(y);
        width = round(width);
        height = round(height);
    }

    /** The box between two corners (left, top) and (right, bottom). */
    public static Box ofEdges(double left, double top, double right, double bottom) {
        return new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
