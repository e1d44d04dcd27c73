package org.govdoc.index.search;

import java.util.Locale;

/** Which units a unit filter looks at: any unit of the entry, a task's lead units (牵头单位) or its responsible units (责任单位). */
public enum UnitRole {
    ANY, LEAD, RESPONSIBLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** any | lead | responsible (牵头, 责任 too); IllegalArgumentException naming the choices otherwise. */
    public static UnitRole fromId(String id) {
        return switch (id.strip().toLowerCase(Locale.ROOT)) {
            case "any", "all" -> ANY;
            case "lead", "牵头" -> LEAD;
            case "responsible", "责任" -> RESPONSIBLE;
            default -> throw new IllegalArgumentException("expected any, lead or responsible, got '" + id + "'");
        };
    }
}
