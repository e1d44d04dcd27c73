package org.govdoc.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.govdoc.record.RecordJson;

/**
 * Scores an ingest output (JSON Lines) against a folder of {@code <stem>.gold.json} files: each
 * record is matched to its gold by the stem of {@code source.fileName}; documents in the gold but
 * not in the output (or failed) count as all wrong. Totals are summed over documents.
 */
public final class Evaluation {

    private static final String GOLD_SUFFIX = ".gold.json";
    /**
     * Fields of a record no group reads, dropped on loading to keep memory small: the text, and
     * the record's deadline list (the deadlines group scores the deadlines of tasks).
     */
    private static final List<String> UNSCORED = List.of("text", "deadlines");

    /** The scores of every gold document and their sum. */
    public record Result(List<DocumentScorer.DocScore> documents, Tally total, int missing) {
    }

    private Evaluation() {
    }

    /** The gold files of the given folders, by NFKC stem, sorted. */
    public static Map<String, JsonNode> loadGold(List<Path> dirs) throws IOException {
        ObjectMapper m = RecordJson.mapper();
        Map<String, JsonNode> gold = new TreeMap<>();
        for (Path dir : dirs) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + GOLD_SUFFIX)) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    String stem = nfkc(name.substring(0, name.length() - GOLD_SUFFIX.length()));
                    try {
                        gold.put(stem, m.readTree(f.toFile()));
                    } catch (JsonProcessingException e) {
                        throw new IOException(f + ": not a JSON gold file: " + e.getOriginalMessage(), e);
                    }
                }
            }
        }
        return gold;
    }

    /** The stem a file name is matched by: extensions dropped until a known stem remains. */
    public static String stemOf(String fileName, Set<String> known) {
        String[] parts = fileName.strip().split("[\\\\/]");
        String base = nfkc(parts[parts.length - 1]);
        while (!known.contains(base) && base.contains(".")) {
            base = base.substring(0, base.lastIndexOf('.'));
        }
        return base;
    }

    /**
     * The output records by stem; a failed record is kept as null unless an ok one of the same
     * stem exists. Lines that are not JSON are reported on {@code err} and skipped, and so are
     * records of {@code *.gold.json} files (an ingest of a corpus folder may have read them).
     *
     * @param ext keep only records of files with this extension, or null for all
     */
    public static Map<String, JsonNode> loadOutput(Path jsonl, Set<String> known, String ext, PrintStream err)
            throws IOException {
        ObjectMapper m = RecordJson.mapper();
        Map<String, JsonNode> recs = new HashMap<>();
        String suffix = ext == null ? null : "." + ext.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode rec;
                try {
                    rec = m.readTree(line);
                } catch (JsonProcessingException e) {
                    err.println("eval: warning: " + jsonl + ":" + n + ": not JSON, skipped");
                    continue;
                }
                JsonNode name = rec.isObject() ? DocumentScorer.at(rec, "source.fileName") : null;
                if (name == null || !name.isTextual()) {
                    continue;
                }
                String lower = name.asText().toLowerCase(Locale.ROOT);
                if (lower.endsWith(GOLD_SUFFIX) || (suffix != null && !lower.endsWith(suffix))) {
                    continue; // a record of a gold file read as a document is not an answer
                }
                String stem = stemOf(name.asText(), known);
                if (!known.contains(stem)) {
                    continue; // no gold for it: not scored, not kept
                }
                ((ObjectNode) rec).remove(UNSCORED); // the plain text is the bulk of a record
                if (recs.get(stem) == null) {
                    recs.put(stem, "failed".equals(rec.path("status").asText()) ? null : rec);
                }
            }
        }
        return recs;
    }

    /** Scores every gold document. */
    public static Result run(Map<String, JsonNode> gold, Map<String, JsonNode> out) {
        List<DocumentScorer.DocScore> docs = new ArrayList<>();
        Tally total = new Tally();
        int missing = 0;
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            JsonNode o = out.get(e.getKey());
            if (o == null) {
                missing++;
            }
            DocumentScorer.DocScore s = DocumentScorer.score(e.getKey(), e.getValue(), o);
            total.addAll(s.tally());
            docs.add(s);
        }
        return new Result(docs, total, missing);
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
