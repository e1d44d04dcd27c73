package org.govdoc.ingest;

import java.io.PrintStream;

/** The result lines on stdout as a {@link RecordSink}: one {@link ResultLine} per record, printed at once. */
public final class ResultLines implements RecordSink {

    private final PrintStream out;

    public ResultLines(PrintStream out) {
        this.out = out;
    }

    @Override
    public void accept(IngestedRecord r) {
        out.println(ResultLine.of(r.record()));
    }

    @Override
    public void flush() {
        out.flush();
    }
}
