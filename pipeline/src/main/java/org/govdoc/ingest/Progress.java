package org.govdoc.ingest;

import java.io.PrintStream;

/** One line of progress on stderr, redrawn at most once a second: done/total, files/s, ETA, failures. */
final class Progress {

    private final PrintStream err;
    private final long total;
    private final long start = System.nanoTime();
    private long lastDraw;

    Progress(PrintStream err, long total) {
        this.err = err;
        this.total = total;
    }

    void update(long done, long parsed, long failures) {
        long now = System.nanoTime();
        if (now - lastDraw < 1_000_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-3);
        long left = Math.max(0, total - done);
        long eta = rate > 0 ? Math.round(left / rate) : -1;
        err.printf("\r%d/%d files  %.1f files/s  ETA %s  %d parsed  %d failed   ", done, total, rate,
                eta < 0 ? "?" : String.format("%d:%02d", eta / 60, eta % 60), parsed, failures);
        err.flush();
    }

    void finish() {
        err.print("\r" + " ".repeat(78) + "\r");
        err.flush();
    }
}
