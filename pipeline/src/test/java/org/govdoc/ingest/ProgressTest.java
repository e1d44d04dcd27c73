package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The progress line's ETA: none from the first few files, then from the recent rate, not the slow start,
 * and from pages when files differ in length.
 */
class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    /** Files without pages (DOCX, HTML …) were read. */
    private static void parsed(Progress p, int files) {
        for (int i = 0; i < files; i++) {
            p.parsed(null, null);
        }
    }

    @Test
    void noWildEtaFromASlowStart() {
        AtomicLong now = new AtomicLong(0);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), 200, now::get);
        // workers start: 6 files in the first 4 s
        now.set(4 * SECOND);
        parsed(p, 6);
        p.update(6, 6, 0);
        assertThat(p.line(6, 6, 0, now.get())).contains("ETA ?");
        // then 10 files a second
        long done = 6;
        for (int s = 5; s <= 23; s++) {
            now.set(s * SECOND);
            done += 10;
            parsed(p, 10);
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
            parsed(p, 2);
            p.update(2L * s, 2L * s, 0);
        }
        // 880 left at 2/s = 440 s
        assertThat(p.line(120, 120, 0, now.get())).contains("2.0 files/s", "ETA 7:20");
    }

    @Test
    void theLineCountsPagesAndThoseReadByOcr() {
        AtomicLong now = new AtomicLong(0);
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 10,
                now::get);
        p.parsed(12, null); // a born-digital PDF
        p.parsed(3, 3); // a scan
        p.parsed(null, null); // a DOCX
        now.set(2 * SECOND);
        p.update(3, 3, 0);

        assertThat(p.line(3, 3, 0, now.get())).startsWith("3/10 files  15 pages (3 OCR)").contains("7.5 pages/s");
    }

    /** Seconds an ETA line names ("ETA 1:02:03" or "ETA 2:05"). */
    private static long etaSeconds(String line) {
        String eta = line.replaceAll(".*ETA ([0-9:]+).*", "$1");
        long s = 0;
        for (String part : eta.split(":")) {
            s = s * 60 + Long.parseLong(part);
        }
        return s;
    }

    @Test
    void etaCountsPagesWhenFilesDifferInLength() {
        // the same work all along, 10 pages a second; but every eleventh file is a 100-page scan, so
        // files end in bursts: 10 small files in one second, then none for ten seconds
        AtomicLong now = new AtomicLong(0);
        int cycles = 20;
        long total = 11L * cycles;
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), total,
                now::get);
        long done = 0;
        long nanos = 0;
        double worst = 0;
        for (int c = 0; c < cycles; c++) {
            for (int f = 0; f < 11; f++) {
                boolean big = f == 0;
                nanos += big ? 10 * SECOND : SECOND / 10;
                now.set(nanos);
                p.parsed(big ? 100 : 1, big ? 100 : 0);
                done++;
                p.update(done, done, 0);
                if (nanos >= 60 * SECOND && done < total) {
                    double truth = (total - done) / 11.0 * 11; // 11 s of work per 11 files
                    double eta = etaSeconds(p.line(done, done, 0, nanos));
                    worst = Math.max(worst, Math.abs(eta - truth) / truth);
                }
            }
        }
        assertThat(worst).as("largest relative ETA error after the first minute").isLessThan(0.25);
    }
}
