package org.govdoc.serve;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.ingest.Ingest;
import org.govdoc.ingest.IngestOptions;
import org.govdoc.record.Extraction;

/** An index of the committed sample corpus (corpus/samples), built by the ingest in the test, and its records. */
record SampleIndex(Path index, List<Extraction> records) {

    /** Builds it (for tests of other packages, see {@link SampleIndexes}). */

    static Path samples() {
        Path p = Path.of("../corpus/samples");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("the committed samples are missing at " + p.toAbsolutePath());
        }
        return p;
    }

    static SampleIndex build(Path folder) throws Exception {
        Path index = folder.resolve("index");
        IngestOptions options = IngestOptions.builder(List.of(samples()), folder.resolve("out.jsonl"))
                .isolation(IngestOptions.Isolation.THREAD).threads(2).build();
        List<Extraction> records = new ArrayList<>();
        try (LuceneRecordStore store = LuceneRecordStore.open(index)) {
            new Ingest(options, store, Ingest.parsers(options), new PrintStream(OutputStream.nullOutputStream()), false,
                    List.of(r -> records.add(r.record()))).run();
        }
        return new SampleIndex(index, List.copyOf(records));
    }

    long indicators() {
        return records.stream().mapToLong(r -> r.indicators().size()).sum();
    }
}
