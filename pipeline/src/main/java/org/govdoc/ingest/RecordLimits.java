package org.govdoc.ingest;

/**
 * How much one record may carry, so that one huge file (a 50 MB paragraph, a 30 MB cell, a TXT of
 * millions of characters) cannot run the ingest JVM out of heap while it is indexed (docs/ingest.md,
 * "Bounds of one record"). What is cut is said in the record's warnings ({@link RecordBounds}).
 *
 * @param maxTextChars    the record's {@code text} is cut to this many characters ({@code text_truncated})
 * @param maxEntries      indicators, tasks, funding amounts, deadlines, figures, units and warnings of one
 *                        record, at most, together ({@code entries_truncated})
 * @param maxEntryChars   one entry larger than this (as JSON) is left out ({@code entries_truncated})
 * @param maxEntriesChars all entries of one record together (as JSON), at most ({@code entries_truncated})
 */
public record RecordLimits(int maxTextChars, int maxEntries, int maxEntryChars, long maxEntriesChars) {

    /**
     * 1 million characters of text (about 1,000 pages), 10,000 entries, 100,000 characters per entry
     * and 1 million for all entries of a record. Measured with the ingest JVM at {@code -Xmx512m} on
     * a TXT of 8 million characters of varied prose: the live heap after a full collection peaked at
     * 165 MB with the text cut to 1 million characters, 291 MB at 2 million, and the heap ran out at
     * 4 million (the index analyses every distinct clause of the text and holds its tokens).
     */
    public static final RecordLimits DEFAULT = new RecordLimits(RecordLimits.DEFAULT_MAX_TEXT_CHARS, 10_000, 100_000,
            1_000_000);
    /** The default of {@link #maxTextChars}. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;

    public RecordLimits {
        if (maxTextChars < 0 || maxEntries < 0 || maxEntryChars < 1 || maxEntriesChars < 1) {
            throw new IllegalArgumentException("record limits must be positive");
        }
    }

    /** These limits with another text limit. */
    public RecordLimits withMaxTextChars(int value) {
        return new RecordLimits(value, maxEntries, maxEntryChars, maxEntriesChars);
    }
}
