package org.govdoc.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govdoc.export.ExportColumns;
import org.govdoc.export.ExportFormat;
import org.govdoc.export.Exporter;
import org.govdoc.index.EntryKind;
import org.govdoc.index.search.CompareRow;
import org.govdoc.record.Extraction;

/** The API's routes and what answers each; {@code openapi.json} describes the same routes. */
public final class ApiRoutes {

    /** Most hits one search returns. */
    static final int MAX_LIMIT = 1000;

    private final SearchBackend backend;
    private final UploadIngest uploads;
    private final long maxExportRows;

    /**
     * @param uploads the upload-and-ingest work, or null when the server is read-only
     */
    public ApiRoutes(SearchBackend backend, UploadIngest uploads, long maxExportRows) {
        this.backend = backend;
        this.uploads = uploads;
        this.maxExportRows = maxExportRows;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/api/search", this::search),
                new Route("GET", "/api/facets", this::facets),
                new Route("GET", "/api/compare", this::compare),
                new Route("GET", "/api/records/{id}", this::record),
                new Route("GET", "/api/records/{id}/file", this::file),
                new Route("GET", "/api/export", this::export),
                new Route("POST", "/api/ingest", this::ingest),
                new Route("GET", "/api/openapi.json", this::openApi));
    }

    private void search(Exchange x) throws IOException {
        SearchFilter f = SearchFilter.of(x.params());
        int limit = x.params().integer("limit", 20, 0, MAX_LIMIT);
        x.json(200, backend.search(f, limit, x.params().flag("facets")));
    }

    private void facets(Exchange x) throws IOException {
        SearchBackend.Page r = backend.search(SearchFilter.of(x.params()), 0, true);
        x.json(200, Map.of("total", r.total(), "facets", r.facets()));
    }

    private void compare(Exchange x) throws IOException {
        SearchFilter f = SearchFilter.of(x.params());
        String by = x.params().one("by").orElse("district");
        List<CompareRow> rows = backend.compare(f, by);
        x.json(200, Map.of("by", by, "kind", f.kind() == null ? EntryKind.INDICATOR.id() : f.kind().id(), "rows", rows));
    }

    private Extraction recordOf(Exchange x) throws IOException {
        String id = x.pathVariable(0);
        if (!id.matches("[0-9a-f]{64}")) {
            throw new BadRequest("bad_parameter", "id: a record id is the 64 hex digits of its sha256, got '" + id + "'");
        }
        return backend.record(id).orElseThrow(() -> new BadRequest(404, "not_found", "no record with id " + id));
    }

    private void record(Exchange x) throws IOException {
        x.json(200, RecordView.of(recordOf(x)));
    }

    /** The file the record was read from, as the index knows its path: never a path from the request. */
    private void file(Exchange x) throws IOException {
        Extraction r = recordOf(x);
        String stored = r.source().path();
        if (stored.contains("!/")) {
            throw new BadRequest(404, "file_unavailable", "the record was read from an entry of an archive ("
                    + stored + "); download the archive instead");
        }
        Path path = Path.of(stored);
        if (!Files.isRegularFile(path)) {
            throw new BadRequest(404, "file_unavailable", "the file " + stored + " is no longer where it was ingested");
        }
        if (Files.size(path) != r.source().sizeBytes()) {
            throw new BadRequest(409, "file_changed", "the file " + stored + " changed since it was ingested; ingest it again");
        }
        String media = r.source().mediaType() == null ? "application/octet-stream" : r.source().mediaType();
        try (InputStream in = Files.newInputStream(path); OutputStream out = x.stream(media, r.source().fileName())) {
            in.transferTo(out);
        }
    }

    private void export(Exchange x) throws IOException {
        ExportFormat format;
        try {
            format = ExportFormat.fromId(x.params().one("format").orElse("csv"));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("bad_parameter", e.getMessage());
        }
        SearchFilter f = SearchFilter.of(x.params());
        if (f.kind() == null) {
            throw new BadRequest("bad_parameter", "kind: an export is of one kind of entry (document, indicator, task, amount, deadline or figure)");
        }
        backend.request(f, 0, false); // what the search API cannot answer is refused before the answer starts
        long max = x.params().integer("max", (int) Math.min(Integer.MAX_VALUE, maxExportRows), 0,
                (int) Math.min(Integer.MAX_VALUE, maxExportRows));
        String name = "govdoc-" + f.kind().id() + "." + format.extension();
        try (OutputStream out = x.stream(format.mediaType(), name)) {
            Exporter.write(format, ExportColumns.of(f.kind()), out, sink -> backend.forEachEntry(f, max, sink::accept));
        }
    }

    private void ingest(Exchange x) throws IOException, InterruptedException {
        if (uploads == null) {
            throw new BadRequest(403, "ingest_disabled", "this server is read-only; start it with --allow-ingest to upload files");
        }
        String type = x.http().getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/octet-stream")) {
            throw new BadRequest(415, "bad_content_type", "send the file as the request body with Content-Type application/octet-stream");
        }
        String length = x.http().getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > uploads.maxBytes()) {
            UploadIngest.discard(x.http().getRequestBody(), uploads.maxBytes());
            throw new BadRequest(413, "too_large", "the upload is over the server's limit of " + uploads.maxBytes() + " bytes");
        }
        String name = x.params().one("name").orElseThrow(() ->
                new BadRequest("bad_parameter", "name: give the file's name, such as 方案.docx"));
        Extraction r;
        try (InputStream body = x.http().getRequestBody()) {
            r = uploads.ingest(name, body);
        }
        x.json(201, r.withoutText());
    }

    private void openApi(Exchange x) throws IOException {
        x.send(200, StaticFiles.read("openapi.json"), "application/json; charset=utf-8");
    }
}
