package org.govdoc.corpus.gen;

import java.util.List;

/**
 * A county-level division (区, 县, county-level 市) a generated document comes from.
 *
 * @param code     GB/T 2260 code (6 digits)
 * @param name     e.g. 呈贡区, 石林彝族自治县, 安宁市
 * @param city     the prefecture, e.g. 昆明市, 大理白族自治州
 * @param province e.g. 云南省
 */
public record District(String code, String name, String city, String province) {

    private static final List<String> ETHNIC = List.of("哈尼族", "傈僳族", "景颇族", "纳西族", "彝族", "苗族", "回族",
            "傣族", "瑶族", "白族", "壮族", "藏族", "布朗族", "佤族", "拉祜族");

    /** The level word unit names start with: 区, 县 or 市 (区发展改革局, 县财政局). */
    public String level() {
        return name.substring(name.length() - 1);
    }

    /** The name without level and autonomy words: 呈贡, 石林, 元江. */
    public String shortName() {
        String s = name.substring(0, name.length() - 1);
        if (s.endsWith("自治")) {
            s = s.substring(0, s.length() - 2);
            boolean stripped = true;
            while (stripped) {
                stripped = false;
                for (String e : ETHNIC) {
                    if (s.endsWith(e) && s.length() > e.length()) {
                        s = s.substring(0, s.length() - e.length());
                        stripped = true;
                    }
                }
            }
        }
        return s;
    }

    /** The one-character abbreviation used in document numbers: 呈 (呈办发〔2021〕3号). */
    public String abbreviation() {
        return shortName().substring(0, 1);
    }

    /** The city's short name: 昆明, 大理 (for 大理白族自治州). */
    public String cityShortName() {
        String c = city;
        if (c.endsWith("自治州")) {
            c = c.substring(0, c.length() - 3);
            for (String e : ETHNIC) {
                c = c.replace(e, "");
            }
            return c;
        }
        return c.substring(0, c.length() - 1);
    }

    /** Full name of a unit: 昆明市呈贡区 + 政务服务管理局. */
    public String fullName(String body) {
        return city + name + body;
    }

    /** Short form of a unit as written in work plans: 区 + 政务服务局. */
    public String local(String body) {
        return level() + body;
    }
}
