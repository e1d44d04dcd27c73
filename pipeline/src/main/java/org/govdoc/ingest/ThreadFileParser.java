package org.govdoc.ingest;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.Extraction;

/**
 * Parses in this JVM, each file on a fresh daemon thread that the caller waits for within the time
 * limit. A parser past its limit is interrupted and abandoned: the batch goes on, but a parser that
 * ignores interrupts keeps its thread (and its memory) until it returns. See docs/ingest.md for why
 * worker processes are the default.
 */
public final class ThreadFileParser implements FileParser {

    private static final AtomicLong THREADS = new AtomicLong();

    private final ParseTask task;

    public ThreadFileParser(ParseTask task) {
        this.task = task;
    }

    @Override
    public Extraction parse(ParseRequest request, Duration timeLimit) {
        FutureTask<Extraction> future = new FutureTask<>(() -> task.run(request));
        Thread thread = new Thread(future, "govdoc-parse-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        try {
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            return ParseTask.failed(request, null, ErrorCode.TIMEOUT, Timeouts.message(timeLimit));
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            return ParseTask.failed(request, null, ErrorCode.INTERNAL, "ingest was interrupted");
        } catch (ExecutionException e) {
            return ParseTask.failed(request, null, ErrorCode.INTERNAL, "reading this file failed: " + e.getCause());
        }
    }

    @Override
    public void close() {
    }
}
