package org.govdoc.serve;

import java.nio.file.Path;
import java.util.List;
import org.govdoc.record.Extraction;

/** {@link SampleIndex} for tests of other packages. */
public final class SampleIndexes {

    /** The index folder and the records the ingest made. */
    public record Built(Path index, List<Extraction> records) {
    }

    private SampleIndexes() {
    }

    public static Built build(Path folder) throws Exception {
        SampleIndex s = SampleIndex.build(folder);
        return new Built(s.index(), s.records());
    }
}
