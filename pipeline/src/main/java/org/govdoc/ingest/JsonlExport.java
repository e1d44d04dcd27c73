package org.govdoc.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.govdoc.index.RecordStore.IndexedFile;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.govdoc.record.Extraction;
import org.govdoc.record.Source;

/**
 * Writes the JSONL of a run from the index, after its last commit: the inputs walked again in the
 * same order, one line per input file. Bytes held under several paths are one record in the index but
 * a line per path: each line carries the record with that path as {@code source.path} and the
 * record's other paths (its first path included) as {@code source.otherPaths}. Written
 * to a temporary file and moved over the old one, so a killed run leaves the previous JSONL whole,
 * and the JSONL always holds exactly the records the index holds for these inputs.
 */
final class JsonlExport {

    private final LockedStore store;
    private final FileTree tree;
    private final ObjectMapper json;
    /** Told of every line written, in order (the CLI prints a result line per file). */
    private final Consumer<Extraction> eachLine;

    /** Lines written: one per input file. */
    long records;
    /** Distinct records among the lines (lines whose bytes are shared count once). */
    long distinct;
    /** Lines whose record also holds other paths (the same bytes under another path). */
    long shared;
    long ok;
    final SortedMap<String, Long> failed = new TreeMap<>();
    final SortedMap<String, Long> docTypes = new TreeMap<>();
    final SortedMap<String, Long> districts = new TreeMap<>();
    /** Ids of records with several paths met so far (only those need remembering). */
    private final Set<String> sharedSeen = new HashSet<>();

    JsonlExport(LockedStore store, FileTree tree, ObjectMapper json, Consumer<Extraction> eachLine) {
        this.store = store;
        this.tree = tree;
        this.json = json;
        this.eachLine = eachLine;
    }

    /** The temporary file the JSONL is written to before it replaces {@code out}. */
    static Path temporary(Path out) {
        return out.resolveSibling(out.getFileName() + ".tmp");
    }

    void export(List<Path> roots, Path out) throws IOException, InterruptedException {
        Path tmp = temporary(out);
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
            try {
                tree.forEachFile(roots, file -> {
                    try {
                        file(file, writer);
                    } catch (IOException e) {
                        throw new ExportFailure(e);
                    }
                });
            } catch (ExportFailure e) {
                throw (IOException) e.getCause();
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void file(Path file, Writer writer) throws IOException {
        String path = RecordPaths.of(file);
        Optional<IndexedFile> known = store.lookupPath(path);
        if (known.isEmpty() && ZipArchives.isArchive(file)) {
            try (ZipFile zip = ZipArchives.open(file)) {
                for (ZipEntry entry : tree.entries(zip)) {
                    String entryPath = ZipArchives.entryPath(path, entry);
                    write(entryPath, ZipArchives.entryFileName(entry), store.lookupPath(entryPath), writer);
                }
                return;
            } catch (IOException e) {
                // a damaged archive has a record of its own, under its path
            }
        }
        write(path, file.getFileName().toString(), known, writer);
    }

    private void write(String path, String fileName, Optional<IndexedFile> known, Writer writer)
            throws IOException {
        Optional<Extraction> record = known.isPresent() ? store.record(known.get().sha256()) : Optional.empty();
        Extraction r = record.orElseGet(() -> Extraction.failed(new Source(path, fileName, null, 0, null,
                Hashing.ofUnreadable(path), null), ErrorInfo.of(ErrorCode.INTERNAL, "the file is not in the index")));
        if (r.source().otherPaths().isEmpty()) {
            distinct++;
        } else {
            shared++;
            if (sharedSeen.add(r.id())) {
                distinct++;
            }
            r = atPath(r, path, fileName);
        }
        writer.write(json.writeValueAsString(r));
        writer.write('\n');
        count(r);
        eachLine.accept(r);
    }

    /**
     * The record as the line of one of its paths: {@code path} becomes {@code source.path}, the
     * record's other paths (its first one included, in their order) {@code source.otherPaths}.
     */
    static Extraction atPath(Extraction r, String path, String fileName) {
        Source s = r.source();
        if (s.path().equals(path)) {
            return r;
        }
        List<String> others = new ArrayList<>(s.otherPaths().size() + 1);
        others.add(s.path());
        for (String other : s.otherPaths()) {
            if (!other.equals(path)) {
                others.add(other);
            }
        }
        return r.withSource(new Source(path, fileName, s.mediaType(), s.sizeBytes(), s.pageCount(), s.sha256(),
                others), r.text());
    }

    private void count(Extraction r) {
        records++;
        if (r.ok()) {
            ok++;
        } else {
            failed.merge(r.error() == null ? "unknown" : r.error().code(), 1L, Long::sum);
        }
        if (r.docType() != null) {
            docTypes.merge(r.docType().json(), 1L, Long::sum);
        }
        if (r.region() != null && r.region().district() != null) {
            districts.merge(r.region().district(), 1L, Long::sum);
        }
    }

    private static final class ExportFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExportFailure(IOException cause) {
            super(cause);
        }
    }
}
