package org.govdoc.index;

import java.util.Arrays;
import java.util.Locale;
import org.govdoc.extract.FieldGroup;

/**
 * What an index entry stands for: a whole document or one extracted item of it. Each kind is the
 * entry of one {@link FieldGroup} (the document entry carries the metadata group), so a kind is
 * also found by its group's name: {@code --kind funding} is {@code --kind amount}.
 */
public enum EntryKind {
    DOCUMENT(FieldGroup.METADATA),
    INDICATOR(FieldGroup.INDICATORS),
    TASK(FieldGroup.TASKS),
    AMOUNT(FieldGroup.FUNDING),
    DEADLINE(FieldGroup.DEADLINES),
    FIGURE(FieldGroup.FIGURES);

    private final FieldGroup group;

    EntryKind(FieldGroup group) {
        this.group = group;
    }

    /** The name used in the index, the CLI and JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field group whose items these entries are. */
    public FieldGroup group() {
        return group;
    }

    /**
     * The kind of this id, or of the field group of this name.
     *
     * @throws IllegalArgumentException when neither names a kind
     */
    public static EntryKind fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> k.id().equals(wanted) || k.group.id().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + id.strip() + "'"));
    }
}
