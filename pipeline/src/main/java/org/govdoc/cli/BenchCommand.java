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
        })
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
