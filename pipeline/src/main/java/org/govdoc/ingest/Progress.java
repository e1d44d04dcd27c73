package org.govdoc.ingest;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * One line of progress on stderr, redrawn at most once a second: done/total, files/s, ETA, failures. The rate
 * is that of the last {@link #WINDOW_NANOS} (not since the start, whose first seconds go to starting workers),
 * and no ETA is given before {@link #MIN_FILES_FOR_ETA} files and {@link #MIN_NANOS_FOR_ETA} have passed: an
 * early estimate from a few slow first files is wildly wrong.
 */
final class Progress {

    static final long WINDOW_NANOS = 20_000_000_000L;
    static final int MIN_FILES_FOR_ETA = 10;
    static final long MIN_NANOS_FOR_ETA = 3_000_000_000L;
    private static final long REDRAW_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final long total;
    private final LongSupplier clock;
    private final long start;
    /** (time, done) samples of the last window, oldest first. */
    private final ArrayDeque<long[]> samples = new ArrayDeque<>();
    private long lastDraw = Long.MIN_VALUE;

    Progress(PrintStream err, long total) {
        this(err, total, System::nanoTime);
    }

    Progress(PrintStream err, long total, LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.clock = clock;
        this.start = clock.getAsLong();
        samples.add(new long[] {start, 0});
    }

    void update(long done, long parsed, long failures) {
        long now = clock.getAsLong();
        samples.add(new long[] {now, done});
        while (samples.size() > 2 && now - samples.peekFirst()[0] > WINDOW_NANOS) {
            samples.pollFirst();
        }
        if (lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        err.print("\r" + line(done, parsed, failures, now) + "   ");
        err.flush();
    }

    /** The progress line at this time. */
    String line(long done, long parsed, long failures, long now) {
        long[] oldest = samples.peekFirst();
        double windowSeconds = (now - oldest[0]) / 1e9;
        double rate = windowSeconds > 0 ? (done - oldest[1]) / windowSeconds : 0;
        String eta = "?";
        if (done >= MIN_FILES_FOR_ETA && now - start >= MIN_NANOS_FOR_ETA && rate > 0) {
            long left = Math.max(0, total - done);
            long s = Math.round(left / rate);
            eta = s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format("%d:%02d", s / 60, s % 60);
        }
        return String.format("%d/%d files  %.1f files/s  ETA %s  %d parsed  %d failed", done, total, rate, eta,
                parsed, failures);
    }

    void finish() {
        err.print("\r" + " ".repeat(78) + "\r");
        err.flush();
    }
}
