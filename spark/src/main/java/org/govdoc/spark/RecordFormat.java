package org.govdoc.spark;

import java.util.Locale;

/** How the job writes its records. */
public enum RecordFormat {
    /** One record per line as {@code govdoc ingest} writes it (Spark's text files, one per partition). */
    JSONL,
    /** Parquet: the record's key fields as columns, and the whole record as JSON ({@link ParquetColumns}). */
    PARQUET;

    /** The format of a command-line value ({@code jsonl} or {@code parquet}). */
    public static RecordFormat of(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown output format '" + value + "': jsonl or parquet");
        }
    }
}
