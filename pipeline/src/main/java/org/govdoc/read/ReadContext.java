package org.govdoc.read;

import java.util.ArrayList;
import java.util.List;
import org.govdoc.model.Location;
import org.govdoc.record.Warning;
import org.govdoc.record.WarningCode;

/**
 * What one reading of one file may keep, and what it recovered from or left out: given to every
 * {@link DocumentReader} (as Tika gives its parsers a {@code ParseContext}). A reader says here
 * what it recovered from ({@link #warn}): a layout analysis that failed and a simpler reading that
 * took its place ({@code reader_fallback}). The warnings go into the record's warnings
 * ({@link ReadOutcome.Read#warnings()}).
 *
 * <p>One context per attempt to read a file; not thread-safe.
 */
public final class ReadContext {

    private final List<Warning> warnings = new ArrayList<>(1);

    /** Notes what the reading recovered from or left out; the record's warnings will carry it. */
    public void warn(WarningCode code, String message, Location location) {
        warnings.add(Warning.of(code, message, location));
    }

    /** What was noted so far, in order. */
    public List<Warning> warnings() {
        return List.copyOf(warnings);
    }
}
