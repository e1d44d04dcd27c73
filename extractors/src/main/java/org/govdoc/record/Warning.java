package org.govdoc.record;

import org.govdoc.model.Location;

/**
 * Something a careful reader would flag.
 *
 * @param code    implausible_year | impossible_target | org_code_check_digit | unidentified_columns | …
 * @param message a sentence for a person
 */
public record Warning(String code, String message, Location location) {
}
