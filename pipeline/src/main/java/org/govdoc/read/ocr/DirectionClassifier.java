package org.govdoc.read.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
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
    /** Probability of "turned 180°" above which a line is turned. */
    static final float TURN_THRESHOLD = 0.9f;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;

    DirectionClassifier(OrtEnvironment env, OrtSession session) throws OrtException {
        this.env = env;
        this.session = session;
        this.input = session.getInputNames().iterator().next();
    }

    /** For each line image, whether it reads upside down. */
    List<Boolean> upsideDown(List<GrayImage> lines) throws OrtException {
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
