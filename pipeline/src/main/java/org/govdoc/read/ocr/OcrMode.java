package org.govdoc.read.ocr;

import java.util.Locale;

/**
 * When pages are read by OCR: {@link #AUTO} only pages without a usable text layer (little text
 * or mostly unmapped glyphs) and images; {@link #OFF} never (scanned pages read as empty, images
 * are not read); {@link #FORCE} every PDF page, its text layer ignored.
 */
public enum OcrMode {
    AUTO, OFF, FORCE;

    /** The system property that carries the mode into parser threads and worker JVMs. */
    public static final String PROPERTY = "govdoc.ocr";

    public static OcrMode parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    /** The mode {@value #PROPERTY} names, {@link #AUTO} when unset. */
    public static OcrMode fromSystemProperty() {
        String s = System.getProperty(PROPERTY);
        return s == null || s.isBlank() ? AUTO : parse(s);
    }
}
