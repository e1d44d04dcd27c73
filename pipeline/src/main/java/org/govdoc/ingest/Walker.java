package org.govdoc.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.index.FileRegistry.IndexedFile;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.govdoc.record.Extraction;
import org.govdoc.record.Source;

/**
 * Decides, file by file in walk order, what ingest does: skip a path whose size and mtime are
 * unchanged (without hashing), fold bytes already indexed or already in this run into their record,
 * fail too large files without parsing, expand ZIP archives into entries (refusing ZIP bombs), and
 * send the rest to the parsers. A file whose record was made by another version of the extraction
 * (an older build: {@link org.govdoc.index.RecordStore#containsCurrentRecord}) counts as not indexed: it
 * is read again, whatever its stamp.
 */
final class Walker {

    private static final long RATIO_FLOOR = 1024 * 1024;

    private final IngestOptions options;
    private final LockedStore store;
    private final Set<String> inRun;
    private final Sink sink;
    private final Path scratch;
    private final FileTree tree;
    private final SeenPaths seen;

    final AtomicLong files = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    final AtomicLong sameBytes = new AtomicLong();
    private long emitted;

    /** Where the walker's decisions go. */
    interface Sink {
        void parse(Job job) throws InterruptedException;

        void outcome(Outcome outcome) throws InterruptedException;
    }

    /** @param tree the tree being walked: it lists archive entries without those excluded by name */
    Walker(IngestOptions options, LockedStore store, Set<String> inRun, Sink sink, Path scratch, FileTree tree,
           SeenPaths seen) {
        this.tree = tree;
        this.seen = seen;
        this.options = options;
        this.store = store;
        this.inRun = inRun;
        this.sink = sink;
        this.scratch = scratch;
    }

    /** Outcomes sent so far (each job yields one outcome later). */
    long emitted() {
        return emitted;
    }

    void file(Path file) throws InterruptedException {
        String path = RecordPaths.of(file);
        try {
            if (ZipArchives.isArchive(file)) {
                archive(file, path);
                return;
            }
            files.incrementAndGet();
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                unreadable(path, fileName(file), RecordWriter.UNKNOWN_STAMP, "cannot read the file: " + e);
                return;
            }
            FileStamp stamp = new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis());
            Optional<IndexedFile> known = store.lookupPath(path);
            if (upToDate(known, stamp)) {
                unchanged(path, fileName(file), known.get());
                return;
            }
            String sha;
            try {
                sha = Hashing.sha256(file);
            } catch (IOException e) {
                unreadable(path, fileName(file), stamp, "cannot read the file: " + e);
                return;
            }
            ParseRequest request = new ParseRequest(file.toString(), path, fileName(file), attributes.size(), sha,
                    options.noText(), options.recordLimits());
            submit(request, stamp, () -> file, false);
        } catch (IOException e) { // the store failed: not this file's fault
            throw new StoreFailure(e);
        }
    }

    /** A path the walk met but cannot read or list: one failed record ({@code io_error}) for it. */
    void unreadablePath(Path path, String reason) throws InterruptedException {
        files.incrementAndGet();
        try {
            unreadable(RecordPaths.of(path), fileName(path), RecordWriter.UNKNOWN_STAMP, reason);
        } catch (IOException e) {
            throw new StoreFailure(e);
        }
    }

    /** This walker as the visitor of a {@link FileTree} walk. */
    FileTree.FileVisitor visitor() {
        return new FileTree.FileVisitor() {
            @Override
            public void visit(Path file) throws InterruptedException {
                file(file);
            }

            @Override
            public void unreadable(Path path, String reason) throws InterruptedException {
                unreadablePath(path, reason);
            }
        };
    }

    /** Sends a request to the parsers, or its record straight to the writer when no parse is needed. */
    private void submit(ParseRequest request, FileStamp stamp, BytesAt bytes, boolean temporary)
            throws IOException, InterruptedException {
        if (!claim(request.path(), request.fileName(), request.sha256(), stamp)) {
            return;
        }
        if (request.sizeBytes() > options.maxSizeBytes()) {
            send(new Outcome.Parsed(ParseTask.failed(request, null, ErrorCode.TOO_LARGE,
                    "the file has " + request.sizeBytes() + " bytes, more than the limit of "
                            + options.maxSizeBytes() + " (--max-size)"), stamp));
            return;
        }
        Path file;
        try {
            file = bytes.get();
        } catch (IOException e) {
            send(new Outcome.Parsed(ParseTask.failed(request, null, ErrorCode.IO_ERROR,
                    "cannot read the bytes: " + e.getMessage()), stamp));
            return;
        }
        ParseRequest onDisk = request.at(file.toString());
        emitted++;
        sink.parse(new Job(onDisk, stamp, temporary ? file : null));
    }

    /**
     * Claims these bytes for this path: true when they are to be read. False when they are already
     * being read in this run, or already indexed (unless --force): the path is then sent as one more
     * path of that record.
     */
    private boolean claim(String path, String fileName, String sha, FileStamp stamp)
            throws IOException, InterruptedException {
        seen.add(path);
        if (inRun.add(sha)) {
            if (options.force() || !store.containsCurrentRecord(sha)) {
                return true;
            }
            inRun.remove(sha); // the store holds them and answers for them
        }
        sameBytes.incrementAndGet();
        send(new Outcome.SameBytes(path, fileName, sha, stamp));
        return false;
    }

    /** A path skipped as unchanged: its line comes from the store. */
    private void unchanged(String path, String fileName, IndexedFile known) throws InterruptedException {
        seen.add(path);
        unchanged.incrementAndGet();
        send(new Outcome.Unchanged(path, fileName, known.sha256(), known.stamp()));
    }

    /**
     * True when the path may be skipped unread: not --force, indexed with this stamp, and its record
     * made by this build's extraction (a record of an older version is read again).
     */
    private boolean upToDate(Optional<IndexedFile> known, FileStamp stamp) throws IOException {
        return !options.force() && known.isPresent() && known.get().stamp().equals(stamp)
                && store.containsCurrentRecord(known.get().sha256());
    }

    private void send(Outcome outcome) throws InterruptedException {
        emitted++;
        sink.outcome(outcome);
    }

    private void unreadable(String path, String fileName, FileStamp stamp, String message)
            throws IOException, InterruptedException {
        String id = Hashing.ofUnreadable(path);
        Extraction record = Extraction.failed(new Source(path, fileName, null, Math.max(0, stamp.sizeBytes()),
                null, id, null), ErrorInfo.of(ErrorCode.IO_ERROR, message));
        if (claim(path, fileName, id, stamp)) {
            send(new Outcome.Parsed(record, stamp));
        }
    }

    // --- ZIP archives ---------------------------------------------------------------------------

    private void archive(Path file, String path) throws IOException, InterruptedException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            files.incrementAndGet();
            unreadable(path, fileName(file), RecordWriter.UNKNOWN_STAMP, "cannot read the archive: " + e);
            return;
        }
        FileStamp stamp = new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        Optional<IndexedFile> known = store.lookupPath(path); // only a refused archive has a record of its own
        if (upToDate(known, stamp)) {
            files.incrementAndGet();
            unchanged(path, fileName(file), known.get());
            return;
        }
        IngestOptions.ZipLimits limits = options.zipLimits();
        List<EntryPlan> plans = new ArrayList<>();
        try (ZipFile zip = ZipArchives.open(file)) {
            List<ZipEntry> entries = tree.entries(zip);
            if (entries.size() > limits.maxEntries()) {
                refuse(file, path, stamp, known, ErrorCode.TOO_LARGE, "the archive was refused as a possible ZIP bomb: "
                        + entries.size() + " entries, more than the limit of " + limits.maxEntries());
                return;
            }
            long total = 0;
            for (ZipEntry entry : entries) {
                EntryPlan plan = check(zip, entry, path, known.isPresent());
                if (plan.refusal != null) {
                    refuse(file, path, stamp, known, ErrorCode.TOO_LARGE, plan.refusal);
                    return;
                }
                total += plan.size;
                if (total > limits.maxTotalBytes()) {
                    refuse(file, path, stamp, known, ErrorCode.TOO_LARGE, "the archive was refused as a possible ZIP bomb: "
                            + "its entries inflate to more than " + limits.maxTotalBytes() + " bytes");
                    return;
                }
                plans.add(plan);
            }
            if (known.isPresent()) {
                send(new Outcome.Removed(path));
            }
            for (EntryPlan plan : plans) {
                files.incrementAndGet();
                entry(zip, plan);
            }
        } catch (IOException e) {
            refuse(file, path, stamp, known, ErrorCode.CORRUPT, "cannot open the ZIP archive: " + e.getMessage());
        }
    }

    /** What pass one learnt of an entry: skip it, its failure, or its size and hash. */
    private static final class EntryPlan {
        ZipEntry entry;
        String path;
        FileStamp stamp;
        boolean unchanged;
        IndexedFile known;
        long size;
        String sha;
        ErrorInfo failure;
        String refusal;
    }

    /** Pass one: inflates the entry without keeping it, counting and hashing its bytes. */
    private EntryPlan check(ZipFile zip, ZipEntry entry, String archivePath, boolean wasRefused) throws IOException {
        EntryPlan plan = new EntryPlan();
        plan.entry = entry;
        plan.path = ZipArchives.entryPath(archivePath, entry);
        plan.stamp = new FileStamp(entry.getSize(), entry.getTime());
        Optional<IndexedFile> known = store.lookupPath(plan.path);
        if (!wasRefused && entry.getSize() >= 0 && upToDate(known, plan.stamp)) {
            plan.unchanged = true;
            plan.known = known.get();
            return plan;
        }
        IngestOptions.ZipLimits limits = options.zipLimits();
        long compressed = Math.max(1, entry.getCompressedSize());
        MessageDigest digest = Hashing.sha256();
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        long n = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int r;
            while ((r = in.read(buffer)) > 0) {
                n += r;
                digest.update(buffer, 0, r);
                crc.update(buffer, 0, r);
                if (n > RATIO_FLOOR && n / compressed > limits.maxRatio()) {
                    plan.refusal = "the archive was refused as a possible ZIP bomb: " + entry.getName()
                            + " inflates more than " + limits.maxRatio() + " times";
                    return plan;
                }
                if (n > limits.maxTotalBytes()) {
                    plan.refusal = "the archive was refused as a possible ZIP bomb: " + entry.getName()
                            + " inflates to more than " + limits.maxTotalBytes() + " bytes";
                    return plan;
                }
            }
            if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                plan.failure = ErrorInfo.of(ErrorCode.CORRUPT, "the archive entry is damaged: its checksum does not match");
            }
        } catch (ZipException e) {
            String message = String.valueOf(e.getMessage());
            plan.failure = message.toLowerCase().contains("encrypt")
                    ? ErrorInfo.of(ErrorCode.ENCRYPTED, "the archive entry is encrypted")
                    : ErrorInfo.of(ErrorCode.CORRUPT, "the archive entry is damaged: " + message);
        } catch (IOException e) {
            plan.failure = ErrorInfo.of(ErrorCode.IO_ERROR, "cannot read the archive entry: " + e.getMessage());
        }
        plan.size = n;
        plan.sha = HexFormat.of().formatHex(digest.digest());
        return plan;
    }

    /** Pass two: an entry's record or job. */
    private void entry(ZipFile zip, EntryPlan plan) throws IOException, InterruptedException {
        String fileName = ZipArchives.entryFileName(plan.entry);
        if (plan.unchanged) {
            unchanged(plan.path, fileName, plan.known);
            return;
        }
        if (plan.failure != null) {
            String id = Hashing.ofUnreadable(plan.path);
            if (claim(plan.path, fileName, id, plan.stamp)) {
                send(new Outcome.Parsed(Extraction.failed(new Source(plan.path, fileName, null,
                        Math.max(0, plan.entry.getSize()), null, id, null), plan.failure), plan.stamp));
            }
            return;
        }
        ParseRequest request = new ParseRequest(null, plan.path, fileName, plan.size, plan.sha, options.noText(),
                options.recordLimits());
        submit(request, plan.stamp, () -> extract(zip, plan), true);
    }

    private Path extract(ZipFile zip, EntryPlan plan) throws IOException {
        String name = ZipArchives.entryFileName(plan.entry);
        String suffix = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        if (!suffix.matches("\\.[A-Za-z0-9]{1,8}")) {
            suffix = "";
        }
        Path target = Files.createTempFile(scratch, "entry-", suffix);
        try (InputStream in = zip.getInputStream(plan.entry); OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return target;
    }

    private void refuse(Path file, String path, FileStamp stamp, Optional<IndexedFile> known, ErrorCode code,
                        String message) throws IOException, InterruptedException {
        files.incrementAndGet();
        String sha;
        try {
            sha = Hashing.sha256(file);
        } catch (IOException e) {
            unreadable(path, fileName(file), stamp, "cannot read the archive: " + e);
            return;
        }
        if (claim(path, fileName(file), sha, stamp)) {
            send(new Outcome.Parsed(Extraction.failed(new Source(path, fileName(file), "application/zip",
                    stamp.sizeBytes(), null, sha, null), ErrorInfo.of(code, message)), stamp));
        }
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    @FunctionalInterface
    private interface BytesAt {
        Path get() throws IOException;
    }

    /** The store failed while the walker asked it something: the run cannot go on. */
    static final class StoreFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreFailure(IOException cause) {
            super(cause);
        }
    }
}
