package org.govdoc.record;

import java.util.List;

/**
 * A government unit named in the document.
 *
 * @param name      as written
 * @param canonical the unit's canonical name within its district (区政务局 and 区政务服务局 are one)
 * @param roles     implementer | lead | responsible | replying | issuer …
 */
public record Unit(String name, String canonical, List<String> roles) {

    public Unit {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
