package org.govdoc.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govdoc.corpus.gen.CorpusGenerator;
import org.govdoc.corpus.gen.DocumentFactory;
import org.govdoc.corpus.gen.FormatWriter;
import org.govdoc.corpus.gen.FormatWriters;
import org.govdoc.corpus.gen.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govdoc corpus}: writes a synthetic corpus with gold answers. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Writes N synthetic documents (budget declarations, work plans, replies to proposals, notices)"
                + " of districts of Yunnan, each with <name>.gold.json beside it.",
                "Document i is the same for a given seed whatever N; its format is drawn from --formats."})
public final class CorpusCommand implements Callable<Integer> {

    @Option(names = "--count", required = true, description = "number of documents")
    long count;

    @Option(names = "--out", required = true, description = "folder to write to (created if needed)")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--formats", split = ",", defaultValue = "docx,pdf,xlsx,html,txt,txt-gbk,doc",
            description = "formats to spread documents over (default: ${DEFAULT-VALUE}); doc needs LibreOffice")
    List<String> formats;

    @Option(names = "--cycle-formats",
            description = "give document i the (i mod k)-th of the k formats instead of a random one")
    boolean cycleFormats;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (count < 0) {
            err.println("corpus: --count must not be negative");
            return 2;
        }
        Map<OutputFormat, FormatWriter> writers = FormatWriters.available();
        List<OutputFormat> chosen = new ArrayList<>();
        for (String f : formats) {
            OutputFormat format;
            try {
                format = OutputFormat.of(f);
            } catch (IllegalArgumentException e) {
                err.println("corpus: " + e.getMessage());
                return 2;
            }
            if (!writers.containsKey(format)) {
                err.println("corpus: skipping format " + format.id() + ": "
                        + (format == OutputFormat.DOC ? "LibreOffice (soffice) is not installed" : "no writer in this build"));
            } else if (!chosen.contains(format)) {
                chosen.add(format);
            }
        }
        if (chosen.isEmpty()) {
            err.println("corpus: no format left to write");
            return 2;
        }
        CorpusGenerator generator = new CorpusGenerator(new DocumentFactory(seed), chosen, writers, cycleFormats);
        CorpusGenerator.Summary s = generator.generate(count, out, err, System.console() != null);
        StringBuilder per = new StringBuilder();
        s.perFormat().forEach((f, n) -> per.append(per.length() == 0 ? "" : ", ").append(f.id()).append(' ').append(n));
        err.printf("corpus: %d documents written to %s in %.1f s (%s)%s%n", s.documents(), out, s.millis() / 1000.0,
                per, s.failed() > 0 ? "; " + s.failed() + " failed" : "");
        return s.failed() > 0 ? 1 : 0;
    }
}
