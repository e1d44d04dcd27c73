package org.govdoc.corpus.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficeScanTest {

    /** A white page with dark "lines of text" in its middle band. */
    private static BufferedImage clean() {
        BufferedImage page = new BufferedImage(400, 500, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 500);
        g.setColor(Color.BLACK);
        for (int y = 150; y < 350; y += 30) {
            for (int x = 60; x < 340; x += 16) {
                g.fillRect(x, y, 12, 14);
            }
        }
        g.dispose();
        return page;
    }

    private static byte[] pixels(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    private static double mean(BufferedImage image, int x0, int y0, int x1, int y1) {
        double sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += image.getRaster().getSample(x, y, 0);
            }
        }
        return sum / ((x1 - x0) * (y1 - y0));
    }

    @Test
    void theSameSeedGivesTheSamePixelsAndAnotherSeedOthers() throws Exception {
        BufferedImage a = OfficeScan.typical(3).degrade(clean(), 0);
        BufferedImage b = OfficeScan.typical(3).degrade(clean(), 0);
        BufferedImage c = OfficeScan.typical(4).degrade(clean(), 0);
        assertThat(pixels(a)).isEqualTo(pixels(b));
        assertThat(pixels(a)).isNotEqualTo(pixels(c));
        assertThat(pixels(OfficeScan.typical(3).degrade(clean(), 1))).isNotEqualTo(pixels(a));
    }

    @Test
    void pagesAreTurnedAFewDegreesEitherWay() {
        OfficeScan scan = OfficeScan.typical(11);
        Set<Boolean> directions = new HashSet<>();
        for (int page = 0; page < 20; page++) {
            double skew = scan.skew(page);
            assertThat(Math.abs(skew)).isBetween(0.5, 3.0);
            assertThat(scan.skew(page)).isEqualTo(skew);
            directions.add(skew > 0);
        }
        assertThat(directions).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void paperIsGreyInkIsNotBlackAndTheImageIsNoisy() throws Exception {
        OfficeScan scan = new OfficeScan(200f, 0, 0, 228, 40, 0.7, 6, 0, 0.75f, 1L);
        BufferedImage out = scan.degrade(clean(), 0);
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(mean(out, 10, 10, 390, 120)).isCloseTo(228, within(5.0)); // blank paper above the text
        // inside a "character" (not turned here): ink, lightened by the blur only at the edges
        assertThat(mean(out, 63, 153, 69, 161)).isCloseTo(40, within(8.0));
        Set<Integer> levels = new HashSet<>();
        for (int x = 10; x < 390; x++) {
            levels.add(out.getRaster().getSample(x, 50, 0));
        }
        assertThat(levels).hasSizeGreaterThan(5); // noise on blank paper
    }

    @Test
    void blurKeepsTheMeanAndSoftensAnEdge() {
        float[] px = new float[10 * 3];
        for (int y = 0; y < 3; y++) {
            for (int x = 5; x < 10; x++) {
                px[y * 10 + x] = 100;
            }
        }
        float[] out = OfficeScan.blur(px, 10, 3, 1.0);
        double before = 0;
        double after = 0;
        for (int i = 0; i < px.length; i++) {
            before += px[i];
            after += out[i];
        }
        assertThat(after).isCloseTo(before, within(1.0));
        assertThat(out[14]).isBetween(1f, 50f);
        assertThat(out[15]).isBetween(50f, 99f);
        assertThat(out[0]).isLessThan(1f);
    }
}
