package org.govdoc.corpus.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes "scans" of born-digital PDFs for OCR tests and benchmarks: each page is rendered in grey,
 * turned by a small angle as a sheet fed askew, speckled with noise, and stored as a JPEG in an
 * image-only PDF of the same page size (no text layer), as a scanner's software does.
 *
 * @param dpi        rendering resolution
 * @param skewDegrees how far each page is turned (clockwise positive); alternate pages turn the other way
 * @param noise      fraction of pixels flipped to a random grey (0 for none)
 * @param seed       for the noise
 */
public record ScanRenderer(float dpi, double skewDegrees, double noise, long seed) {

    /** A plausible office scan: 200 dpi, turned 1°, light speckle. */
    public static final ScanRenderer OFFICE = new ScanRenderer(200f, 1.0, 0.002, 7L);

    /** Writes the image-only twin of {@code pdf} to {@code out}. */
    public void scan(Path pdf, Path out) throws IOException {
        Random random = new Random(seed);
        try (PDDocument source = Loader.loadPDF(pdf.toFile()); PDDocument target = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                BufferedImage image = page(renderer, i, i % 2 == 0 ? skewDegrees : -skewDegrees, random);
                PDRectangle box = source.getPage(i).getMediaBox();
                boolean turned = source.getPage(i).getRotation() % 180 != 0;
                PDRectangle size = turned ? new PDRectangle(box.getHeight(), box.getWidth()) : box;
                PDPage page = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
                target.addPage(page);
                PDImageXObject x = JPEGFactory.createFromImage(target, image, 0.85f);
                try (PDPageContentStream cs = new PDPageContentStream(target, page)) {
                    cs.drawImage(x, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            target.save(out.toFile());
        }
    }

    /** One page of {@code pdf} as a scanned grey image. */
    public BufferedImage page(Path pdf, int index) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf.toFile())) {
            return page(new PDFRenderer(source), index, skewDegrees, new Random(seed + index));
        }
    }

    private BufferedImage page(PDFRenderer renderer, int index, double skew, Random random) throws IOException {
        BufferedImage clean = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
        BufferedImage out = new BufferedImage(clean.getWidth(), clean.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(clean, AffineTransform.getRotateInstance(Math.toRadians(skew), out.getWidth() / 2.0, out.getHeight() / 2.0), null);
        } finally {
            g.dispose();
        }
        if (noise > 0) {
            var raster = out.getRaster();
            long flips = Math.round((double) out.getWidth() * out.getHeight() * noise);
            for (long k = 0; k < flips; k++) {
                raster.setSample(random.nextInt(out.getWidth()), random.nextInt(out.getHeight()), 0, random.nextInt(256));
            }
        }
        return out;
    }
}
