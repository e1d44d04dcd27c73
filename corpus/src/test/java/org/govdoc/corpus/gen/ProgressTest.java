package org.govdoc.corpus.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void drawsABarOnlyWhenLiveAndAlwaysTheLastState() {
        ByteArrayOutputStream live = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(live, true, StandardCharsets.UTF_8), true, 4);
        for (int i = 1; i <= 4; i++) {
            p.update(i);
        }
        p.finish();
        String s = live.toString(StandardCharsets.UTF_8);
        assertThat(s).contains("4/4 documents", "[" + "#".repeat(30) + "]").endsWith("\r");

        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        Progress q = new Progress(new PrintStream(quiet, true, StandardCharsets.UTF_8), false, 4);
        q.update(4);
        q.finish();
        assertThat(quiet.size()).isZero();
    }
}
