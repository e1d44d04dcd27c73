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

    private Divisions(List<District> districts) {
        this.districts = List.copyOf(districts);
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
        return new Divisions(list);
    }

    public List<District> districts() {
        return districts;
    }

    public District pick(Rng rng) {
        return rng.pick(districts);
    }
}
