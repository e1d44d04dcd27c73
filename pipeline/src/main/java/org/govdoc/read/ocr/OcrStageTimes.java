package org.govdoc.read.ocr;

import java.util.EnumMap;
import java.util.Map;

/**
 * Time spent in each stage of reading page images, summed over the pages read with it (for
 * {@code govdoc bench ocr}); one per thread, not shared.
 */
public final class OcrStageTimes {

    /** The stages of {@link PageOcr#read}. */
    public enum Stage {
        /** measuring and correcting the skew */
        DESKEW,
        /** the detection network and its post-processing */
        DETECTION,
        /** the direction classifier */
        CLASSIFICATION,
        /** the recognition network and CTC decoding */
        RECOGNITION,
        /** ruling lines and text boxes for the layout layer */
        LAYOUT
    }

    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    private int classified;
    private int lines;

    void add(Stage stage, long elapsed) {
        nanos.merge(stage, elapsed, Long::sum);
    }

    void countLines(int detected, int classifiedLines) {
        lines += detected;
        classified += classifiedLines;
    }

    /** Seconds spent in a stage. */
    public double seconds(Stage stage) {
        return nanos.getOrDefault(stage, 0L) / 1e9;
    }

    /** Lines detected. */
    public int lines() {
        return lines;
    }

    /** Lines the direction classifier looked at. */
    public int classified() {
        return classified;
    }
}
