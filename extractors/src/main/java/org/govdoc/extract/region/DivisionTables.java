package org.govdoc.extract.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bundled GB/T 2260 tables ({@code provinces.csv}, {@code cities.csv}, {@code areas.csv},
 * {@code streets.csv}, see NOTICE.md beside them): the one reader of those files.
 */
public final class DivisionTables {

    private static final String BASE = "/org/govdoc/divisions/";

    private DivisionTables() {
    }

    /** The rows of one table after its header, cells unquoted and trimmed, in the file's order. */
    public static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DivisionTables.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(",", -1);
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = parts[i].replace("\"", "").strip();
                }
                rows.add(parts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE + file, e);
        }
        return rows;
    }
}
