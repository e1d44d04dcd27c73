package org.govdoc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The govdoc command line: results on stdout, progress and diagnostics on stderr. */
@Command(name = "govdoc", mixinStandardHelpOptions = true, version = "govdoc 0.1.0",
        description = "Turns Chinese local-government files into structured, searchable data.",
        subcommands = {
            CommandLine.HelpCommand.class,
            IngestCommand.class,
            BenchCommand.class,
            CorpusCommand.class,
            EvalCommand.class,
            SearchCommand.class,
            CompareCommand.class,
            RemoveCommand.class,
            ServeCommand.class,
            ExportCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
