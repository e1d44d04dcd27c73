package org.govdoc.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.ingest.Ingest;
import org.govdoc.ingest.IngestOptions;
import org.govdoc.ingest.RecordSink;
import org.govdoc.record.Extraction;

/**
 * The upload-and-ingest endpoint's work: keeps an uploaded file (bounded in size) under the upload
 * folder, reads it like any file of {@code govdoc ingest} (parsers in the isolated worker JVM, the
 * same limits) into the index the server searches, and returns its record. One upload at a time; the
 * server holds the index's write lock while it runs with {@code --allow-ingest}.
 */
public final class UploadIngest implements Closeable {

    private final LuceneRecordStore store;
    private final Path uploads;
    private final long maxBytes;
    private final IngestOptions.Isolation isolation;
    private final PrintStream log;

    /**
     * @param maxBytes  larger uploads are refused (413) before they are parsed
     * @param isolation where the parser runs (process in the server; tests may use thread)
     */
    public UploadIngest(Path index, Path uploads, long maxBytes, IngestOptions.Isolation isolation, PrintStream log)
            throws IOException {
        Files.createDirectories(uploads);
        this.store = LuceneRecordStore.open(index);
        this.uploads = uploads.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.isolation = isolation;
        this.log = log;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Stores {@code body} as a file named after {@code name} (its last element, cleaned) and ingests it. */
    public synchronized Extraction ingest(String name, InputStream body) throws IOException, InterruptedException {
        String fileName = safeName(name);
        Path partial = Files.createTempFile(uploads, "upload-", ".part");
        String sha;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest)) {
                copyBounded(body, out);
            }
            sha = HexFormat.of().formatHex(digest.digest());
            Path folder = uploads.resolve(sha.substring(0, 16));
            Files.createDirectories(folder);
            Path file = folder.resolve(fileName);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return read(file);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private Extraction read(Path file) throws IOException, InterruptedException {
        Path jsonl = Files.createTempFile(uploads, "upload-", ".jsonl");
        try {
            IngestOptions options = IngestOptions.builder(List.of(file), jsonl).threads(1).isolation(isolation)
                    .maxSizeBytes(maxBytes).build();
            AtomicReference<Extraction> record = new AtomicReference<>();
            RecordSink keep = r -> record.set(r.record());
            new Ingest(options, store, Ingest.parsers(options), log, false, List.of(keep)).run();
            if (record.get() == null) {
                throw new IOException("the ingest of " + file.getFileName() + " returned no record");
            }
            return record.get();
        } finally {
            Files.deleteIfExists(jsonl);
        }
    }

    private void copyBounded(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                discard(in, maxBytes);
                throw new BadRequest(413, "too_large", "the upload is over the server's limit of " + maxBytes + " bytes");
            }
            out.write(buf, 0, n);
        }
        if (total == 0) {
            throw new BadRequest("empty", "the upload has no bytes; send the file as the request body");
        }
    }

    /**
     * Reads and drops at most {@code limit} more bytes of a refused body, so that a client still
     * sending a body a little over the limit reads the refusal instead of a reset connection; a far
     * larger body is cut off.
     */
    static void discard(InputStream in, long limit) throws IOException {
        byte[] buf = new byte[1 << 16];
        long left = limit;
        for (int n; left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0; ) {
            left -= n;
        }
    }

    /** The name's last element with path separators, control characters and leading dots removed. */
    static String safeName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").replaceAll("^\\.+", "").strip();
        if (n.isEmpty()) {
            throw new BadRequest("bad_parameter", "name: give the file's name, such as 方案.docx");
        }
        return n.length() > 120 ? n.substring(n.length() - 120) : n;
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
