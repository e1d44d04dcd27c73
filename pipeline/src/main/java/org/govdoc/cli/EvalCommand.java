package org.govdoc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.govdoc.eval.EvalReport;
import org.govdoc.eval.Evaluation;
import org.govdoc.extract.FieldGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govdoc eval}: precision, recall and F1 of an ingest output against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the JSON Lines written by ingest against <name>.gold.json files.",
            "Precision, recall and F1 per field group (metadata, funding, indicators, tasks, deadlines, units,"
                    + " proposal, warnings) and per document.",
                "Exit status 1 when a group's F1 is below --min-f1."})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--records", paramLabel = "FILE.jsonl", description = "the records to score: the JSON Lines ingest wrote")
    Path records;

    /** The old name of --records (it named ingest's output, not eval's), kept for scripts. */
    @Option(names = "--out", hidden = true)
    Path recordsOldName;

    @Option(names = "--gold", required = true, split = ",", description = "folder(s) of <name>.gold.json files")
    List<Path> gold;

    @Option(names = "--json", description = "print one JSON object instead of the table")
    boolean json;

    @Option(names = "--min-f1", description = "fail (exit 1) when any group's F1 is below this")
    Double minF1;

    @Option(names = "--ext", description = "score only output records of files with this extension (e.g. pdf)")
    String ext;

    @Option(names = "--no-mismatches", description = "leave the per-document mismatch lines out of the table")
    boolean noMismatches;

    @Override
    public Integer call() throws IOException {
        Path output = records != null ? records : recordsOldName;
        if (output == null) {
            throw new IllegalArgumentException("--records FILE.jsonl is required (the JSON Lines ingest wrote)");
        }
        if (!Files.isRegularFile(output)) {
            System.err.println("eval: no such file: " + output);
            return 2;
        }
        for (Path g : gold) {
            if (!Files.isDirectory(g)) {
                System.err.println("eval: no such folder: " + g);
                return 2;
            }
        }
        Map<String, JsonNode> goldDocs = Evaluation.loadGold(gold);
        if (goldDocs.isEmpty()) {
            System.err.println("eval: no *.gold.json files in " + gold);
            return 2;
        }
        Map<String, JsonNode> out = Evaluation.loadOutput(output, goldDocs.keySet(), ext, System.err);
        if (ext != null) {
            goldDocs.keySet().retainAll(out.keySet());
            if (goldDocs.isEmpty()) {
                System.err.println("eval: no ." + ext + " file of a gold document in " + output);
                return 2;
            }
        }
        Evaluation.Result r = Evaluation.run(goldDocs, out);
        if (json) {
            System.out.println(EvalReport.json(r));
        } else {
            EvalReport.print(r, System.out, !noMismatches);
        }
        if (minF1 != null) {
            List<FieldGroup> low = EvalReport.below(r.total(), minF1);
            if (!low.isEmpty()) {
                System.err.println("eval: F1 below " + minF1 + " in: "
                        + low.stream().map(FieldGroup::id).collect(Collectors.joining(", ")));
                return 1;
            }
        }
        return 0;
    }
}
