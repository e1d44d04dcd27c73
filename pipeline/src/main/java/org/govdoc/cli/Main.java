package org.govdoc.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The govdoc command line: results on stdout, progress and diagnostics on stderr. Exit status: 0 done,
 * 1 nothing found (search, compare) or a failed check (eval --min-f1), 2 bad arguments (one line on stderr
 * saying which), 3 an output cannot be written.
 */
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
public final class Main implements java.util.concurrent.Callable<Integer> {

    /** Exit status of bad arguments. */
    static final int BAD_ARGUMENTS = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return commandLine(Terminal.detect(Terminal.ColorMode.AUTO)).execute(args);
    }

    /** The command line with its converters, its one-line errors and help colours for this terminal. */
    static CommandLine commandLine(Terminal terminal) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.registerConverter(LocalDate.class, Arguments::date);
        cmd.registerConverter(BigDecimal.class, Arguments::number);
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(
                terminal.color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cmd.setParameterExceptionHandler(Main::badArguments);
        cmd.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                return badArguments(new CommandLine.ParameterException(command, e.getMessage(), e), parsed.originalArgs()
                        .toArray(String[]::new));
            }
            throw e;
        });
        return cmd;
    }

    /** One line on stderr naming the command and what is wrong, and where to read more; exit status 2. */
    static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage() + " (see " + name + " --help)");
        err.flush();
        return BAD_ARGUMENTS;
    }

    /** {@code govdoc} alone: the usage on stderr and exit status 2, as for any missing argument. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return BAD_ARGUMENTS;
    }
}
