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
     * 2 million characters of text (about 2,000 pages; an ingest JVM of 512 MB indexed 4 million and
     * died on 8 million), 10,000 entries, 100,000 characters per entry and 4 million for all entries.
     */
    public static final RecordLimits DEFAULT = new RecordLimits(RecordLimits.DEFAULT_MAX_TEXT_CHARS, 10_000, 100_000,
            4_000_000);
    /** The default of {@link #maxTextChars}. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;

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
