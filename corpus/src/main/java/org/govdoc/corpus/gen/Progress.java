package org.govdoc.corpus.gen;

import java.io.PrintStream;

/**
 * A progress bar on stderr, drawn only when a console is attached (a final line is always
 * printed by the caller).
 */
final class Progress {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final boolean live;
    private final long total;
    private long lastDraw;

    Progress(PrintStream err, boolean live, long total) {
        this.err = err;
        this.live = live;
        this.total = total;
    }

    void update(long done) {
        if (!live) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = total == 0 ? width : (int) (width * done / total);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + " documents");
        err.flush();
    }

    void finish() {
        if (live) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
