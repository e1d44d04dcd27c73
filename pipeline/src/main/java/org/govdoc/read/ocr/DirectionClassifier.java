package org.govdoc.read.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The text-direction classifier of PP-OCR: tells, for a batch of line images, which are upside
 * down (a page scanned turned, a stamp's caption), so that they are turned before recognition.
 */
final class DirectionClassifier {

    static final int HEIGHT = 48;
    static final int WIDTH = 192;
    static final int BATCH = 6;
    /** Lines classified on every page (besides vertical ones). */
    static final int SAMPLE = 6;
    /** Probability of "turned 180°" above which a line is turned. */
    static final float TURN_THRESHOLD = 0.9f;

    /**
     * @param turned     per line, whether it reads upside down
     * @param classified how many line images the network looked at
     */
    record Directions(List<Boolean> turned, int classified) {
    }

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;

    DirectionClassifier(OrtEnvironment env, OrtSession session) throws OrtException {
        this.env = env;
        this.session = session;
        this.input = session.getInputNames().iterator().next();
    }

    /**
     * For each line image, whether it reads upside down, looking at a sample only: the lines
     * marked {@code always} (vertical lines, turned a quarter by guess) and the {@value #SAMPLE}
     * widest others. On a deskewed page the lines all read the same way up, so when none of the
     * sample is upside down the rest are taken as upright; when any is, every line is classified.
     */
    Directions upsideDown(List<GrayImage> lines, List<Boolean> always) throws OrtException {
        List<Integer> sample = sample(lines, always);
        Boolean[] out = new Boolean[lines.size()];
        Arrays.fill(out, Boolean.FALSE);
        List<Boolean> sampled = classify(sample.stream().map(lines::get).toList());
        boolean anyTurned = false;
        for (int k = 0; k < sample.size(); k++) {
            out[sample.get(k)] = sampled.get(k);
            anyTurned |= sampled.get(k) && !always.get(sample.get(k));
        }
        if (anyTurned && sample.size() < lines.size()) {
            return new Directions(classify(lines), sample.size() + lines.size());
        }
        return new Directions(Arrays.asList(out), sample.size());
    }

    /** The lines {@link #upsideDown} looks at first: those marked {@code always}, and the {@value #SAMPLE} widest others. */
    static List<Integer> sample(List<GrayImage> lines, List<Boolean> always) {
        Integer[] byWidth = new Integer[lines.size()];
        for (int i = 0; i < byWidth.length; i++) {
            byWidth[i] = i;
        }
        Arrays.sort(byWidth, Comparator.comparingInt((Integer i) -> lines.get(i).width()).reversed());
        List<Integer> sample = new ArrayList<>();
        int others = 0;
        for (int i : byWidth) {
            if (always.get(i) || others++ < SAMPLE) {
                sample.add(i);
            }
        }
        return sample;
    }

    /** For each line image, whether it reads upside down. */
    List<Boolean> classify(List<GrayImage> lines) throws OrtException {
        List<Boolean> out = new ArrayList<>(lines.size());
        for (int from = 0; from < lines.size(); from += BATCH) {
            int n = Math.min(BATCH, lines.size() - from);
            int plane = HEIGHT * WIDTH;
            FloatBuffer buffer = FloatBuffer.allocate(n * 3 * plane);
            float[] data = buffer.array();
            for (int i = 0; i < n; i++) {
                LineTensors.fill(lines.get(from + i), HEIGHT, WIDTH, data, i * 3 * plane);
            }
            float[] probs = new float[n * 2];
            try (OnnxTensor tensor = OnnxTensor.createTensor(env, buffer, new long[]{n, 3, HEIGHT, WIDTH});
                 OrtSession.Result result = session.run(Map.of(input, tensor))) {
                ((OnnxTensor) result.get(0)).getFloatBuffer().get(probs);
            }
            for (int i = 0; i < n; i++) {
                out.add(probs[i * 2 + 1] > probs[i * 2] && probs[i * 2 + 1] > TURN_THRESHOLD);
            }
        }
        return out;
    }
}
