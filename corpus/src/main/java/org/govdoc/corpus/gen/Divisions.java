package org.govdoc.corpus.gen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govdoc.extract.region.DivisionIndex;
import org.govdoc.extract.region.DivisionTables;

/**
 * The districts the generator writes about: the county-level divisions of several cities of
 * Yunnan (province 53), read from the GB/T 2260 tables shipped with the extractors.
 */
public final class Divisions {

    /** 昆明, 曲靖, 玉溪, 楚雄, 红河, 大理. */
    public static final Set<String> CITY_CODES = Set.of("5301", "5303", "5304", "5323", "5325", "5329");
    private static final String PROVINCE = "53";

    private final List<District> districts;
    /** District code → the proper names of its townships that no other county uses (sorted). */
    private final Map<String, List<String>> townships;

    private Divisions(List<District> districts, Map<String, List<String>> townships) {
        this.districts = List.copyOf(districts);
        this.townships = Map.copyOf(townships);
    }

    /** Loads the districts of {@link #CITY_CODES}, in the tables' order. */
    public static Divisions yunnan() {
        Map<String, String> provinces = new HashMap<>();
        for (String[] r : DivisionTables.rows("provinces.csv")) {
            provinces.put(r[0], r[1]);
        }
        Map<String, String> cities = new HashMap<>();
        for (String[] r : DivisionTables.rows("cities.csv")) {
            cities.put(r[0], r[1]);
        }
        List<District> list = new ArrayList<>();
        for (String[] r : DivisionTables.rows("areas.csv")) {
            if (r.length >= 4 && PROVINCE.equals(r[3]) && CITY_CODES.contains(r[2])
                    && (r[1].endsWith("区") || r[1].endsWith("县") || r[1].endsWith("市"))) {
                list.add(new District(r[0], r[1], cities.get(r[2]), provinces.get(r[3])));
            }
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("no Yunnan districts in areas.csv");
        }
        Map<String, List<String>> towns = new HashMap<>();
        DivisionIndex.uniqueTownships().forEach((town, county) -> towns.computeIfAbsent(county, k -> new ArrayList<>()).add(town));
        Map<String, List<String>> ours = new HashMap<>();
        for (District d : list) {
            List<String> t = new ArrayList<>(towns.getOrDefault(d.code(), List.of()));
            java.util.Collections.sort(t);
            ours.put(d.code(), List.copyOf(t));
        }
        return new Divisions(list, ours);
    }

    /** The townships of a district whose names no other county uses (a township's document names only itself). */
    public List<String> townships(District d) {
        return townships.getOrDefault(d.code(), List.of());
    }

    public List<District> districts() {
        return districts;
    }

    public District pick(Rng rng) {
        return rng.pick(districts);
    }
}
