package org.govdoc.ingest;

import java.io.IOException;

/** A worker JVM's main class that serves the {@link ScriptedReader} (launched by tests as a process). */
public final class ScriptedParseWorker {

    private ScriptedParseWorker() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        ParseWorker.serve(new ScriptedReader());
    }
}
