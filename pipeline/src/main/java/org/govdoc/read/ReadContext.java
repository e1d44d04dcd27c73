package org.govdoc.read;

import java.util.ArrayList;
import java.util.List;
import org.govdoc.model.Location;
import org.govdoc.record.Warning;
import org.govdoc.record.WarningCode;

/**
 * What one reading of one file may keep, and what it recovered from or left out: given to every
 * {@link DocumentReader} (as Tika gives its parsers a {@code ParseContext}). A reader builds its
 * document through a {@link DocumentBuilder} made with this context, which keeps the document within
 * {@link #maxChars()} characters of plain text (the record's text bound, {@code --max-text-chars})
 * and notes what it left out (warning {@code content_truncated}); readers that stream stop reading
 * once the builder is {@linkplain DocumentBuilder#full() full}. A reader says here what it recovered
 * from ({@link #warn}): a layout analysis that failed and a simpler reading that took its place
 * ({@code reader_fallback}). The warnings go into the record's warnings ({@link ReadOutcome.Read#warnings()}).
 *
 * <p>One context per attempt to read a file; not thread-safe.
 */
public final class ReadContext {

    private final int maxChars;
    private final List<Warning> warnings = new ArrayList<>(1);

    /** A context without a bound (tools and tests that read a file outside the ingest). */
    public ReadContext() {
        this(Integer.MAX_VALUE);
    }

    /**
     * @param maxChars the most characters of plain text ({@link org.govdoc.model.Document#plainText()})
     *                 the document may hold; what lies beyond is not read
     */
    public ReadContext(int maxChars) {
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars must not be negative: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** The most characters of plain text the document may hold. */
    public int maxChars() {
        return maxChars;
    }

    /** Notes what the reading recovered from or left out; the record's warnings will carry it. */
    public void warn(WarningCode code, String message, Location location) {
        warnings.add(Warning.of(code, message, location));
    }

    /** What was noted so far, in order. */
    public List<Warning> warnings() {
        return List.copyOf(warnings);
    }
}
