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
 * PP-OCRv4 Chinese text recognition: line images, sorted by their proportions and recognised in
 * batches (each batch padded to its widest line, as PaddleOCR does), then CTC-decoded.
 */
final class TextRecognizer {

    /** A recognised line: the decoded text and, per character, its horizontal centre in the line image. */
    record Recognized(String text, float confidence, List<OcrLine.OcrChar> chars) {
    }

    static final int HEIGHT = 48;
    /**
     * Narrowest line image: shorter lines are padded to it, as PaddleOCR trains and runs the
     * model. Without the padding a short line was read worse (一级指标 as "-级指标" on real scans)
     * and not faster.
     */
    static final int MIN_WIDTH = 320;
    /** Widest line image (the longest lines of a landscape table fit). */
    static final int MAX_WIDTH = 3200;
    /**
     * Lines per run of the network. One at a time, each at its own width, was faster on one
     * thread than batches of 6 or 12 padded to their widest line (1.9 s against 3.0-3.6 s of
     * recognition per page on the benchmark's scans), and reads the same.
     */
    static final int BATCH = 1;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;
    private final CtcDecoder decoder;

    TextRecognizer(OrtEnvironment env, OrtSession session, CtcDecoder decoder) throws OrtException {
        this.env = env;
        this.session = session;
        this.input = session.getInputNames().iterator().next();
        this.decoder = decoder;
    }

    List<Recognized> recognize(List<GrayImage> lines) throws OrtException {
        Integer[] order = new Integer[lines.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> (double) lines.get(i).width() / lines.get(i).height()));
        Recognized[] out = new Recognized[lines.size()];
        for (int from = 0; from < order.length; from += BATCH) {
            int n = Math.min(BATCH, order.length - from);
            double maxRatio = (double) MIN_WIDTH / HEIGHT;
            for (int i = 0; i < n; i++) {
                GrayImage line = lines.get(order[from + i]);
                maxRatio = Math.max(maxRatio, (double) line.width() / line.height());
            }
            int width = Math.min(MAX_WIDTH, (int) Math.ceil(HEIGHT * maxRatio));
            int plane = HEIGHT * width;
            FloatBuffer buffer = FloatBuffer.allocate(n * 3 * plane);
            int[] used = new int[n];
            for (int i = 0; i < n; i++) {
                used[i] = LineTensors.fill(lines.get(order[from + i]), HEIGHT, width, buffer.array(), i * 3 * plane);
            }
            try (OnnxTensor tensor = OnnxTensor.createTensor(env, buffer, new long[]{n, 3, HEIGHT, width});
                 OrtSession.Result result = session.run(Map.of(input, tensor))) {
                OnnxTensor output = (OnnxTensor) result.get(0);
                long[] shape = output.getInfo().getShape();
                int steps = (int) shape[1];
                int classes = (int) shape[2];
                float[] probs = new float[n * steps * classes];
                output.getFloatBuffer().get(probs);
                for (int i = 0; i < n; i++) {
                    GrayImage line = lines.get(order[from + i]);
                    CtcDecoder.Decoded d = decoder.decode(probs, i * steps * classes, steps, classes);
                    // time step t covers [t, t+1) × width/steps of the padded tensor; the line
                    // image occupies the first used[i] columns of it
                    float toLine = (float) width / steps * line.width() / used[i];
                    List<OcrLine.OcrChar> chars = new ArrayList<>(d.steps().size());
                    for (CtcDecoder.Step s : d.steps()) {
                        chars.add(new OcrLine.OcrChar(s.text(), (s.time() + 0.5f) * toLine, s.probability()));
                    }
                    out[order[from + i]] = new Recognized(d.text(), d.confidence(), chars);
                }
            }
        }
        return Arrays.asList(out);
    }
}
