package org.govdoc.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;

/** Writes entries of one kind as a spreadsheet: a header row, then one row per entry. */
public final class Exporter {

    /** Takes one stored entry. */
    @FunctionalInterface
    public interface EntrySink {
        void accept(JsonNode entry) throws IOException;
    }

    /** Feeds the entries of an export to a sink and returns how many it fed. */
    @FunctionalInterface
    public interface EntryFeed {
        long feed(EntrySink sink) throws IOException;
    }

    private Exporter() {
    }

    /** Writes the export to {@code out} (closed at the end) and returns the number of data rows. */
    public static long write(ExportFormat format, ExportColumns columns, OutputStream out, EntryFeed feed)
            throws IOException {
        try (ExportWriter w = format.open(out, columns.kind().id())) {
            w.row(columns.header());
            return feed.feed(entry -> w.row(columns.row(entry)));
        }
    }
}
