package org.govdoc.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govdoc.record.Extraction;
import org.govdoc.record.Indicator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over an index of the committed samples, checked against its OpenAPI document and the ingested records. */
class ApiServerTest {

    @TempDir
    static Path tmp;
    static SampleIndex sample;
    static SearchBackend backend;
    static ApiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static OpenApiContract contract;

    @BeforeAll
    static void start() throws Exception {
        sample = SampleIndex.build(tmp);
        backend = SearchBackend.open(sample.index());
        server = ApiServer.start(new ApiRoutes(backend, null, 1_000_000), ServeSettings.loopback(0));
        contract = new OpenApiContract();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        backend.close();
    }

    record Answer(int status, String contentType, byte[] body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Answer get(String pathAndQuery) throws Exception {
        return send(HttpRequest.newBuilder(server.base().resolve(pathAndQuery)).GET());
    }

    static Answer send(HttpRequest.Builder b) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Calls a GET route and checks the answer against the OpenAPI document. */
    static JsonNode call(String route, String query, int expectedStatus) throws Exception {
        Answer a = get(route + (query.isEmpty() ? "" : "?" + query));
        assertThat(a.status()).as("%s?%s: %s", route, query, a.text()).isEqualTo(expectedStatus);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode body = a.json();
        String documented = route.startsWith("/api/records/") ? "/api/records/{id}" : route;
        assertThat(contract.check("GET", documented, expectedStatus, body)).as("%s answers per its OpenAPI document", route)
                .isEmpty();
        return body;
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRoutes() throws Exception {
        Set<String> routes = new TreeSet<>();
        server.routes().forEach(r -> routes.add(r.method() + " " + r.template()));
        assertThat(contract.operations()).isEqualTo(routes);
        JsonNode served = call("/api/openapi.json", "", 200);
        assertThat(served).isEqualTo(contract.document());
        assertThat(served.path("openapi").asText()).startsWith("3.");
    }

    @Test
    void searchFindsEveryIndicatorOfTheSamplesAndHighlightsTheWords() throws Exception {
        JsonNode all = call("/api/search", "kind=indicator&limit=0", 200);
        assertThat(all.path("total").asLong()).isEqualTo(sample.indicators()).isPositive();

        JsonNode r = call("/api/search", "q=" + enc("满意度") + "&kind=indicator&facets=true&limit=1000", 200);
        assertThat(r.path("hits").size()).isPositive().isEqualTo(r.path("total").asInt());
        for (JsonNode h : r.path("hits")) {
            assertThat(h.path("kind").asText()).isEqualTo("indicator");
            String text = h.path("text").path("text").asText();
            List<String> marked = new ArrayList<>();
            h.path("text").path("spans").forEach(s -> marked.add(text.substring(s.path("start").asInt(), s.path("end").asInt())));
            assertThat(String.join("", marked) + h.path("item").toString()).contains("满意");
        }
        assertThat(r.path("facets").path("kind").path("indicator").asLong()).isEqualTo(r.path("total").asLong());
    }

    @Test
    void theRoleFilterKeepsTheUnitToTheTasksItLeads() throws Exception {
        String lead = sample.records().stream().flatMap(e -> e.tasks().stream()).flatMap(t -> t.leadUnits().stream())
                .findFirst().orElseThrow();
        JsonNode any = call("/api/search", "kind=task&limit=1000&unit=" + enc(lead), 200);
        JsonNode led = call("/api/search", "kind=task&limit=1000&role=lead&unit=" + enc(lead), 200);

        assertThat(led.path("total").asLong()).isPositive().isLessThanOrEqualTo(any.path("total").asLong());
        for (JsonNode h : led.path("hits")) {
            assertThat(h.path("item").path("leadUnits").toString()).as("a task %s leads", lead).contains(lead);
        }
        assertThat(get("/api/search?kind=task&role=chair&unit=" + enc(lead)).status()).isEqualTo(400);
    }

    @Test
    void facetsCountDocumentsPerDistrictAsTheRecordsSay() throws Exception {
        Map<String, Long> expected = new HashMap<>();
        for (Extraction e : sample.records()) {
            if (e.region() != null && e.region().district() != null) {
                expected.merge(e.region().district(), 1L, Long::sum);
            }
        }
        JsonNode r = call("/api/facets", "kind=document", 200);
        Map<String, Long> got = new HashMap<>();
        r.path("facets").path("district").fields().forEachRemaining(f -> got.put(f.getKey(), f.getValue().asLong()));
        assertThat(got).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void compareCountsTheIndicatorValuesOfEachDistrictUnitAndOperator() throws Exception {
        Map<String, Long> expected = new HashMap<>();
        for (Extraction e : sample.records()) {
            for (Indicator i : e.indicators()) {
                if (i.value() != null && e.region() != null && e.region().district() != null) {
                    expected.merge(e.region().district() + "|" + (i.unit() == null ? "" : i.unit()) + "|"
                            + (i.operator() == null ? "=" : i.operator()), 1L, Long::sum);
                }
            }
        }
        JsonNode r = call("/api/compare", "by=district", 200);
        Map<String, Long> got = new HashMap<>();
        r.path("rows").forEach(row -> {
            // values a warning points at are left out of the statistics and counted as flagged
            got.put(row.path("group").asText() + "|" + row.path("measure").asText("") + "|" + row.path("operator").asText(),
                    row.path("count").asLong() + row.path("flagged").asLong());
            assertThat(row.path("min").decimalValue()).isLessThanOrEqualTo(row.path("median").decimalValue());
            assertThat(row.path("median").decimalValue()).isLessThanOrEqualTo(row.path("max").decimalValue());
        });
        assertThat(got).isEqualTo(expected).isNotEmpty();
    }

    private static Extraction withIndicators() {
        return sample.records().stream().filter(e -> !e.indicators().isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void aRecordShowsEachValueWithItsProvenanceAndItsWarnings() throws Exception {
        Extraction e = withIndicators();
        JsonNode v = call("/api/records/" + e.id(), "", 200);
        assertThat(v.path("record").path("title").asText()).isEqualTo(e.title());
        assertThat(v.path("record").path("text").isNull() || v.path("record").path("text").isMissingNode()).isTrue();
        assertThat(v.path("values").size()).isEqualTo(e.indicators().size() + e.tasks().size()
                + e.fundingAmounts().size() + e.deadlines().size() + e.figures().size());
        JsonNode first = v.path("values").get(0);
        Indicator i = e.indicators().get(0);
        assertThat(first.path("group").asText()).isEqualTo("indicator");
        assertThat(first.path("label").asText()).endsWith(i.level3());
        assertThat(first.path("location").path("table").asInt()).isEqualTo(i.location().table());
        assertThat(first.path("location").path("row").asInt()).isEqualTo(i.location().row());
        assertThat(first.path("around").asText()).contains(i.level3());
        assertThat(v.path("warnings").size()).isEqualTo(e.warnings().size());
    }

    @Test
    void theOriginalFileComesFromTheIndexedPathOnly() throws Exception {
        Extraction e = withIndicators();
        Answer a = get("/api/records/" + e.id() + "/file");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo(Files.readAllBytes(Path.of(e.source().path())));
        assertThat(a.contentType()).isEqualTo(e.source().mediaType());

        JsonNode missing = call("/api/records/" + "0".repeat(64), "", 404);
        assertThat(missing.path("error").path("code").asText()).isEqualTo("not_found");
        Answer traversal = get("/api/records/..%2F..%2Fetc%2Fpasswd/file"); // decoded, it matches no route
        assertThat(traversal.status()).isEqualTo(404);
        assertThat(traversal.text()).doesNotContain("root:");
        Answer notAnId = get("/api/records/" + e.source().fileName().hashCode() + "/file");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.json().path("error").path("code").asText()).isEqualTo("bad_parameter");
    }

    /** (path, level3, value) of every indicator of the samples. */
    private static Set<List<String>> expectedIndicatorRows() {
        Set<List<String>> rows = new HashSet<>();
        for (Extraction e : sample.records()) {
            for (Indicator i : e.indicators()) {
                rows.add(List.of(e.source().path(), i.level3(), i.value() == null ? "" : i.value().toPlainString()));
            }
        }
        return rows;
    }

    @Test
    void csvExportHasABomAHeaderAndOneRowPerIndicator() throws Exception {
        Answer a = get("/api/export?format=csv&kind=indicator");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("text/csv");
        String text = a.text();
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = Csv.parse(text.substring(1));
        List<String> header = rows.get(0);
        assertThat(header).contains("path", "level3", "value", "page", "table", "row", "column", "district");
        Set<List<String>> got = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            got.add(List.of(row.get(header.indexOf("path")), row.get(header.indexOf("level3")), row.get(header.indexOf("value"))));
        }
        assertThat(rows).hasSize(1 + (int) sample.indicators());
        assertThat(got).isEqualTo(expectedIndicatorRows());
    }

    @Test
    void xlsxExportOpensInPoiWithOneRowPerIndicator() throws Exception {
        Answer a = get("/api/export?format=xlsx&kind=indicator");
        assertThat(a.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(a.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(f.formatCellValue(c)));
            Set<List<String>> got = new HashSet<>();
            int rows = 0;
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                rows++;
                got.add(List.of(f.formatCellValue(row.getCell(header.indexOf("path"))),
                        f.formatCellValue(row.getCell(header.indexOf("level3"))),
                        f.formatCellValue(row.getCell(header.indexOf("value")))));
            }
            assertThat(rows).isEqualTo(sample.indicators());
            assertThat(got).isEqualTo(expectedIndicatorRows());
        }
    }

    @Test
    void badParametersAreJsonErrorsWithACodeAndASentence() throws Exception {
        for (String q : List.of("yearFrom=twenty", "kind=nonsense", "yearFrom=2025&yearTo=2021", "limit=5000",
                "min=abc", "min=100&max=10", "dueBefore=2023%2F06%2F30", "docType=nonsense", "facets=perhaps")) {
            JsonNode e = call("/api/search", q, 400);
            assertThat(e.path("error").path("code").asText()).as(q).isEqualTo("bad_parameter");
            assertThat(e.path("error").path("message").asText()).as(q).doesNotContain("Exception", "java.");
        }
        assertThat(call("/api/compare", "by=colour", 400).path("error").path("message").asText()).contains("by");
        assertThat(get("/api/export?kind=indicator&format=pdf").status()).isEqualTo(400);
        assertThat(get("/api/export?format=csv").status()).isEqualTo(400);
        Answer notFound = get("/api/nothing");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().path("error").path("code").asText()).isEqualTo("not_found");
        Answer post = send(HttpRequest.newBuilder(server.base().resolve("/api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(post.status()).isEqualTo(405);
        Answer tooLong = get("/api/search?q=" + "a".repeat(ApiServer.MAX_QUERY_CHARS + 1));
        assertThat(tooLong.status()).isEqualTo(414);
    }

    @Test
    void readOnlyUnlessToldOtherwise() throws Exception {
        Answer a = send(HttpRequest.newBuilder(server.base().resolve("/api/ingest?name=a.docx"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.json().path("error").path("code").asText()).isEqualTo("ingest_disabled");
    }

    @Test
    void otherSitesAndOtherHostNamesAreRefusedAndNoCorsHeadersAreSent() throws Exception {
        HttpResponse<String> foreign = HTTP.send(HttpRequest.newBuilder(server.base().resolve("/api/search"))
                .header("Origin", "http://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("forbidden_origin");
        HttpResponse<String> own = HTTP.send(HttpRequest.newBuilder(server.base().resolve("/api/search")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));

        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) { // DNS rebinding: a foreign Host
            OutputStream out = s.getOutputStream();
            out.write("GET /api/search HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403").contains("forbidden_host");
        }
    }

    @Test
    void aTokenIsRequiredToBindBeyondLoopbackAndThenOnEveryCall() throws Exception {
        assertThatThrownBy(() -> new ServeSettings(InetAddress.getByName("0.0.0.0"), 0, null, 2, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token");
        String token = "0123456789abcdef-token";
        try (ApiServer guarded = ApiServer.start(new ApiRoutes(backend, null, 10),
                new ServeSettings(InetAddress.getLoopbackAddress(), 0, token, 2, 10))) {
            URI search = guarded.base().resolve("/api/search?limit=1");
            assertThat(HTTP.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(401);
            assertThat(HTTP.send(HttpRequest.newBuilder(search).header("Authorization", "Bearer wrong-token-0123456")
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            assertThat(HTTP.send(HttpRequest.newBuilder(search).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            // the page itself holds no data and loads without the token
            assertThat(HTTP.send(HttpRequest.newBuilder(guarded.base()).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void thePageAndItsChartLibraryComeFromTheJar() throws Exception {
        Answer page = get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("lang=\"zh-CN\"", StaticFiles.CHART_JS).doesNotContain("https://");
        Answer chart = get(StaticFiles.CHART_JS);
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.body().length).isGreaterThan(100_000);
        assertThat(get("/static/../../etc/passwd").status()).isEqualTo(404);
    }

    /** A small RFC 4180 reader for the test. */
    static final class Csv {
        static List<List<String>> parse(String s) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    cell.append(c);
                }
            }
            return rows;
        }
    }
}
