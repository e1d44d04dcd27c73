package org.govdoc.extract.region;

/**
 * One administrative division of GB/T 2260.
 *
 * @param code         2 digits for a province, 4 for a prefecture, 6 for a county-level division
 * @param name         the full name (云南省, 昆明市, 呈贡区)
 * @param shortName    the name without its level (云南, 昆明, 呈贡), or null when too short to match safely
 * @param level        1 province, 2 prefecture (city), 3 county level (district)
 * @param provinceCode the province's code
 * @param cityCode     the prefecture's code (4 digits), null for provinces
 */
public record Division(String code, String name, String shortName, int level, String provinceCode, String cityCode) {

    /** The six-digit code (53 → 530000, 5301 → 530100). */
    public String fullCode() {
        StringBuilder b = new StringBuilder(code);
        while (b.length() < 6) {
            b.append('0');
        }
        return b.toString();
    }
}
