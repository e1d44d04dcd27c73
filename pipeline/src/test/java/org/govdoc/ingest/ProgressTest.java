package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line's ETA: none from the first few files, then from the recent rate, not the slow start. */
class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void noWildEtaFromASlowStart() {
        AtomicLong now = new AtomicLong(0);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), 200, now::get);
        // workers start: 6 files in the first 4 s
        now.set(4 * SECOND);
        p.update(6, 6, 0);
        assertThat(p.line(6, 6, 0, now.get())).contains("ETA ?");
        // then 10 files a second
        long done = 6;
        for (int s = 5; s <= 23; s++) {
            now.set(s * SECOND);
            done += 10;
            p.update(done, done, 0);
        }
        assertThat(done).isEqualTo(196);
        // 4 files left at 10/s: well under ten seconds, whatever the start was
        String line = p.line(done, done, 0, now.get());
        assertThat(line).startsWith("196/200 files").contains("ETA 0:0");
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("\r6/200 files", "ETA ?");
    }

    @Test
    void etaFollowsTheRecentRate() {
        AtomicLong now = new AtomicLong(0);
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 1000,
                now::get);
        for (int s = 1; s <= 60; s++) { // 2 files a second for a minute
            now.set(s * SECOND);
            p.update(2L * s, 2L * s, 0);
        }
        // 880 left at 2/s = 440 s
        assertThat(p.line(120, 120, 0, now.get())).contains("2.0 files/s", "ETA 7:20");
    }
}
