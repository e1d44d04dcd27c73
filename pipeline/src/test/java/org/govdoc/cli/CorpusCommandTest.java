package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(oldErr);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesDocumentsAndGoldAndAFinalLine(@TempDir Path dir) throws IOException {
        int code = Main.run("corpus", "--count", "6", "--out", dir.toString(), "--seed", "5",
                "--formats", "txt,html,txt-gbk");
        assertThat(code).isZero();
        List<String> names = names(dir);
        assertThat(names).hasSize(12);
        assertThat(names.stream().filter(n -> n.endsWith(".gold.json"))).hasSize(6);
        assertThat(names.stream().filter(n -> n.endsWith(".txt") || n.endsWith(".html"))).hasSize(6);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("corpus: 6 documents written");
    }

    @Test
    void weighsFormats(@TempDir Path dir) throws IOException {
        int code = Main.run("corpus", "--count", "400", "--out", dir.toString(), "--seed", "5",
                "--formats", "txt:3,html");
        assertThat(code).isZero();
        long txt = names(dir).stream().filter(n -> n.endsWith(".txt")).count();
        long html = names(dir).stream().filter(n -> n.endsWith(".html")).count();
        assertThat(txt + html).isEqualTo(400);
        // three in four drawn as TXT: 300 expected, and a binomial(400, 3/4) is within 260..340 all but never
        assertThat(txt).isBetween(260L, 340L);
    }

    @Test
    void rejectsABadWeight(@TempDir Path dir) {
        int code = Main.run("corpus", "--count", "1", "--out", dir.toString(), "--formats", "txt:0");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("weight", "'0'");
    }

    @Test
    void rejectsAnUnknownFormat(@TempDir Path dir) {
        int code = Main.run("corpus", "--count", "1", "--out", dir.toString(), "--formats", "rtf");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown format 'rtf'");
    }
}
