package org.govdoc.ingest;

import org.govdoc.cli.IngestCommand;
import picocli.CommandLine;

/**
 * {@code govdoc ingest} with the {@link ScriptedReader}: the real command line (same options, same
 * exit codes), launched by tests as a process of its own. Arguments as after {@code govdoc ingest}.
 */
public final class ScriptedIngestMain {

    private ScriptedIngestMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestCommand(ScriptedReader::parsers)).execute(args));
    }
}
