package org.govdoc.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.govdoc.ingest.FileParser;
import org.govdoc.ingest.Folders;
import org.govdoc.ingest.Hashing;
import org.govdoc.ingest.ParseRequest;
import org.govdoc.ingest.ParseTask;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;

/**
 * The parse of one partition of files, on an executor: each file's bytes (the {@code content} of
 * Spark's {@code binaryFile} source) are written to the executor's scratch folder under the file's
 * own name, hashed, and read by the executor's worker JVM ({@link ExecutorParser}) as
 * {@code govdoc ingest} reads a file; a file without content (over {@code maxSizeBytes}, never read)
 * gets its {@code too_large} record as in the CLI. One output row per file ({@link RecordRows}).
 * Files are handled one at a time per task; the executor's tasks share the worker.
 */
final class ParseFiles implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final SparkIngestOptions options;

    ParseFiles(SparkIngestOptions options) {
        this.options = options;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) throws IOException {
        FileParser parser = ExecutorParser.of(options);
        ObjectMapper json = RecordJson.mapper();
        Path scratch = Folders.scratch();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = files.hasNext();
                if (!more) {
                    Folders.deleteQuietly(scratch);
                }
                return more;
            }

            @Override
            public Row next() {
                Row file = files.next();
                Extraction record = parse(parser, scratch, file.getString(0), file.getLong(1),
                        file.isNullAt(2) ? null : (byte[]) file.get(2));
                try {
                    return RecordRows.of(record, json.writeValueAsString(record));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private Extraction parse(FileParser parser, Path scratch, String sparkPath, long length, byte[] content) {
        String path = SourcePaths.recordPath(sparkPath);
        String fileName = SourcePaths.fileName(sparkPath);
        if (content == null) {
            ParseRequest request = new ParseRequest(sparkPath, path, fileName, length,
                    Hashing.ofUnreadable(path), options.noText(), options.recordLimits());
            return length > options.maxSizeBytes()
                    ? ParseTask.failed(request, null, ErrorCode.TOO_LARGE, "the file has " + length
                    + " bytes, more than the limit of " + options.maxSizeBytes() + " (--max-size)")
                    : ParseTask.failed(request, null, ErrorCode.IO_ERROR, "cannot read the bytes");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory(scratch, "f");
            Path copy = Files.write(folder.resolve(fileName), content);
            ParseRequest request = new ParseRequest(copy.toString(), path, fileName, content.length,
                    Hashing.sha256(copy), options.noText(), options.recordLimits());
            return parser.parse(request, options.timeLimit());
        } catch (IOException e) { // the executor's scratch disk, not the file
            throw new UncheckedIOException("cannot write " + fileName + " to the scratch folder " + scratch, e);
        } finally {
            if (folder != null) {
                Folders.deleteQuietly(folder);
            }
        }
    }
}
