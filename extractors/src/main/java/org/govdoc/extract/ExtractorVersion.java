package org.govdoc.extract;

import org.govdoc.record.Extraction;

/**
 * Which extraction made a record: the record format ({@link Extraction#SCHEMA_VERSION}) and the
 * version of the extraction rules ({@link #RULES}). The index keeps it beside every record, and
 * {@code govdoc ingest} reads again a file whose record was made by another version, so an upgrade
 * never leaves old records behind (docs/ingest.md, "Re-extraction after an upgrade").
 *
 * <p><b>Bump {@link #RULES} in every change that can change what any record holds</b> (a rule, a
 * dictionary, a reader's output the rules see), even when the record format stays the same; bump
 * {@link Extraction#SCHEMA_VERSION} (not this) when the format changes. A constant the developers bump,
 * not a hash of the build: rebuilding the same rules must not re-read a whole archive.
 */
public final class ExtractorVersion {

    /** The version of the extraction rules. Bump it whenever the rules change. */
    public static final int RULES = 3;

    private ExtractorVersion() {
    }

    /** The version written beside a record of this schema version made by these rules: {@code "s1-r1"}. */
    public static String of(int schemaVersion, int rules) {
        return "s" + schemaVersion + "-r" + rules;
    }

    /** The version of the records this build makes. */
    public static String current() {
        return of(Extraction.SCHEMA_VERSION, RULES);
    }
}
