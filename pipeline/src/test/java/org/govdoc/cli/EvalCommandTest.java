package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govdoc.record.RecordJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    private static final String GOLD = """
            {"docType": "budget_project", "year": 2021,
             "fundingAmounts": [{"amountYuan": 693810, "role": "allocation"}],
             "indicators": [
               {"level3": "开展营商环境专题培训", "operator": ">", "value": 50, "unit": "人次"},
               {"level3": "开展营商环境宣传活动", "operator": ">=", "value": 4, "unit": "次"}],
             "tasks": []}
            """;
    private static final String OUT_ONE_INDICATOR = "{\"source\":{\"fileName\":\"a.docx\"},\"status\":\"ok\","
            + "\"docType\":\"budget_project\",\"year\":2021,"
            + "\"fundingAmounts\":[{\"amountYuan\":693810,\"role\":\"allocation\"}],"
            + "\"indicators\":[{\"level3\":\"开展营商环境专题培训\",\"operator\":\"＞\",\"value\":50,\"unit\":\"人次\"}],"
            + "\"tasks\":[]}";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private Path[] files(Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.gold.json"), GOLD);
        Path jsonl = Files.writeString(dir.resolve("out.jsonl"), OUT_ONE_INDICATOR + "\n");
        return new Path[] {gold, jsonl};
    }

    @Test
    void exitsNonZeroWhenAGroupIsBelowMinF1(@TempDir Path dir) throws IOException {
        Path[] f = files(dir);
        int code = Main.run("eval", "--records", f[1].toString(), "--gold", f[0].toString(), "--min-f1", "0.7");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("indicators");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("indicator missing: 开展营商环境宣传活动");
    }

    @Test
    void exitsZeroWhenEveryGroupReachesMinF1AndPrintsJson(@TempDir Path dir) throws IOException {
        Path[] f = files(dir);
        // indicators: P = 1, R = 1/2, F1 = 2/3
        int code = Main.run("eval", "--records", f[1].toString(), "--gold", f[0].toString(), "--min-f1", "0.66", "--json");
        assertThat(code).isZero();
        JsonNode j = RecordJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(j.at("/groups/indicators/f1").asDouble()).isEqualTo(0.6667);
        assertThat(j.at("/groups/indicators/recall").asDouble()).isEqualTo(0.5);
        assertThat(j.at("/groups/funding/f1").asDouble()).isEqualTo(1.0);
    }

    @Test
    void saysWhatIsWrongWithItsArguments(@TempDir Path dir) {
        int code = Main.run("eval", "--records", dir.resolve("none.jsonl").toString(), "--gold", dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
    }
}
