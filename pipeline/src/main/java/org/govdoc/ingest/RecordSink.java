package org.govdoc.ingest;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where an ingest run sends each record it writes: once per input path (file or archive entry), in
 * the order the records are ready (completion order, not walk order), from one thread. The run's
 * own sinks are the index ({@link IndexSink}), the JSONL ({@link JsonlSink}) and, on the command
 * line, the result lines on stdout ({@link ResultLines}); pass more to {@link Ingest} to send the
 * records elsewhere too (a search server, a queue).
 *
 * <p>Contract: {@link #accept} gets every record of the run; {@link #removed} every path whose
 * records the run removed (files gone from a folder ingested again); {@link #flush} is called before
 * each checkpoint of the index and must make everything accepted so far durable (what a sink
 * accepted after the last checkpoint may be sent again when a killed run is resumed: accept must be
 * an idempotent upsert by path); {@link #close} at the end of the run. A sink that throws stops the
 * run (exit status 3), as an unwritable output does.
 */
public interface RecordSink extends Closeable {

    /** A record was made (or found unchanged) for one input path. */
    void accept(IngestedRecord record) throws IOException;

    /** The path (a file, or every file below this folder or inside this archive) is gone. */
    default void removed(String path) throws IOException {
    }

    /** Makes everything accepted so far durable: the index is about to commit a checkpoint. */
    default void flush() throws IOException {
    }

    @Override
    default void close() throws IOException {
    }
}
