package org.govdoc.ingest;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * One line of progress on stderr, redrawn at most once a second: done/total files, pages read (and
 * of those by OCR), files/s and pages/s, ETA, failures.
 *
 * <p>Files differ a thousandfold in work (a one-page reply, a 300-page scanned report), so the ETA
 * counts work, not files: a file's work is its pages (1 for a format without pages, 0 for one
 * skipped as unchanged). ETA = files left × work per file so far / recent work rate. The rate is that
 * of the last {@link #WINDOW_NANOS} or half the run, whichever is longer (a window of a few seconds
 * jumps when a long file ends in it; the first seconds go to starting workers), and no ETA is given
 * before {@link #MIN_FILES_FOR_ETA} files and {@link #MIN_NANOS_FOR_ETA} have passed: an early
 * estimate from a few slow first files is wildly wrong.
 */
final class Progress {

    static final long WINDOW_NANOS = 20_000_000_000L;
    static final int MIN_FILES_FOR_ETA = 10;
    static final long MIN_NANOS_FOR_ETA = 3_000_000_000L;
    private static final long REDRAW_NANOS = 1_000_000_000L;
    /** Samples closer together than this replace each other (a long run keeps one a second). */
    private static final long SAMPLE_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final long total;
    private final LongSupplier clock;
    private final long start;
    /** (time, done, work, pages) samples of the window, oldest first. */
    private final ArrayDeque<long[]> samples = new ArrayDeque<>();
    private long lastDraw = Long.MIN_VALUE;
    private long pages;
    private long ocrPages;
    /** Work of the files parsed so far: their pages, 1 for a file without pages. */
    private long work;

    Progress(PrintStream err, long total) {
        this(err, total, System::nanoTime);
    }

    Progress(PrintStream err, long total, LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.clock = clock;
        this.start = clock.getAsLong();
        samples.add(new long[] {start, 0, 0, 0});
    }

    /**
     * A file was read: its pages (null for a format without pages or a file not read) and how many
     * of them OCR read (null when none or unknown). Call before the {@link #update} that counts it.
     */
    void parsed(Integer pageCount, Integer ocrPageCount) {
        int p = pageCount == null ? 0 : Math.max(0, pageCount);
        pages += p;
        ocrPages += ocrPageCount == null ? 0 : Math.max(0, Math.min(p, ocrPageCount));
        work += Math.max(1, p);
    }

    void update(long done, long parsed, long failures) {
        long now = clock.getAsLong();
        long[] last = samples.peekLast();
        if (samples.size() > 1 && now - last[0] < SAMPLE_NANOS) {
            samples.pollLast();
        }
        samples.add(new long[] {now, done, work, pages});
        long window = window(now);
        while (samples.size() > 2 && now - samples.peekFirst()[0] > window) {
            samples.pollFirst();
        }
        if (lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        err.print("\r" + line(done, parsed, failures, now) + "   ");
        err.flush();
    }

    private long window(long now) {
        return Math.max(WINDOW_NANOS, (now - start) / 2);
    }

    /** The progress line at this time. */
    String line(long done, long parsed, long failures, long now) {
        long[] oldest = samples.peekFirst();
        double windowSeconds = (now - oldest[0]) / 1e9;
        double rate = windowSeconds > 0 ? (done - oldest[1]) / windowSeconds : 0;
        double workRate = windowSeconds > 0 ? (work - oldest[2]) / windowSeconds : 0;
        String eta = "?";
        if (done >= MIN_FILES_FOR_ETA && now - start >= MIN_NANOS_FOR_ETA && workRate > 0) {
            long left = Math.max(0, total - done);
            long s = Math.round(left * ((double) work / done) / workRate);
            eta = s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format("%d:%02d", s / 60, s % 60);
        }
        double pageRate = windowSeconds > 0 ? (pages - oldest[3]) / windowSeconds : 0;
        return String.format("%d/%d files  %d pages (%d OCR)  %.1f files/s  %.1f pages/s  ETA %s  %d parsed  %d failed",
                done, total, pages, ocrPages, rate, pageRate, eta, parsed, failures);
    }

    void finish() {
        err.print("\r" + " ".repeat(100) + "\r");
        err.flush();
    }
}
