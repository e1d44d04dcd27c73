package org.govdoc.record;

import org.govdoc.model.Location;

/**
 * Something a careful reader would flag.
 *
 * @param code     one of {@link WarningCode}'s codes, as written in the JSON
 * @param message  a sentence for a person
 * @param location where in the document, or null when it concerns the whole record
 */
public record Warning(String code, String message, Location location) {

    /** Only the codes of {@link WarningCode}: a record never carries a code nobody documented. */
    public Warning {
        WarningCode.of(code);
    }

    public static Warning of(WarningCode code, String message, Location location) {
        return new Warning(code.code(), message, location);
    }

    /** This warning's code as a type. */
    public WarningCode kind() {
        return WarningCode.of(code);
    }
}
