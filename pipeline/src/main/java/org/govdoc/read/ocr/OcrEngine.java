package org.govdoc.read.ocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.ArrayList;
import java.util.List;

/**
 * PP-OCRv4 through ONNX Runtime: one environment and one session per model, created once and
 * shared by every thread ({@link OrtSession#run} is thread-safe). Each session runs its operators
 * on one thread, so that the ingest's parser threads are the only parallelism (set
 * {@code govdoc.ocr.threads} to give one page more). Pages go in as grey images already
 * deskewed; lines come out with their box, text, confidence and character positions.
 */
public final class OcrEngine implements AutoCloseable {

    /** Lines whose mean character probability is below this are noise (PaddleOCR's drop score). */
    static final float DROP_SCORE = 0.5f;
    /** A box this much taller than wide holds a vertical line of text. */
    static final float VERTICAL_RATIO = 1.5f;

    /**
     * What the engine's output for a page depends on besides the pixels: the models and the
     * settings that change what is read (the OCR cache keys its entries by it).
     */
    static final String STAMP = "ppocrv4-det" + TextDetector.MAX_SIDE + "-cls" + DirectionClassifier.SAMPLE
            + "-rec" + TextRecognizer.BATCH + "x" + TextRecognizer.MIN_WIDTH + "/7";

    private static final class Shared {
        static final OcrEngine ENGINE = create();
    }

    private final OrtSession detection;
    private final OrtSession direction;
    private final OrtSession recognition;
    private final TextDetector detector;
    private final DirectionClassifier classifier;
    private final TextRecognizer recognizer;

    private OcrEngine(int threads) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.detection = env.createSession(OcrModels.bytes(OcrModels.DETECTION), options);
            this.direction = env.createSession(OcrModels.bytes(OcrModels.DIRECTION), options);
            this.recognition = env.createSession(OcrModels.bytes(OcrModels.RECOGNITION), options);
        }
        this.detector = new TextDetector(env, detection);
        this.classifier = new DirectionClassifier(env, direction);
        this.recognizer = new TextRecognizer(env, recognition, new CtcDecoder(OcrModels.characters()));
    }

    /** The engine of this JVM, loaded on first use. */
    public static OcrEngine shared() {
        return Shared.ENGINE;
    }

    private static OcrEngine create() {
        int threads = Integer.getInteger("govdoc.ocr.threads", 1);
        try {
            return new OcrEngine(Math.max(1, threads));
        } catch (OrtException e) {
            throw new IllegalStateException("the OCR models cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** The text lines of a page image, top to bottom as detected. */
    public List<OcrLine> read(GrayImage page) throws OrtException {
        return read(page, new OcrStageTimes());
    }

    /** The text lines of a page image, the time of each stage added to {@code times}. */
    public List<OcrLine> read(GrayImage page, OcrStageTimes times) throws OrtException {
        long t0 = System.nanoTime();
        List<TextDetector.Region> regions = detector.detect(page);
        long t1 = System.nanoTime();
        times.add(OcrStageTimes.Stage.DETECTION, t1 - t0);
        List<GrayImage> crops = new ArrayList<>(regions.size());
        List<Boolean> vertical = new ArrayList<>(regions.size());
        for (TextDetector.Region r : regions) {
            GrayImage crop = page.crop(Math.round(r.x()), Math.round(r.y()), Math.round(r.width()), Math.round(r.height()));
            boolean v = crop.height() >= VERTICAL_RATIO * crop.width() && crop.width() > 0;
            vertical.add(v);
            crops.add(v ? crop.rotateCounterClockwise() : crop);
        }
        DirectionClassifier.Directions directions = classifier.upsideDown(crops, vertical);
        List<Boolean> turned = new ArrayList<>(directions.turned());
        List<GrayImage> asFound = List.copyOf(crops);
        List<Integer> turnedLines = new ArrayList<>();
        for (int i = 0; i < crops.size(); i++) {
            if (turned.get(i)) {
                crops.set(i, crops.get(i).rotate180());
                turnedLines.add(i);
            }
        }
        long t2 = System.nanoTime();
        times.add(OcrStageTimes.Stage.CLASSIFICATION, t2 - t1);
        times.countLines(crops.size(), directions.classified());
        List<TextRecognizer.Recognized> texts = new ArrayList<>(recognizer.recognize(crops));
        keepBetterWayUp(texts, crops, asFound, turned, turnedLines);
        times.add(OcrStageTimes.Stage.RECOGNITION, System.nanoTime() - t2);
        List<OcrLine> out = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            TextRecognizer.Recognized t = texts.get(i);
            if (t.text().isBlank() || t.confidence() < DROP_SCORE) {
                continue;
            }
            TextDetector.Region r = regions.get(i);
            GrayImage crop = crops.get(i);
            float left = Math.max(0, Math.round(r.x()));
            List<OcrLine.OcrChar> chars = new ArrayList<>();
            boolean simple = !vertical.get(i) && !turned.get(i);
            for (OcrLine.OcrChar c : t.chars()) {
                // vertical or turned lines: the characters get the box's centre (one run)
                float cx = simple ? left + Math.min(c.centerX(), crop.width()) : r.x() + r.width() / 2;
                chars.add(new OcrLine.OcrChar(c.text(), cx, c.confidence()));
            }
            out.add(new OcrLine(t.text(), r.x(), r.y(), r.width(), r.height(), t.confidence(), simple ? chars : List.of()));
        }
        return out;
    }

    /**
     * A line the classifier turned is also read the way it was found, and the reading with the
     * higher confidence is kept: the classifier sometimes takes a long upright line for an
     * upside-down one, and the turned line then reads as nothing (confidence near 0) and would be
     * dropped. Lines are rarely turned, so this costs little.
     */
    private void keepBetterWayUp(List<TextRecognizer.Recognized> texts, List<GrayImage> crops, List<GrayImage> asFound,
            List<Boolean> turned, List<Integer> turnedLines) throws OrtException {
        if (turnedLines.isEmpty()) {
            return;
        }
        List<GrayImage> upright = turnedLines.stream().map(asFound::get).toList();
        List<TextRecognizer.Recognized> again = recognizer.recognize(upright);
        for (int j = 0; j < turnedLines.size(); j++) {
            int i = turnedLines.get(j);
            if (again.get(j).confidence() > texts.get(i).confidence()) {
                texts.set(i, again.get(j));
                crops.set(i, asFound.get(i));
                turned.set(i, false);
            }
        }
    }

    @Override
    public void close() throws OrtException {
        detection.close();
        direction.close();
        recognition.close();
    }
}
