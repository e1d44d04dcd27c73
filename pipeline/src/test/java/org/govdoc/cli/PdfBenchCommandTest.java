package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PdfBenchCommandTest {

    @Test
    void reportsPagesPerSecondAndTheCostRatioOnGeneratedPdfs() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Main.run("bench", "pdf", "--generated", "1", "--warmup", "0", "--runs", "1");
        } finally {
            System.setOut(stdout);
        }
        assertThat(code).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("cost ratio");
        assertThat(report).containsPattern("generated\\s+1\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+x");
    }
}
