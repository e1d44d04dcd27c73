package org.govdoc.spark;

import java.util.List;
import org.apache.spark.sql.api.java.UDF1;
import org.govdoc.ingest.NameFilter;

/**
 * Whether a listed file is kept: its name matches none of the exclude globs ({@link NameFilter},
 * as {@code govdoc ingest --exclude}). A column function of the {@code path} column only, so the
 * filter does not make Spark read the files' bytes.
 */
final class KeptByName implements UDF1<String, Boolean> {

    private static final long serialVersionUID = 1L;

    private final List<String> globs;
    private transient NameFilter filter;

    KeptByName(List<String> globs) {
        this.globs = List.copyOf(globs);
    }

    @Override
    public Boolean call(String sparkPath) {
        if (filter == null) {
            filter = new NameFilter(globs);
        }
        return !filter.excludes(SourcePaths.fileName(sparkPath));
    }
}
