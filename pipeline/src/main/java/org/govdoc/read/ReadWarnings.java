package org.govdoc.read;

/**
 * The warning codes the readers put into a record (beside the extractors' own): one place, so that
 * they move together when warning codes become a type.
 */
public final class ReadWarnings {

    /**
     * The format's own reader failed and a second reader (Tika's parser of the format) read the
     * file: text and tables are there, merged-cell spans may be lost.
     */
    public static final String READER_FALLBACK = "reader_fallback";

    private ReadWarnings() {
    }
}
