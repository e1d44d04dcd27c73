package org.govdoc.read;

import java.util.List;
import org.govdoc.model.Box;
import org.govdoc.model.OcrDigits;

/**
 * What the layout layer knows of where and how a paragraph or a cell was read, handed to
 * {@link DocumentBuilder} and {@link TableBuilder} with its text: its box on the page, and for text
 * read by OCR the lowest character probability and the numbers with theirs.
 *
 * @param box        region on the page, or null
 * @param confidence lowest character probability (0..1) of the OCR'd text, null when nothing was recognised
 * @param ocrDigits  numbers as OCR read them
 */
public record BlockReading(Box box, Double confidence, List<OcrDigits> ocrDigits) {

    /** Nothing known: formats without pages. */
    public static final BlockReading NONE = new BlockReading(null, null, List.of());

    public BlockReading {
        ocrDigits = ocrDigits == null ? List.of() : List.copyOf(ocrDigits);
    }
}
