package org.govdoc.corpus.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pages of born-digital PDFs made to look like office scans, for OCR benchmarks: rendered in grey
 * at {@code dpi}, the ink made dark grey and the paper light grey with uneven shading, the sheet
 * turned by a few degrees (a random angle and direction per page, within what a deskew handles),
 * slightly blurred (the scanner's optics), with sensor noise and dust specks, and finally stored
 * and decoded again as a JPEG at scanner quality. Everything random comes from {@code seed} and
 * the page index, so the same settings give the same pixels.
 *
 * @param dpi         rendering resolution
 * @param minSkew     smallest turn in degrees (absolute)
 * @param maxSkew     largest turn in degrees (absolute)
 * @param paper       grey level of the paper (255 white)
 * @param ink         grey level of full ink (0 black)
 * @param blurSigma   Gaussian blur in pixels (0 for none)
 * @param sensorNoise standard deviation of the per-pixel noise in grey levels
 * @param specks      dust specks per million pixels
 * @param jpegQuality JPEG quality 0..1 (1 for no JPEG round trip)
 * @param seed        for the angles, noise and specks
 */
public record OfficeScan(float dpi, double minSkew, double maxSkew, int paper, int ink, double blurSigma,
                         double sensorNoise, double specks, float jpegQuality, long seed) {

    /**
     * A plausible office scan: 200 dpi, turned 0.5–3°, paper at grey 228, ink at 40, blur
     * σ 0.7 px, noise σ 6 levels, 150 specks per megapixel, JPEG quality 0.75.
     */
    public static OfficeScan typical(long seed) {
        return new OfficeScan(200f, 0.5, 3.0, 228, 40, 0.7, 6, 150, 0.75f, seed);
    }

    public OfficeScan {
        if (minSkew < 0 || maxSkew < minSkew || paper <= ink || paper > 255 || ink < 0 || jpegQuality <= 0 || jpegQuality > 1) {
            throw new IllegalArgumentException("bad scan settings");
        }
    }

    /** The turn of page {@code index} in degrees (clockwise positive). */
    public double skew(int index) {
        Random random = random(index);
        double magnitude = minSkew + random.nextDouble() * (maxSkew - minSkew);
        return random.nextBoolean() ? magnitude : -magnitude;
    }

    /** Page {@code index} (0-based) of {@code pdf}, scanned. */
    public BufferedImage page(Path pdf, int index) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf.toFile())) {
            return degrade(new PDFRenderer(source).renderImageWithDPI(index, dpi, ImageType.GRAY), index);
        }
    }

    /** A clean grey rendering of page {@code index}, degraded as this scan does. */
    public BufferedImage degrade(BufferedImage clean, int index) throws IOException {
        int w = clean.getWidth();
        int h = clean.getHeight();
        byte[] src = grey(clean);
        Random random = random(index);
        double angle = Math.toRadians(skew(index));
        random.nextDouble(); // the two draws of skew(index)
        random.nextBoolean();
        // paper shading: a plane tilted by up to ±6 grey levels across the page
        double gx = (random.nextDouble() - 0.5) * 12 / w;
        double gy = (random.nextDouble() - 0.5) * 12 / h;
        float[] page = turn(src, w, h, angle, random.nextDouble() * 4 - 2, gx, gy);
        if (blurSigma > 0) {
            page = blur(page, w, h, blurSigma);
        }
        byte[] out = new byte[w * h];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) clamp(page[i] + random.nextGaussian() * sensorNoise);
        }
        long count = Math.round(specks * w * h / 1e6);
        for (long k = 0; k < count; k++) {
            speck(out, w, h, random);
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(out, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, out.length);
        return jpegQuality >= 1 ? image : jpegRoundTrip(image, jpegQuality);
    }

    /** The page's random numbers; the seed is mixed first, as nearby seeds give java.util.Random nearby first numbers. */
    private Random random(int index) {
        long z = seed * 1_000_003L + index + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return new Random(z ^ (z >>> 33));
    }

    private static byte[] grey(BufferedImage image) {
        byte[] px = new byte[image.getWidth() * image.getHeight()];
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), px);
            return px;
        }
        BufferedImage g = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        g.getGraphics().drawImage(image, 0, 0, null);
        g.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), px);
        return px;
    }

    /**
     * The clean page turned by {@code angle} radians about its centre (bilinear), its grey levels
     * mapped from white..black to paper..ink, the paper shaded by the plane (offset, gx, gy).
     */
    private float[] turn(byte[] src, int w, int h, double angle, double offset, double gx, double gy) {
        float[] out = new float[w * h];
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double cx = w / 2.0;
        double cy = h / 2.0;
        float span = (paper - ink) / 255f;
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                double sx = cos * dx + sin * dy + cx;
                double sy = -sin * dx + cos * dy + cy;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                float v;
                if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
                    v = 255;
                } else {
                    float wx = (float) (sx - x0);
                    float wy = (float) (sy - y0);
                    int i = y0 * w + x0;
                    float top = (src[i] & 0xff) * (1 - wx) + (src[i + 1] & 0xff) * wx;
                    float bottom = (src[i + w] & 0xff) * (1 - wx) + (src[i + w + 1] & 0xff) * wx;
                    v = top * (1 - wy) + bottom * wy;
                }
                float shade = (float) (offset + gx * (x - cx) + gy * (y - cy));
                out[y * w + x] = ink + v * span + shade * (v / 255f);
            }
        }
        return out;
    }

    /** Separable Gaussian blur, edges repeated. */
    static float[] blur(float[] px, int w, int h, double sigma) {
        int r = Math.max(1, (int) Math.ceil(2 * sigma));
        float[] k = new float[2 * r + 1];
        float sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        float[] tmp = new float[px.length];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int i = -r; i <= r; i++) {
                    s += k[i + r] * px[row + Math.min(w - 1, Math.max(0, x + i))];
                }
                tmp[row + x] = s;
            }
        }
        float[] out = new float[px.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int i = -r; i <= r; i++) {
                    s += k[i + r] * tmp[Math.min(h - 1, Math.max(0, y + i)) * w + x];
                }
                out[y * w + x] = s;
            }
        }
        return out;
    }

    /** A dust speck: a roundish dark dot of radius 0.5–2 px. */
    private static void speck(byte[] px, int w, int h, Random random) {
        int cx = random.nextInt(w);
        int cy = random.nextInt(h);
        double radius = 0.5 + random.nextDouble() * 1.5;
        int level = 30 + random.nextInt(120);
        int r = (int) Math.ceil(radius);
        for (int y = Math.max(0, cy - r); y <= Math.min(h - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(w - 1, cx + r); x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius) {
                    int i = y * w + x;
                    px[i] = (byte) Math.min(px[i] & 0xff, level);
                }
            }
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** The image stored as a JPEG and decoded again, by the JDK's own codec (other registered codecs may differ). */
    static BufferedImage jpegRoundTrip(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = jdkCodec(ImageIO.getImageWritersByFormatName("jpeg"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        ImageReader reader = jdkCodec(ImageIO.getImageReadersByFormatName("jpeg"));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            reader.setInput(in);
            BufferedImage decoded = reader.read(0);
            if (decoded.getType() == BufferedImage.TYPE_BYTE_GRAY) {
                return decoded;
            }
            BufferedImage g = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            g.getGraphics().drawImage(decoded, 0, 0, null);
            return g;
        } finally {
            reader.dispose();
        }
    }

    private static <T> T jdkCodec(Iterator<T> codecs) throws IOException {
        T first = null;
        while (codecs.hasNext()) {
            T c = codecs.next();
            if (c.getClass().getName().startsWith("com.sun.imageio.")) {
                return c;
            }
            first = first == null ? c : first;
        }
        if (first == null) {
            throw new IOException("no JPEG codec");
        }
        return first;
    }
}
