package org.govdoc.spark;

import java.net.URI;
import java.nio.file.Path;
import org.govdoc.ingest.RecordPaths;

/**
 * The path a record carries for a file Spark listed: a local file ({@code file:} URI) as
 * {@code govdoc ingest} writes it (the file-system path, escaped by {@link RecordPaths}), so the
 * records of the two are the same; a file of another file system (HDFS, S3) as its URI.
 */
final class SourcePaths {

    private SourcePaths() {
    }

    /** @param sparkPath the {@code path} column of Spark's {@code binaryFile} source */
    static String recordPath(String sparkPath) {
        URI uri = new org.apache.hadoop.fs.Path(sparkPath).toUri();
        if ("file".equals(uri.getScheme())) {
            return RecordPaths.of(Path.of(uri));
        }
        return sparkPath;
    }

    /** The file's name: the last element of its path. */
    static String fileName(String sparkPath) {
        URI uri = new org.apache.hadoop.fs.Path(sparkPath).toUri();
        if ("file".equals(uri.getScheme())) {
            return Path.of(uri).getFileName().toString();
        }
        String p = uri.getPath(); // decoded
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
