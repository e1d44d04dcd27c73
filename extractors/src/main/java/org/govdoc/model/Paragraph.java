package org.govdoc.model;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph (or a line, for formats without paragraphs) of running text.
 *
 * @param text         the text as written, line breaks inside the paragraph kept as '\n'
 * @param headingLevel outline level when the source marks the paragraph as a heading
 *                     (Word heading styles, HTML h1..h6), 1 = top; null when unknown or body text
 * @param location     where it stands
 * @param ocrDigits    the numbers in the paragraph as OCR read them, with their confidence; empty
 *                     for text that was not recognised
 */
public record Paragraph(String text, Integer headingLevel, Location location, List<OcrDigits> ocrDigits)
        implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        ocrDigits = ocrDigits == null ? List.of() : List.copyOf(ocrDigits);
    }

    /** A paragraph not read by OCR. */
    public Paragraph(String text, Integer headingLevel, Location location) {
        this(text, headingLevel, location, List.of());
    }

    public Paragraph(String text, Location location) {
        this(text, null, location);
    }
}
