package org.govdoc.index;

import java.util.Locale;

/** What an index entry stands for: a whole document or one extracted item of it. */
public enum EntryKind {
    DOCUMENT, INDICATOR, TASK, AMOUNT, DEADLINE, FIGURE;

    /** The name used in the index, the CLI and JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryKind fromId(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
