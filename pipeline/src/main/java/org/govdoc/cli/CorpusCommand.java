package org.govdoc.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
            description = {"formats to spread documents over (default: ${DEFAULT-VALUE}); doc needs LibreOffice.",
                    "FORMAT:W weighs a format, e.g. docx:4,pdf:4,doc:1,xlsx:1 for an archive-like mix (unweighted: 1)"})
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
        Map<OutputFormat, Integer> weights = new LinkedHashMap<>();
        for (String f : formats) {
            OutputFormat format;
            int weight;
            try {
                int colon = f.indexOf(':');
                format = OutputFormat.of(colon < 0 ? f : f.substring(0, colon));
                weight = colon < 0 ? 1 : weight(f.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                err.println("corpus: " + e.getMessage());
                return 2;
            }
            if (!writers.containsKey(format)) {
                err.println("corpus: skipping format " + format.id() + ": "
                        + (format == OutputFormat.DOC ? "LibreOffice (soffice) is not installed" : "no writer in this build"));
            } else {
                weights.merge(format, weight, Integer::sum);
            }
        }
        // a format of weight w is drawn w times as often: it stands w times in the list drawn from
        List<OutputFormat> chosen = new ArrayList<>();
        weights.forEach((format, w) -> chosen.addAll(Collections.nCopies(w, format)));
        if (chosen.isEmpty()) {
            err.println("corpus: no format left to write");
            return 2;
        }
        CorpusGenerator generator = new CorpusGenerator(new DocumentFactory(seed), chosen, writers, cycleFormats);
        CorpusGenerator.Summary s = generator.generate(count, out, err, Terminal.isTerminal(2));
        StringBuilder per = new StringBuilder();
        s.perFormat().forEach((f, n) -> per.append(per.length() == 0 ? "" : ", ").append(f.id()).append(' ').append(n));
        err.printf("corpus: %d documents written to %s in %.1f s (%s)%s%n", s.documents(), out, s.millis() / 1000.0,
                per, s.failed() > 0 ? "; " + s.failed() + " failed" : "");
        return s.failed() > 0 ? 1 : 0;
    }

    private static int weight(String text) {
        try {
            int w = Integer.parseInt(text.trim());
            if (w >= 1 && w <= 100) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("a format's weight must be a whole number from 1 to 100, not '" + text + "'");
    }
}
