package org.govdoc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `govdoc bench NAME`: benchmarks that report ratios against a baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks; each reports its figures as ratios against a baseline measured in the same run.",
        subcommands = {
            IngestBenchCommand.class,
            PdfBenchCommand.class,
            OcrBenchCommand.class,
            SearchBenchCommand.class,
            AnalyzerBenchCommand.class,
            ServeBenchCommand.class,
        })
public final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code govdoc bench} without a benchmark: the usage on stderr, exit status 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return Main.BAD_ARGUMENTS;
    }
}
