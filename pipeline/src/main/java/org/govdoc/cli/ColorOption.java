package org.govdoc.cli;

import picocli.CommandLine.Option;

/** {@code --color auto|never|always}: bold matched words on a terminal (auto), never, or always. */
final class ColorOption {

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Mark matched words in bold: auto (on a terminal, unless NO_COLOR is set), never, always"
                    + " (default: ${DEFAULT-VALUE}); without bold they stand between 【 】")
    String color;

    Terminal terminal() {
        return Terminal.detect(Terminal.ColorMode.parse(color));
    }
}
