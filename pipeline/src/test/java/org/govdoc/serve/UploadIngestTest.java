package org.govdoc.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.ingest.IngestOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/ingest on a server started with --allow-ingest: the file is parsed in the worker JVM and searchable at once. */
class UploadIngestTest {

    @TempDir
    Path tmp;

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> upload(ApiServer server, String name, byte[] body, String type) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.base().resolve("/api/ingest?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUploadedFileIsReadInTheWorkerAndFoundBySearch() throws Exception {
        Path index = tmp.resolve("index");
        try (LuceneRecordStore empty = LuceneRecordStore.open(index)) {
            empty.commit();
        }
        Path docx;
        try (Stream<Path> s = Files.list(SampleIndex.samples())) {
            docx = s.filter(p -> p.toString().endsWith(".docx")).sorted().findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(docx);
        ObjectMapper json = new ObjectMapper();
        try (SearchBackend backend = SearchBackend.open(index);
             UploadIngest ingest = new UploadIngest(index, tmp.resolve("uploads"), 1_000_000,
                     IngestOptions.Isolation.PROCESS, new PrintStream(OutputStream.nullOutputStream()));
             ApiServer server = ApiServer.start(new ApiRoutes(backend, ingest, 1000), ServeSettings.loopback(0))) {
            HttpResponse<String> r = upload(server, "../../上传/" + docx.getFileName(), bytes, "application/octet-stream");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            JsonNode record = json.readTree(r.body());
            assertThat(record.path("status").asText()).isEqualTo("ok");
            assertThat(record.path("docType").asText()).isEqualTo("work_plan");
            assertThat(record.path("tasks").size()).isPositive();
            Path stored = Path.of(record.path("source").path("path").asText()).toAbsolutePath().normalize();
            assertThat(stored).startsWith(tmp.resolve("uploads").toAbsolutePath().normalize()); // the name's ../ are dropped
            assertThat(Files.readAllBytes(stored)).isEqualTo(bytes);

            HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(server.base().resolve(
                    "/api/search?kind=task&limit=0")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(json.readTree(found.body()).path("total").asInt()).isEqualTo(record.path("tasks").size());

            HttpResponse<String> tooLarge = upload(server, "big.docx", new byte[1_000_001], "application/octet-stream");
            assertThat(tooLarge.statusCode()).isEqualTo(413);
            assertThat(tooLarge.body()).contains("too_large");
            HttpResponse<String> form = upload(server, "a.docx", bytes, "text/plain");
            assertThat(form.statusCode()).isEqualTo(415);
            HttpResponse<String> corrupt = upload(server, "broken.docx", "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.UTF_8),
                    "application/octet-stream");
            assertThat(corrupt.statusCode()).isEqualTo(201);
            assertThat(json.readTree(corrupt.body()).path("status").asText()).isEqualTo("failed");
            assertThat(json.readTree(corrupt.body()).path("error").path("code").asText()).isNotBlank();
        }
        assertThat(List.of(tmp.resolve("uploads").toFile().list())).noneMatch(n -> n.endsWith(".part") || n.endsWith(".jsonl"));
    }
}
