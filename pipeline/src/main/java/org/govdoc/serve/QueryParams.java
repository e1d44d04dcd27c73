package org.govdoc.serve;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parameters of a query string, decoded; blank values count as absent. Typed getters refuse bad values. */
public final class QueryParams {

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses a raw (still encoded) query string, or null for none. */
    public static QueryParams parse(String rawQuery) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1)).strip();
                if (!value.isEmpty()) {
                    m.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            }
        }
        return new QueryParams(m);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("bad_parameter", "the query string is not well encoded: " + s);
        }
    }

    public Optional<String> one(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v.size() > 1) {
            throw new BadRequest("bad_parameter", name + ": given " + v.size() + " times, expected once");
        }
        return Optional.of(v.get(0));
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public Optional<Integer> integer(String name) {
        return one(name).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new BadRequest("bad_parameter", name + ": expected a whole number, got '" + v + "'");
            }
        });
    }

    /** A whole number in [lo, hi], or {@code fallback} when absent. */
    public int integer(String name, int fallback, int lo, int hi) {
        int v = integer(name).orElse(fallback);
        if (v < lo || v > hi) {
            throw new BadRequest("bad_parameter", name + ": expected " + lo + " to " + hi + ", got " + v);
        }
        return v;
    }

    public Optional<BigDecimal> decimal(String name) {
        return one(name).map(v -> {
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw new BadRequest("bad_parameter", name + ": expected a number, got '" + v + "'");
            }
        });
    }

    public Optional<LocalDate> date(String name) {
        return one(name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new BadRequest("bad_parameter", name + ": expected a date as yyyy-mm-dd, got '" + v + "'");
            }
        });
    }

    public boolean flag(String name) {
        return one(name).map(v -> switch (v) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadRequest("bad_parameter", name + ": expected true or false, got '" + v + "'");
        }).orElse(false);
    }
}
