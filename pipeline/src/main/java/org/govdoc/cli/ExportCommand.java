package org.govdoc.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.govdoc.export.ExportColumns;
import org.govdoc.export.ExportFormat;
import org.govdoc.export.Exporter;
import org.govdoc.index.EntryKind;
import org.govdoc.index.search.SearchRequest;
import org.govdoc.serve.SearchBackend;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code govdoc export}: every matching entry of one kind as CSV or XLSX. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes every matching entry of one kind as a spreadsheet (CSV or XLSX).",
            "One row per entry, one column per field, with the source path and where the value stands (page, table,",
            "row, column).",
            "CSV is UTF-8 with a byte-order mark (Excel opens it right); XLSX is written as a stream."})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Chinese words to find (optional)")
    String query;

    @Mixin
    SearchFilters filters;

    @Option(names = "--format", paramLabel = "csv|xlsx", defaultValue = "csv", description = "csv | xlsx (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write")
    Path out;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1048575",
            description = "Most rows (default: ${DEFAULT-VALUE}, what one XLSX sheet holds)")
    long maxRows;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportFormat fmt;
        SearchRequest request;
        try {
            fmt = ExportFormat.fromId(format);
            if (filters.kind == null) {
                throw new IllegalArgumentException("--kind: an export is of one kind of entry (document, indicator, task, amount, deadline, figure)");
            }
            if (maxRows < 1) {
                throw new IllegalArgumentException("--max-rows must be at least 1");
            }
            request = filters.toRequest(query).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        EntryKind kind = request.kind();
        Path parent = out.toAbsolutePath().getParent();
        long rows;
        try (SearchBackend backend = SearchBackend.open(filters.index)) {
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                rows = Exporter.write(fmt, ExportColumns.of(kind), o, sink -> backend.forEachEntry(request, maxRows, sink::accept));
            }
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            System.err.println("govdoc export: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("govdoc export: cannot write " + out + ": " + e.getMessage());
            return 3;
        }
        System.err.printf("%,d %s rows written to %s%n", rows, kind.id(), out);
        return 0;
    }
}
