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
        java.util.Set<String> before = benchFolders();
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(Main.run("corpus", "--count", "10", "--seed", "3", "--cycle-formats",
                    "--formats", "docx,pdf,xlsx,html,txt", "--out", corpus.toString())).isZero();
            code = Main.run("bench", "ingest", "--corpus", corpus.toString(), "--threads", "2", "--repeat", "2",
                    "--report", dir.resolve("bench.json").toString());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertThat(code).isZero();
        assertThat(benchFolders()).as("the runs' indexes are deleted").isSubsetOf(before);
        JsonNode r = new ObjectMapper().readTree(dir.resolve("bench.json").toFile());
        assertThat(r.get("files").asInt()).as("the gold files are left out").isEqualTo(10);
        assertThat(r.get("threads").asInt()).isEqualTo(2);
        assertThat(r.get("tikaFailed").asInt()).isZero();
        assertThat(r.get("ingestOk").asInt()).isEqualTo(10);
        assertThat(r.get("tikaFilesPerSecond").asDouble()).isPositive();
        assertThat(r.get("ingestFilesPerSecond").asDouble()).isPositive();
        // two alternated pairs: each side's time is the median of its runs, the ratio the median of the pairs'
        assertThat(r.get("repeat").asInt()).isEqualTo(2);
        JsonNode tikaRuns = r.get("tikaSecondsRuns");
        JsonNode ingestRuns = r.get("ingestSecondsRuns");
        JsonNode ratios = r.get("ingestTimeOverTikaRuns");
        assertThat(tikaRuns).hasSize(2);
        assertThat(ingestRuns).hasSize(2);
        assertThat(ratios).hasSize(2);
        org.assertj.core.data.Offset<Double> close = org.assertj.core.data.Offset.offset(0.02);
        for (int i = 0; i < 2; i++) {
            assertThat(ratios.get(i).asDouble()).isCloseTo(ingestRuns.get(i).asDouble() / tikaRuns.get(i).asDouble(), close);
        }
        assertThat(r.get("tikaSeconds").asDouble()).isCloseTo((tikaRuns.get(0).asDouble() + tikaRuns.get(1).asDouble()) / 2, close);
        assertThat(r.get("ingestTimeOverTika").asDouble()).isCloseTo((ratios.get(0).asDouble() + ratios.get(1).asDouble()) / 2, close);
        assertThat(r.get("ingestCpuSeconds").asDouble()).isPositive();
        assertThat(r.get("scaling1To2Threads").asDouble()).isPositive();
        assertThat(r.get("filesPerSecond1Thread").asDouble()).isPositive();
        assertThat(r.get("tenthFiles").asInt()).isEqualTo(1);
        long anon = r.get("ingestMainJvmPeakAnonRssMb").asLong();
        assertThat(anon).isPositive().isLessThanOrEqualTo(r.get("ingestMainJvmPeakRssMb").asLong());
        assertThat(r.get("ingestPeakRssMb").asLong()).as("the whole tree holds at least the ingest JVM")
                .isGreaterThanOrEqualTo(anon);
    }

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(IngestBenchCommand.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(IngestBenchCommand.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(IngestBenchCommand.median(new double[] {7})).isEqualTo(7);
    }

    private static java.util.Set<String> benchFolders() throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("govdoc-bench-"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}
