package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.govdoc.record.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsers in worker JVMs: a hang is killed, a heap exhausted takes down only its worker. */
class ProcessIsolationTest {

    @TempDir
    Path tmp;

    @Test
    void aHangingParserAndAnExhaustedHeapFailOnlyTheirFiles() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        fx.write("1-hang.txt", "HANG");
        fx.write("2-ok.txt", "第一份");
        fx.write("3-eat.txt", "EAT");
        fx.write("4-ok.txt", "第二份");
        IngestOptions options = new IngestOptions(List.of(fx.input), fx.out, false, 1, Duration.ofSeconds(3),
                IngestOptions.DEFAULT_MAX_SIZE, false, null, IngestOptions.Isolation.PROCESS, 48, 10, Duration.ofSeconds(30), IngestOptions.ZipLimits.DEFAULT, null, null,
                NameFilter.DEFAULT_EXCLUDES);

        IngestSummary summary = fx.run(options);

        List<Extraction> records = fx.records();
        assertThat(records).extracting(r -> r.error() == null ? "ok" : r.error().code())
                .containsExactly("timeout", "ok", "out_of_memory", "ok");
        assertThat(fx.record("4-ok.txt").text()).isEqualTo("第二份");
        assertThat(summary.parsedFailed()).containsEntry("timeout", 1L).containsEntry("out_of_memory", 1L);
    }

    @Test
    void aWorkerIsRestartedAfterItWasKilled() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        fx.write("a.txt", "HANG");
        fx.write("b.txt", "乙");
        ProcessFileParser parser = new ProcessFileParser(
                new ProcessFileParser.WorkerSettings(ScriptedParseWorker.class.getName(), 48, null));
        try (parser) {
            Extraction hang = parser.parse(request(fx.input.resolve("a.txt")), Duration.ofSeconds(2));
            Extraction next = parser.parse(request(fx.input.resolve("b.txt")), Duration.ofSeconds(30));
            assertThat(hang.error().code()).isEqualTo("timeout");
            assertThat(next.text()).isEqualTo("乙");
            assertThat(parser.starts()).isEqualTo(2);
        }
    }

    private static ParseRequest request(Path file) {
        return new ParseRequest(file.toString(), file.toString(), file.getFileName().toString(), 3, "0".repeat(64), false);
    }
}
