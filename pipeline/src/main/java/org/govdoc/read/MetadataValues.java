package org.govdoc.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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

    /**
     * A date as XML metadata writes it (W3CDTF, as in OOXML core properties and ODF meta.xml): an
     * instant with Z or an offset, a date-time without a zone (taken as UTC), or a bare date; null
     * when it is none of these, blank, or a placeholder.
     */
    public static Instant w3cdtf(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            return instant(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            // not with a zone
        }
        try {
            return instant(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // not a zoneless date-time
        }
        try {
            return instant(LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
