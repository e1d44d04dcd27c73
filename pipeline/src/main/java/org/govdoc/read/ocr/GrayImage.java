package org.govdoc.read.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * An 8-bit grey page image held as one byte array (0 black .. 255 white): what the OCR steps work
 * on, without Java2D in the inner loops.
 *
 * @param width  pixels
 * @param height pixels
 * @param pixels row by row, {@code width * height} bytes
 */
public record GrayImage(int width, int height, byte[] pixels) {

    public GrayImage {
        if (width < 1 || height < 1 || pixels.length != (long) width * height) {
            throw new IllegalArgumentException("bad image size " + width + "x" + height + " for " + pixels.length + " bytes");
        }
    }

    /** The image as grey levels (colour images are converted by Java2D's grey conversion). */
    public static GrayImage of(BufferedImage image) {
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = gray.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int h = gray.getHeight();
        if (data.length == (long) w * h) {
            return new GrayImage(w, h, data.clone());
        }
        byte[] copy = new byte[w * h];
        gray.getRaster().getDataElements(0, 0, w, h, copy);
        return new GrayImage(w, h, copy);
    }

    /** Grey level 0..255 at (x, y). */
    public int at(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }

    /** Bilinear resize. */
    public GrayImage resize(int newWidth, int newHeight) {
        if (newWidth == width && newHeight == height) {
            return this;
        }
        byte[] out = new byte[newWidth * newHeight];
        float sx = (float) width / newWidth;
        float sy = (float) height / newHeight;
        for (int y = 0; y < newHeight; y++) {
            float fy = Math.max(0, (y + 0.5f) * sy - 0.5f);
            int y0 = Math.min((int) fy, height - 1);
            int y1 = Math.min(y0 + 1, height - 1);
            float wy = fy - y0;
            for (int x = 0; x < newWidth; x++) {
                float fx = Math.max(0, (x + 0.5f) * sx - 0.5f);
                int x0 = Math.min((int) fx, width - 1);
                int x1 = Math.min(x0 + 1, width - 1);
                float wx = fx - x0;
                float top = at(x0, y0) * (1 - wx) + at(x1, y0) * wx;
                float bottom = at(x0, y1) * (1 - wx) + at(x1, y1) * wx;
                out[y * newWidth + x] = (byte) Math.round(top * (1 - wy) + bottom * wy);
            }
        }
        return new GrayImage(newWidth, newHeight, out);
    }

    /** The rectangle clipped to the image (at least one pixel). */
    public GrayImage crop(int x, int y, int w, int h) {
        int x0 = Math.max(0, Math.min(x, width - 1));
        int y0 = Math.max(0, Math.min(y, height - 1));
        int x1 = Math.max(x0 + 1, Math.min(x + w, width));
        int y1 = Math.max(y0 + 1, Math.min(y + h, height));
        int cw = x1 - x0;
        int ch = y1 - y0;
        byte[] out = new byte[cw * ch];
        for (int r = 0; r < ch; r++) {
            System.arraycopy(pixels, (y0 + r) * width + x0, out, r * cw, cw);
        }
        return new GrayImage(cw, ch, out);
    }

    /** Turned a quarter counter-clockwise (a vertical line of text then reads left to right). */
    public GrayImage rotateCounterClockwise() {
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // new image: width' = height, height' = width; (x, y) -> (y, width - 1 - x)
                out[(width - 1 - x) * height + y] = pixels[y * width + x];
            }
        }
        return new GrayImage(height, width, out);
    }

    /** Turned half a turn. */
    public GrayImage rotate180() {
        byte[] out = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[pixels.length - 1 - i] = pixels[i];
        }
        return new GrayImage(width, height, out);
    }

    /**
     * Turned by {@code degrees} (positive: clockwise as seen) about its centre, same size, new
     * corners white; bilinear.
     */
    public GrayImage rotate(double degrees) {
        if (degrees == 0) {
            return this;
        }
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = width / 2.0;
        double cy = height / 2.0;
        byte[] out = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            double dy = y - cy;
            for (int x = 0; x < width; x++) {
                double dx = x - cx;
                // source of the destination pixel: rotate back
                double sx = cos * dx + sin * dy + cx;
                double sy = -sin * dx + cos * dy + cy;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                int v;
                if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
                    v = 255;
                } else {
                    double wx = sx - x0;
                    double wy = sy - y0;
                    double top = at(x0, y0) * (1 - wx) + at(x0 + 1, y0) * wx;
                    double bottom = at(x0, y0 + 1) * (1 - wx) + at(x0 + 1, y0 + 1) * wx;
                    v = (int) Math.round(top * (1 - wy) + bottom * wy);
                }
                out[y * width + x] = (byte) v;
            }
        }
        return new GrayImage(width, height, out);
    }
}
