package org.govdoc.record;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The codes of {@link Warning#code()}: what a careful reader would flag in a record that was
 * read. Every warning the pipeline writes has one of these codes; the record schema
 * ({@code schema/extraction.schema.json}) lists the same set.
 */
public enum WarningCode {
    /** A year that cannot be right (before 1949, or far in the future), at its location. */
    IMPLAUSIBLE_YEAR("implausible_year"),
    /** An indicator target that cannot hold (a rate over 100%, a negative count). */
    IMPOSSIBLE_TARGET("impossible_target"),
    /** A unified social credit code or organisation code whose check digit is wrong. */
    ORG_CODE_CHECK_DIGIT("org_code_check_digit"),
    /** A table that looks like an indicator table whose columns could not be named. */
    UNIDENTIFIED_COLUMNS("unidentified_columns"),
    /**
     * The format's own reader failed (or found no text) and a second reader (Tika's parser of the
     * format) read the file: text and tables are there, merged-cell spans may be lost. Or a reader
     * recovered on its own: a PDF whose layout analysis failed was read line by line (no tables).
     */
    READER_FALLBACK("reader_fallback"),
    /** The record's text was cut to the ingest's limit ({@code --max-text-chars}). */
    TEXT_TRUNCATED("text_truncated"),
    /**
     * The file's content passed the same limit while it was read, and the rest was not read: the
     * document, and so the fields and the text, hold only what comes before the cut (at its location).
     */
    CONTENT_TRUNCATED("content_truncated"),
    /** Entries were left out of the record to keep it within the ingest's bounds. */
    ENTRIES_TRUNCATED("entries_truncated"),
    /**
     * A number an extractor used (an amount, an indicator target, a deadline, the year) was read by
     * OCR with a confidence under the threshold of {@code LowConfidenceCheck}: check it against the
     * original. At the value's location.
     */
    LOW_CONFIDENCE("low_confidence");

    private static final Map<String, WarningCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(WarningCode::code, Function.identity()));

    private final String code;

    WarningCode(String code) {
        this.code = code;
    }

    /** The code as written in the record's JSON. */
    public String code() {
        return code;
    }

    /**
     * The warning code written as {@code code}.
     *
     * @throws IllegalArgumentException when no warning has that code
     */
    public static WarningCode of(String code) {
        WarningCode c = BY_CODE.get(code);
        if (c == null) {
            throw new IllegalArgumentException("not a warning code: " + code);
        }
        return c;
    }
}
