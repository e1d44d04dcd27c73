package org.govdoc.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govdoc.record.Extraction;

/**
 * A {@link RecordSink} for the tests: each partition writes the paths of its records to a file of
 * its own in the folder of the setting {@code dir}. Found by the job through
 * {@code META-INF/services}, as the SolrCloud sink is.
 */
public final class FolderSinkProvider implements RecordSinkProvider {

    @Override
    public String name() {
        return "folder";
    }

    @Override
    public RecordSink open(Map<String, String> settings) throws IOException {
        Path file = Files.createTempFile(Path.of(settings.get("dir")), "partition-", ".txt");
        List<String> lines = new ArrayList<>();
        return new RecordSink() {
            @Override
            public void add(Extraction record) {
                lines.add(record.id() + "\t" + record.source().path());
            }

            @Override
            public void close() throws IOException {
                Files.write(file, lines, StandardCharsets.UTF_8);
            }
        };
    }
}
