package org.govdoc.read.ocr;

/**
 * How PP-OCR's direction and recognition networks take a line image: resized to a fixed height
 * keeping its proportions (at most a given width), scaled to -1..1, in the three colour planes,
 * the rest of the width padded with zeros.
 */
final class LineTensors {

    private LineTensors() {
    }

    /** The width a line image gets at {@code height}, capped at {@code maxWidth}. */
    static int resizedWidth(GrayImage line, int height, int maxWidth) {
        double ratio = (double) line.width() / line.height();
        return Math.max(1, Math.min(maxWidth, (int) Math.ceil(height * ratio)));
    }

    /** Writes the tensor of one line, {@code 3 × height × width} floats, at {@code offset}. */
    static int fill(GrayImage line, int height, int width, float[] data, int offset) {
        int rw = resizedWidth(line, height, width);
        GrayImage resized = line.resize(rw, height);
        int plane = height * width;
        byte[] px = resized.pixels();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < rw; x++) {
                float v = ((px[y * rw + x] & 0xff) / 255f - 0.5f) / 0.5f;
                int i = offset + y * width + x;
                data[i] = v;
                data[i + plane] = v;
                data[i + 2 * plane] = v;
            }
        }
        return rw;
    }
}
