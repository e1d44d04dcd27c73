package org.govdoc.extract.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The GB/T 2260 divisions (provinces, prefectures, county-level divisions) from the CSVs in
 * {@code org/govdoc/divisions}, indexed by full and short name. Immutable once built; load it once
 * with {@link #shared()} and share it between threads.
 */
public final class DivisionIndex {

    /** Placeholder prefectures of the CSVs that are not names. */
    private static final Pattern PLACEHOLDER = Pattern.compile("市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划");
    /**
     * The placeholder prefecture of the Xinjiang Production and Construction Corps' cities (石河子市,
     * 阿拉尔市 …): each is one with a division of the Corps (第一师阿拉尔市) and governs as a
     * prefecture, so it is indexed as one.
     */
    private static final Pattern TOWNSHIP_NAME = Pattern.compile("^\\p{IsHan}{2,10}(?:镇|乡|街道|苏木)$");
    private static final Pattern GENERIC_TOWNSHIP = Pattern.compile("开发|园区|管委|管理|农场|林场|牧场|办事处|新区|城区|街道街道");
    private static final String CORPS_CITIES = "自治区直辖县级行政区划";
    private static final Pattern ETHNIC_AUTONOMY = Pattern.compile("^(.{2,}?)(?:[^族]{1,4}族)+自治(?:县|旗|州|区)$");
    private static final Pattern LEVEL_SUFFIX = Pattern.compile(
            "(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|林区|特区|新区|盟|省|市|区|县|旗)$");

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byName;
    private final int maxNameLength;
    private final NameTrie names;
    /** Township names (茅洋乡, 古昌镇, 某某街道) found under one county only, each with that county. */
    private final NameTrie townships;

    private DivisionIndex(List<Division> all) {
        this(all, Map.of());
    }

    private DivisionIndex(List<Division> all, Map<String, String> townshipCounty) {
        Map<String, Division> codes = new HashMap<>();
        Map<String, List<Division>> names = new HashMap<>();
        int max = 0;
        for (Division d : all) {
            codes.put(d.code(), d);
            names.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            max = Math.max(max, d.name().length());
            if (d.shortName() != null && !d.shortName().equals(d.name())) {
                names.computeIfAbsent(d.shortName(), k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, List<Division>> frozen = new HashMap<>();
        names.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byCode = Collections.unmodifiableMap(codes);
        this.byName = Collections.unmodifiableMap(frozen);
        this.maxNameLength = max;
        this.names = new NameTrie(this.byName);
        Map<String, List<Division>> towns = new HashMap<>();
        townshipCounty.forEach((town, county) -> {
            Division d = codes.get(county);
            if (d != null) {
                towns.put(town, List.of(d));
            }
        });
        this.townships = new NameTrie(towns);
    }

    /**
     * The longest township name (of at least three characters, named under one county only) that
     * starts at {@code from}, with its county; null when none does.
     */
    NameTrie.Entry longestTownshipAt(String text, int from) {
        return townships.longestAt(text, from, 3);
    }

    /** True when some name starts with this character (a cheap test before looking names up). */
    public boolean startsSomeName(char c) {
        return names.startsSomeName(c);
    }

    /**
     * The longest full or short name of at least two characters that starts at {@code from} in the
     * text, with the divisions it names; null when none does.
     */
    NameTrie.Entry longestNameAt(String text, int from) {
        return names.longestAt(text, from, 2);
    }

    private static final class Holder {
        static final DivisionIndex SHARED = load();
    }

    /** The index of the bundled CSVs, loaded on first use. */
    public static DivisionIndex shared() {
        return Holder.SHARED;
    }

    /** Loads the bundled CSVs. */
    public static DivisionIndex load() {
        List<Division> all = new ArrayList<>();
        for (String[] r : DivisionTables.rows("provinces.csv")) {
            all.add(new Division(r[0], r[1], shortName(r[1], 1), 1, r[0], null));
        }
        java.util.Set<String> corps = new java.util.HashSet<>();
        for (String[] r : DivisionTables.rows("cities.csv")) {
            if (!PLACEHOLDER.matcher(r[1]).matches()) {
                all.add(new Division(r[0], r[1], shortName(r[1], 2), 2, r[2], r[0]));
            } else if (CORPS_CITIES.equals(r[1])) {
                corps.add(r[0]);
            }
        }
        for (String[] r : DivisionTables.rows("areas.csv")) {
            if (corps.contains(r[2])) {
                all.add(new Division(r[0], r[1], shortName(r[1], 2), 2, r[3], r[0]));
            } else {
                all.add(new Division(r[0], r[1], shortName(r[1], 3), 3, r[3], r[2]));
            }
        }
        return new DivisionIndex(all, uniqueTownships());
    }

    /**
     * Township name → its county's code, for the proper names of towns, townships and sub-districts
     * (狗街镇, 茅洋乡, 洛龙街道) that occur under one county only; generic entries (经济开发区管理委员会,
     * 某某农场) are left out.
     */
    public static Map<String, String> uniqueTownships() {
        Map<String, String> county = new HashMap<>();
        java.util.Set<String> repeated = new java.util.HashSet<>();
        for (String[] r : DivisionTables.rows("streets.csv")) {
            if (!TOWNSHIP_NAME.matcher(r[1]).matches() || GENERIC_TOWNSHIP.matcher(r[1]).find()) {
                continue;
            }
            String previous = county.putIfAbsent(r[1], r[2]);
            if (previous != null && !previous.equals(r[2])) {
                repeated.add(r[1]);
            }
        }
        county.keySet().removeAll(repeated);
        return county;
    }

    /** An index of the given divisions (for tests). */
    public static DivisionIndex of(List<Division> divisions) {
        return new DivisionIndex(divisions);
    }

    /** The name without its level (呈贡区 → 呈贡, 石林彝族自治县 → 石林), or null when under two characters. */
    static String shortName(String name, int level) {
        var m = ETHNIC_AUTONOMY.matcher(name);
        String s = m.matches() ? m.group(1) : LEVEL_SUFFIX.matcher(name).replaceFirst("");
        return s.length() >= 2 && s.length() < name.length() ? s : null;
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Divisions with this full or short name. */
    public List<Division> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    public int maxNameLength() {
        return maxNameLength;
    }

    /** The prefecture of a division, if it has a real one (not 市辖区). */
    public Optional<Division> city(Division d) {
        return d.cityCode() == null || d.level() == 2 ? Optional.empty() : byCode(d.cityCode());
    }

    public Optional<Division> province(Division d) {
        return byCode(d.provinceCode());
    }
}
