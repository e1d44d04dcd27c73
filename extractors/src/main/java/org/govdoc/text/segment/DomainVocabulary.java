package org.govdoc.text.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.govdoc.extract.region.DivisionTables;

/**
 * The words the {@link Segmenter} must keep whole: every administrative division name of GB/T 2260
 * (province, city, district, township) with its short form (呈贡区 → 呈贡, 楚雄彝族自治州 → 楚雄), and
 * government unit names, abbreviations and domain terms from {@code units.txt} (unit names also with
 * their level prefix: 政务服务局 → 区政务服务局, 市政务服务局 …).
 */
public final class DomainVocabulary {

    private static final String UNITS = "/org/govdoc/text/segment/units.txt";

    /** Division names that are placeholders, not places. */
    private static final Set<String> NOT_PLACES = Set.of("市辖区", "县", "省直辖县级行政区划",
            "自治区直辖县级行政区划", "直辖县级行政区划");

    /** Suffixes removed for the short form, longest first. */
    private static final List<String> SUFFIXES = List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗",
            "街道办事处", "街道", "地区", "林区", "苏木", "民族乡", "省", "市", "区", "县", "旗", "盟", "镇", "乡");

    /** The 55 minority nationalities, stripped (with 族) from the end of autonomous division names. */
    private static final List<String> NATIONALITIES = List.of("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮",
            "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山",
            "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南",
            "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固",
            "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各");

    /** Level prefixes a unit name is also written with. */
    private static final List<String> UNIT_PREFIXES = List.of("区", "市", "县", "州", "省");

    private final Set<String> places;
    private final Set<String> units;
    private final Set<String> terms;

    private DomainVocabulary(Set<String> places, Set<String> units, Set<String> terms) {
        this.places = Set.copyOf(places);
        this.units = Set.copyOf(units);
        this.terms = Set.copyOf(terms);
    }

    /** The vocabulary from the bundled division tables and unit list. */
    public static DomainVocabulary load() {
        Set<String> places = new LinkedHashSet<>();
        divisionNames("provinces.csv", places);
        divisionNames("cities.csv", places);
        divisionNames("areas.csv", places);
        divisionNames("streets.csv", places);
        places.removeAll(NOT_PLACES);
        Set<String> withShort = new LinkedHashSet<>(places);
        for (String p : places) {
            String s = shortForm(p);
            if (s != null) {
                withShort.add(s);
            }
        }
        Set<String> units = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        for (String line : readLines(UNITS)) {
            if (line.startsWith("unit ")) {
                String name = line.substring(5).strip();
                units.add(name);
                if (isUnitName(name)) {
                    for (String prefix : UNIT_PREFIXES) {
                        units.add(prefix + name);
                    }
                }
            } else if (line.startsWith("term ")) {
                terms.add(line.substring(5).strip());
            }
        }
        return new DomainVocabulary(withShort, units, terms);
    }

    /** A vocabulary of the given words only (tests, benchmarks). */
    public static DomainVocabulary of(Collection<String> places, Collection<String> units, Collection<String> terms) {
        return new DomainVocabulary(new LinkedHashSet<>(places), new LinkedHashSet<>(units), new LinkedHashSet<>(terms));
    }

    /**
     * The short form of a division name, or null when it would be shorter than two chars:
     * 呈贡区 → 呈贡, 云南省 → 云南, 广西壮族自治区 → 广西, 德宏傣族景颇族自治州 → 德宏, 洛龙街道 → 洛龙.
     */
    public static String shortForm(String name) {
        String s = name;
        for (String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= 2) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            if (s.endsWith("族")) {
                for (String n : NATIONALITIES) {
                    String withZu = n + "族";
                    if (s.endsWith(withZu) && s.length() - withZu.length() >= 2) {
                        s = s.substring(0, s.length() - withZu.length());
                        stripped = true;
                        break;
                    }
                }
            }
        }
        return s.equals(name) || s.length() < 2 ? null : s;
    }

    private static boolean isUnitName(String name) {
        return name.endsWith("局") || name.endsWith("委") || name.endsWith("办") || name.endsWith("中心")
                || name.endsWith("委员会") || name.endsWith("办公室") || name.endsWith("厅") || name.endsWith("所")
                || name.endsWith("院") || name.endsWith("队") || name.endsWith("站") || name.endsWith("部");
    }

    /** Division names and their short forms. */
    public Set<String> places() {
        return places;
    }

    /** Government unit names and abbreviations, with their level-prefixed forms. */
    public Set<String> units() {
        return units;
    }

    /** Domain terms kept whole (营商环境, 满意度, 一网通办 …). */
    public Set<String> terms() {
        return terms;
    }

    private static void divisionNames(String table, Set<String> into) {
        for (String[] row : DivisionTables.rows(table)) {
            if (row.length > 1 && !row[1].isEmpty()) {
                into.add(row[1]);
            }
        }
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = DomainVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
