package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.govdoc.record.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop on a small synthetic corpus: generate documents with gold, ingest them, score the
 * output. Floors sit well under what the extractors reach on this corpus (measured when the test
 * was written: see docs/corpus-and-eval.md), so the test fails on a real regression of a reader or
 * an extractor, not on a small change.
 */
class CorpusRoundTripTest {

    @Test
    void generatedCorpusIsIngestedAndScored(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        Path out = dir.resolve("out.jsonl");
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int generated;
        int ingested;
        int evaluated;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            generated = Main.run("corpus", "--count", "21", "--seed", "2024", "--cycle-formats",
                    "--formats", "docx,pdf,xlsx,html,txt,txt-gbk", "--out", corpus.toString());
            ingested = Main.run("ingest", corpus.toString(), "--out", out.toString(),
                    "--index", dir.resolve("index").toString(), "--isolation", "thread", "--threads", "2");
            System.setOut(new PrintStream(json, true, StandardCharsets.UTF_8));
            evaluated = Main.run("eval", "--records", out.toString(), "--gold", corpus.toString(), "--json");
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(generated).as(log).isZero();
        assertThat(ingested).as(log).isZero();
        assertThat(evaluated).as(log).isZero();
        JsonNode r = RecordJson.mapper().readTree(json.toString(StandardCharsets.UTF_8));
        assertThat(r.get("docs_gold").asInt()).isEqualTo(21);
        assertThat(r.get("docs_missing").asInt()).isZero();
        JsonNode g = r.get("groups");
        assertThat(g.at("/metadata/f1").asDouble()).isGreaterThan(0.8);
        assertThat(g.at("/tasks/f1").asDouble()).isGreaterThan(0.7);
        assertThat(g.at("/deadlines/f1").asDouble()).isGreaterThan(0.7);
        assertThat(g.at("/units/f1").asDouble()).isGreaterThan(0.7);
        assertThat(g.at("/indicators/f1").asDouble()).isGreaterThan(0.5);
        assertThat(g.at("/funding/f1").asDouble()).isGreaterThan(0.5);
        assertThat(g.at("/proposal/f1").asDouble()).isGreaterThan(0.7);
        // the figures are counts over this corpus: every gold indicator and task was counted
        assertThat(g.at("/indicators/gold").asInt()).isGreaterThan(20);
        assertThat(g.at("/tasks/gold").asInt()).isGreaterThan(20);
    }
}
