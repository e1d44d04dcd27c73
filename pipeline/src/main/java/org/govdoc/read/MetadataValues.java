package org.govdoc.read;

import java.time.Instant;
import java.util.Calendar;
import java.util.Date;

/** Metadata values as files store them, cleaned: blank strings and placeholder dates become null. */
public final class MetadataValues {

    /** Office binaries store "never" as 1601-01-01 (FILETIME zero); anything before 1980 is such a placeholder. */
    private static final Instant EARLIEST = Instant.parse("1980-01-01T00:00:00Z");

    private MetadataValues() {
    }

    public static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static Instant instant(Date d) {
        return d == null ? null : instant(d.toInstant());
    }

    public static Instant instant(Calendar c) {
        return c == null ? null : instant(c.toInstant());
    }

    public static Instant instant(Instant i) {
        return i == null || i.isBefore(EARLIEST) ? null : i;
    }
}
