package org.govdoc.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;

/** Runs ingest in this JVM on a folder, with the real Lucene store in a temporary folder. */
final class IngestFixture {

    final Path dir;
    final Path input;
    final Path out;
    final Path index;
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    IngestFixture(Path dir) throws IOException {
        this.dir = dir;
        this.input = Files.createDirectories(dir.resolve("in"));
        this.out = dir.resolve("out/records.jsonl");
        this.index = dir.resolve("out/index");
    }

    Path write(String name, String content) throws IOException {
        Path file = input.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    IngestOptions options() {
        return builder().build();
    }

    IngestOptions.Builder builder() {
        return IngestOptions.builder(List.of(input), out)
                .isolation(IngestOptions.Isolation.THREAD)
                .threads(2)
                .timeLimit(Duration.ofSeconds(2));
    }

    IngestSummary run(IngestOptions options) throws IOException, InterruptedException {
        try (LuceneRecordStore store = LuceneRecordStore.open(index)) {
            return new Ingest(options, store, ScriptedReader.parsers(options),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false).run();
        }
    }

    /** Runs ingest as a build with this rules version would ({@link org.govdoc.extract.ExtractorVersion#RULES}). */
    IngestSummary runWithRules(int rulesVersion) throws IOException, InterruptedException {
        IngestOptions options = options();
        try (LuceneRecordStore store = LuceneRecordStore.open(index, rulesVersion)) {
            return new Ingest(options, store, ScriptedReader.parsers(options),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false).run();
        }
    }

    IngestSummary run() throws IOException, InterruptedException {
        return run(options());
    }

    /**
     * The JSONL's records in walk order (the JSONL itself is in the order records were ready, which
     * with two parser threads varies from run to run).
     */
    List<Extraction> records() throws IOException {
        ObjectMapper json = RecordJson.mapper();
        List<Extraction> records = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            records.add(json.readValue(line, Extraction.class));
        }
        records.sort(Comparator.comparing(r -> r.source().path(), IngestFixture::walkOrder));
        return records;
    }

    /** The JSONL's lines in walk order. */
    List<String> lines() throws IOException {
        ObjectMapper json = RecordJson.mapper();
        List<String> lines = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
        lines.sort(Comparator.comparing(line -> {
            try {
                return json.readValue(line, Extraction.class).source().path();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, IngestFixture::walkOrder));
        return lines;
    }

    /**
     * The order of the walk ({@link FileTree}): names compared folder by folder; entries of one archive
     * by their whole entry name.
     */
    static int walkOrder(String a, String b) {
        String[] fa = a.split("!/", 2);
        String[] fb = b.split("!/", 2);
        String[] na = fa[0].split("/");
        String[] nb = fb[0].split("/");
        for (int i = 0; i < Math.min(na.length, nb.length); i++) {
            int c = na[i].compareTo(nb[i]);
            if (c != 0) {
                return c;
            }
        }
        if (na.length != nb.length) {
            return Integer.compare(na.length, nb.length);
        }
        return (fa.length > 1 ? fa[1] : "").compareTo(fb.length > 1 ? fb[1] : "");
    }

    Extraction record(String fileName) throws IOException {
        return records().stream().filter(r -> r.source().fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no record for " + fileName));
    }
}
