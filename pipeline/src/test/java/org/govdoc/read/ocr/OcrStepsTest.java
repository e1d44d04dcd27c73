package org.govdoc.read.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.layout.TextBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OCR steps around the networks, on small hand-made inputs (no model is loaded). */
class OcrStepsTest {

    @TempDir
    Path dir;

    @Test
    void ctcMergesRepeatsAndDropsBlanks() {
        CtcDecoder d = new CtcDecoder(List.of("", "1", "0", "%"));
        // steps: 1 1 blank 0 blank 0 %   -> "100%"
        int[] best = {1, 1, 0, 2, 0, 2, 3};
        float[] probs = new float[best.length * 4];
        for (int t = 0; t < best.length; t++) {
            for (int c = 0; c < 4; c++) {
                probs[t * 4 + c] = c == best[t] ? 0.9f : 0.1f / 3;
            }
        }
        CtcDecoder.Decoded out = d.decode(probs, 0, best.length, 4);
        assertThat(out.text()).isEqualTo("100%");
        assertThat(out.steps()).extracting(CtcDecoder.Step::time).containsExactly(0, 3, 5, 6);
        assertThat(out.confidence()).isCloseTo(0.9f, within(1e-5f));
    }

    @Test
    void detectionPostProcessingBoxesAndUnclipsRegions() {
        int w = 100;
        int h = 40;
        float[] prob = new float[w * h];
        fill(prob, w, 10, 10, 50, 6, 0.9f);   // a text line: 50 x 6
        fill(prob, w, 80, 30, 2, 2, 0.9f);    // a speck: too small
        fill(prob, w, 70, 5, 20, 8, 0.35f);   // above the pixel threshold, below the box threshold
        List<TextDetector.Region> regions = TextDetector.regions(prob, w, h);
        assertThat(regions).hasSize(1);
        TextDetector.Region r = regions.get(0);
        float d = 50 * 6 * TextDetector.UNCLIP_RATIO / (2f * (50 + 6));
        assertThat(r.x()).isCloseTo(10 - d, within(1e-3f));
        assertThat(r.y()).isCloseTo(10 - d, within(1e-3f));
        assertThat(r.width()).isCloseTo(50 + 2 * d, within(1e-3f));
        assertThat(r.height()).isCloseTo(6 + 2 * d, within(1e-3f));
    }

    @Test
    void rulesAreFoundAndTextStrokesAreNot() {
        int w = 600;
        int h = 400;
        byte[] px = white(w, h);
        // a 2-row table: 3 horizontal lines (2 px thick), 3 verticals between them
        for (int y : new int[]{100, 160, 220}) {
            rect(px, w, 50, y, 500, 2);
        }
        for (int x : new int[]{50, 300, 548}) {
            rect(px, w, x, 100, 2, 122);
        }
        // a "character" stroke far from the table: short vertical and horizontal strokes
        rect(px, w, 100, 300, 2, 40);
        rect(px, w, 90, 320, 30, 2);
        List<float[]> rules = RuleFinder.find(new GrayImage(w, h, px), 200f);
        long horizontal = rules.stream().filter(r -> r[1] == r[3]).count();
        long vertical = rules.stream().filter(r -> r[0] == r[2]).count();
        assertThat(horizontal).isEqualTo(3);
        assertThat(vertical).isEqualTo(3);
        assertThat(rules).allSatisfy(r -> assertThat(r[1]).isLessThan(250));
        float[] top = rules.stream().filter(r -> r[1] == r[3]).min((a, b) -> Float.compare(a[1], b[1])).orElseThrow();
        assertThat(top[1]).isCloseTo(101f, within(0.6f));
        assertThat(top[0]).isCloseTo(50f, within(1f));
        assertThat(top[2]).isCloseTo(550f, within(1f));
    }

    @Test
    void deskewFindsTheTurnOfAPageOfLines() {
        int w = 800;
        int h = 1000;
        byte[] px = white(w, h);
        for (int y = 100; y < 900; y += 40) {
            for (int x = 100; x < 700; x += 14) {
                rect(px, w, x, y, 10, 12); // "characters" on a line
            }
        }
        GrayImage straight = new GrayImage(w, h, px);
        assertThat(Deskew.angle(straight)).isZero();
        GrayImage turned = straight.rotate(1.5);
        assertThat(Deskew.angle(turned)).isCloseTo(1.5, within(0.15));
        assertThat(Deskew.angle(straight.rotate(-2.0))).isCloseTo(-2.0, within(0.15));
    }

    @Test
    void deskewSeesThinGreyRulingLines() {
        // a form printed with mid-grey 2 px borders on an A4 page at 200 dpi, and no text
        int w = 1654;
        int h = 2338;
        byte[] px = white(w, h);
        for (int y = 300; y < 2100; y += 90) {
            fill(px, w, 170, y, 1310, 2, 120);
        }
        for (int x : new int[]{170, 500, 900, 1478}) {
            fill(px, w, x, 300, 2, 1712, 120);
        }
        GrayImage straight = new GrayImage(w, h, px);
        assertThat(Deskew.angle(straight)).isZero();
        assertThat(Deskew.angle(straight.rotate(1.5))).isCloseTo(1.5, within(0.15));
        assertThat(Deskew.angle(straight.rotate(-0.8))).isCloseTo(-0.8, within(0.15));
        // the same form scanned on grey paper (150): the paper is not ink, the borders still are
        byte[] dim = px.clone();
        for (int i = 0; i < dim.length; i++) {
            if ((dim[i] & 0xff) == 255) {
                dim[i] = (byte) 150;
            } else {
                dim[i] = (byte) 40;
            }
        }
        GrayImage grey = new GrayImage(w, h, dim);
        assertThat(Deskew.angle(grey)).isZero();
        assertThat(Deskew.angle(grey.rotate(1.5))).isCloseTo(1.5, within(0.15));
    }

    @Test
    void aLoneSignThatMeansSomethingIsKeptSpeckleIsDropped() {
        OcrLine percent = new OcrLine("%", 400, 50, 30, 30, 0.99f, List.of());
        OcrLine dot = new OcrLine(".", 500, 50, 8, 8, 0.6f, List.of());
        OcrLine bar = new OcrLine("|", 600, 40, 6, 40, 0.6f, List.of());
        assertThat(OcrBoxes.of(List.of(percent, dot, bar), 72f / 200)).extracting(TextBox::text).containsExactly("%");
        assertThat(OcrBoxes.isStrayMark("%")).isFalse();
        assertThat(OcrBoxes.isStrayMark("*")).isFalse();
        assertThat(OcrBoxes.isStrayMark("'")).isTrue();
        assertThat(OcrBoxes.isStrayMark("。")).isFalse();
    }

    @Test
    void theTypeSizeOfALineComesFromItsChineseInkNotFromBracketsThatMakeItsBoxTaller() {
        int w = 900;
        int h = 300;
        byte[] px = white(w, h);
        // line 1 at y 40..64: five "characters" 24 px tall; line 2 at y 140..164: the same five
        // characters between brackets reaching 4 px above and below them
        List<OcrLine.OcrChar> plain = new ArrayList<>();
        List<OcrLine.OcrChar> bracketed = new ArrayList<>();
        bracketed.add(new OcrLine.OcrChar("（", 105, 0.99f));
        rect(px, w, 103, 136, 4, 32);
        for (int i = 0; i < 5; i++) {
            int x = 120 + i * 30;
            rect(px, w, x, 40, 24, 24);
            rect(px, w, x, 140, 24, 24);
            plain.add(new OcrLine.OcrChar("预", x + 12, 0.99f));
            bracketed.add(new OcrLine.OcrChar("预", x + 12, 0.99f));
        }
        bracketed.add(new OcrLine.OcrChar("）", 275, 0.99f));
        rect(px, w, 273, 136, 4, 32);
        // the detector's boxes: the second taller because of the brackets; the first cuts 2 px of ink
        OcrLine first = new OcrLine("预预预预预", 112, 42, 160, 30, 0.99f, plain);
        OcrLine second = new OcrLine("（预预预预预）", 98, 128, 185, 48, 0.99f, bracketed);
        GrayImage page = new GrayImage(w, h, px);
        float[] ink = GlyphHeights.of(page, List.of(first, second));
        assertThat(ink[0]).isEqualTo(24f);
        assertThat(ink[1]).isEqualTo(24f);
        List<TextBox> boxes = OcrBoxes.of(List.of(first, second), ink, 72f / 200);
        assertThat(boxes.get(0).fontSize()).isCloseTo(boxes.get(1).fontSize(), within(1e-3f));
        // without the ink, the box heights would differ by 60 %
        List<TextBox> byBox = OcrBoxes.of(List.of(first, second), 72f / 200);
        assertThat(byBox.get(1).fontSize() / byBox.get(0).fontSize()).isCloseTo(1.6f, within(1e-3f));
    }

    @Test
    void aRuleCrossingALineBoxIsNotTakenForInk() {
        int w = 400;
        int h = 120;
        byte[] px = white(w, h);
        List<OcrLine.OcrChar> chars = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rect(px, w, 60 + i * 30, 40, 24, 24);
            chars.add(new OcrLine.OcrChar("预", 72 + i * 30, 0.99f));
        }
        rect(px, w, 0, 34, w, 2); // a cell border just above the text, inside the detector's box
        OcrLine line = new OcrLine("预预预预", 50, 30, 130, 40, 0.99f, chars);
        assertThat(GlyphHeights.of(new GrayImage(w, h, px), List.of(line))[0]).isEqualTo(24f);
    }

    @Test
    void linesBecomeRunsSplitAtWideGapsWithoutSpacesInsideNumbers() {
        // a line "金额 12.50" whose two parts stand far apart (two table cells), 30 px high
        List<OcrLine.OcrChar> chars = List.of(
                new OcrLine.OcrChar("金", 115, 0.99f), new OcrLine.OcrChar("额", 145, 0.99f),
                new OcrLine.OcrChar("1", 308, 0.99f), new OcrLine.OcrChar("2", 326, 0.99f),
                new OcrLine.OcrChar(".", 339, 0.99f), new OcrLine.OcrChar("5", 352, 0.99f),
                new OcrLine.OcrChar("0", 370, 0.99f));
        OcrLine line = new OcrLine("金额12.50", 100, 50, 290, 30, 0.99f, chars);
        List<TextBox> boxes = OcrBoxes.of(List.of(line), 72f / 200);
        assertThat(boxes).extracting(TextBox::text).containsExactly("金额", "12.50");
        assertThat(boxes.get(0).x()).isCloseTo(100 * 0.36f, within(0.5f));
        assertThat(boxes.get(1).x()).isGreaterThan(boxes.get(0).right());
        // the glyphs: the middle three quarters of the detector's box
        assertThat(boxes.get(0).top()).isCloseTo((50 + 30 * 0.125f) * 0.36f, within(1e-3f));
        assertThat(boxes.get(0).height()).isCloseTo(30 * 0.75f * 0.36f, within(1e-3f));
    }

    @Test
    void eachRunKeepsTheProbabilityOfEachOfItsCharacters() {
        List<OcrLine.OcrChar> chars = List.of(
                new OcrLine.OcrChar(" ", 100, 0.30f), new OcrLine.OcrChar("金", 115, 0.91f),
                new OcrLine.OcrChar("额", 145, 0.92f), new OcrLine.OcrChar("1", 308, 0.93f),
                new OcrLine.OcrChar("2", 326, 0.44f), new OcrLine.OcrChar(".", 339, 0.95f),
                new OcrLine.OcrChar("5", 352, 0.96f));
        OcrLine line = new OcrLine(" 金额12.5", 100, 50, 290, 30, 0.77f, chars);

        List<TextBox> boxes = OcrBoxes.of(List.of(line), 72f / 200);

        assertThat(boxes).extracting(TextBox::text).containsExactly("金额", "12.5");
        assertThat(boxes.get(0).charConfidences()).as("the stripped space's probability is not the run's")
                .containsExactly(0.91f, 0.92f);
        assertThat(boxes.get(1).charConfidences()).containsExactly(0.93f, 0.44f, 0.95f, 0.96f);
        assertThat(boxes).allMatch(TextBox::readByOcr);
    }

    @Test
    void cacheReturnsWhatWasStoredByImageContent() {
        OcrCache cache = new OcrCache(dir.resolve("cache"));
        GrayImage a = new GrayImage(3, 2, new byte[]{1, 2, 3, 4, 5, 6});
        GrayImage b = new GrayImage(2, 3, new byte[]{1, 2, 3, 4, 5, 6});
        assertThat(OcrCache.key(a)).isNotEqualTo(OcrCache.key(b)).isEqualTo(OcrCache.key(new GrayImage(3, 2, a.pixels().clone())));
        OcrLine line = new OcrLine("预算", 1, 2, 3, 4, 0.8f, List.of(new OcrLine.OcrChar("预", 1.5f, 0.7f)));
        assertThat(cache.get(OcrCache.key(a))).isEmpty();
        cache.put(OcrCache.key(a), new OcrCache.Entry(0.5, List.of(line)));
        assertThat(cache.get(OcrCache.key(a))).contains(new OcrCache.Entry(0.5, List.of(line)));
        assertThat(cache.get(OcrCache.key(b))).isEmpty();
        // an entry made at another skew (an older deskew) is not used
        assertThat(cache.get(OcrCache.key(a), 0.5)).isPresent();
        assertThat(cache.get(OcrCache.key(a), 0.0)).isEmpty();
        assertThat(new OcrCache(null).get(OcrCache.key(a))).isEmpty();
    }

    private static byte[] white(int w, int h) {
        byte[] px = new byte[w * h];
        java.util.Arrays.fill(px, (byte) 255);
        return px;
    }

    private static void rect(byte[] px, int w, int x, int y, int rw, int rh) {
        for (int j = y; j < y + rh; j++) {
            for (int i = x; i < x + rw; i++) {
                px[j * w + i] = 0;
            }
        }
    }

    private static void fill(byte[] px, int w, int x, int y, int rw, int rh, int grey) {
        for (int j = y; j < y + rh; j++) {
            for (int i = x; i < x + rw; i++) {
                px[j * w + i] = (byte) grey;
            }
        }
    }

    private static void fill(float[] prob, int w, int x, int y, int rw, int rh, float v) {
        for (int j = y; j < y + rh; j++) {
            for (int i = x; i < x + rw; i++) {
                prob[j * w + i] = v;
            }
        }
    }
}
