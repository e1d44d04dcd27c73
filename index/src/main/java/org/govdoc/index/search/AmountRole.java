package org.govdoc.index.search;

import java.util.Locale;
import java.util.Set;

/**
 * A filter on money by its role ({@code FundingAmount.role}): this role, or every role but this one
 * ({@code not-allocation}: components, mid-term totals, subsidies … without the projects' own annual totals).
 */
public record AmountRole(String role, boolean except) {

    /** The roles an amount may have. */
    public static final Set<String> ROLES = Set.of("allocation", "component", "midterm", "total", "subsidy", "tax",
            "cost_saving", "other");

    public AmountRole {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown amount role '" + role + "'");
        }
    }

    /** allocation, component … or not-ROLE; IllegalArgumentException naming the choices otherwise. */
    public static AmountRole parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        boolean except = t.startsWith("not_") || t.startsWith("!");
        String role = t.startsWith("not_") ? t.substring(4) : t.startsWith("!") ? t.substring(1) : t;
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("expected one of " + String.join(", ", ROLES.stream().sorted().toList())
                    + " or not-ROLE (not-allocation), got '" + text + "'");
        }
        return new AmountRole(role, except);
    }

    public String id() {
        return (except ? "not-" : "") + role;
    }
}
