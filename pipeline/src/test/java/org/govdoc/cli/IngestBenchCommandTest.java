package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest benchmark runs both sides in child JVMs and reports consistent figures (never their values). */
class IngestBenchCommandTest {

    @Test
    void reportsBothSidesTheScalingAndTheTenthRun(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(Main.run("corpus", "--count", "10", "--seed", "3", "--cycle-formats",
                    "--formats", "docx,pdf,xlsx,html,txt", "--out", corpus.toString())).isZero();
            code = Main.run("bench", "ingest", "--corpus", corpus.toString(), "--threads", "2",
                    "--report", dir.resolve("bench.json").toString());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertThat(code).isZero();
        JsonNode r = new ObjectMapper().readTree(dir.resolve("bench.json").toFile());
        assertThat(r.get("files").asInt()).as("the gold files are left out").isEqualTo(10);
        assertThat(r.get("threads").asInt()).isEqualTo(2);
        assertThat(r.get("tikaFailed").asInt()).isZero();
        assertThat(r.get("ingestOk").asInt()).isEqualTo(10);
        assertThat(r.get("tikaFilesPerSecond").asDouble()).isPositive();
        assertThat(r.get("ingestFilesPerSecond").asDouble()).isPositive();
        assertThat(r.get("ingestTimeOverTika").asDouble())
                .isCloseTo(r.get("ingestSeconds").asDouble() / r.get("tikaSeconds").asDouble(),
                        org.assertj.core.data.Offset.offset(0.02));
        assertThat(r.get("ingestCpuSeconds").asDouble()).isPositive();
        assertThat(r.get("scaling1To2Threads").asDouble()).isPositive();
        assertThat(r.get("filesPerSecond1Thread").asDouble()).isPositive();
        assertThat(r.get("tenthFiles").asInt()).isEqualTo(1);
        long anon = r.get("ingestMainJvmPeakAnonRssMb").asLong();
        assertThat(anon).isPositive().isLessThanOrEqualTo(r.get("ingestMainJvmPeakRssMb").asLong());
        assertThat(r.get("ingestPeakRssMb").asLong()).as("the whole tree holds at least the ingest JVM")
                .isGreaterThanOrEqualTo(anon);
    }
}
