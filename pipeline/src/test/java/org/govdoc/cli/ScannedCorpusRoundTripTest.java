package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.govdoc.corpus.render.ScanRenderer;
import org.govdoc.record.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCR loop on a small generated corpus: the same PDFs ingested born-digital and as scans
 * (rendered, turned 1°, speckled, image-only), both scored against the gold; every field group
 * of the scans must score within 0.05 of the born-digital twins, and no scan may fail.
 */
class ScannedCorpusRoundTripTest {

    @Test
    void scansScoreLikeTheirBornDigitalTwins(@TempDir Path dir) throws Exception {
        Path digital = dir.resolve("digital");
        Path scanned = dir.resolve("scanned");
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(Main.run("corpus", "--count", "3", "--seed", "31", "--cycle-formats", "--formats", "pdf",
                    "--out", digital.toString())).isZero();
            Files.createDirectories(scanned);
            try (Stream<Path> files = Files.list(digital)) {
                for (Path f : files.sorted().toList()) {
                    Path target = scanned.resolve(f.getFileName());
                    if (f.toString().endsWith(".pdf")) {
                        ScanRenderer.OFFICE.scan(f, target);
                    } else {
                        Files.copy(f, target);
                    }
                }
            }
        } finally {
            System.setErr(stderr);
        }
        JsonNode born = ingestAndScore(digital, dir.resolve("out-digital"), err);
        JsonNode scans = ingestAndScore(scanned, dir.resolve("out-scanned"), err);
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(scans.get("docs_missing").asInt()).as(log).isZero();
        assertThat(scans.get("docs_gold").asInt()).isEqualTo(3);
        int compared = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = born.get("groups").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> g = it.next();
            if (g.getValue().path("gold").asInt() == 0) {
                continue;
            }
            double expected = g.getValue().get("f1").asDouble();
            double actual = scans.at("/groups/" + g.getKey() + "/f1").asDouble();
            assertThat(actual).as("%s: scans %.3f vs born-digital %.3f%n%s", g.getKey(), actual, expected, log)
                    .isGreaterThanOrEqualTo(expected - 0.05);
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(3);
    }

    private static JsonNode ingestAndScore(Path corpus, Path work, ByteArrayOutputStream err) throws Exception {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        Path out = work.resolve("out.jsonl");
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(Main.run("ingest", corpus.toString(), "--out", out.toString(), "--index", work.resolve("index").toString(),
                    "--isolation", "thread", "--threads", "2", "--timeout", "900")).isZero();
            System.setOut(new PrintStream(json, true, StandardCharsets.UTF_8));
            assertThat(Main.run("eval", "--out", out.toString(), "--gold", corpus.toString(), "--json")).isZero();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        List<String> failed = Files.readAllLines(out).stream().filter(l -> l.contains("\"status\":\"failed\"")).toList();
        assertThat(failed).as("failed records").isEmpty();
        return RecordJson.mapper().readTree(json.toString(StandardCharsets.UTF_8));
    }
}
