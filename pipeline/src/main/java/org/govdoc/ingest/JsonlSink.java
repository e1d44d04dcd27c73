package org.govdoc.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;

/**
 * The JSONL of a run as a {@link RecordSink}: one line per record, appended as records come, so
 * {@code tail -f} follows the run. Its length at each checkpoint is saved with the index's commit
 * ({@link #checkpoint}): after {@code kill -9} the same command cuts the file back to the length of
 * the last checkpoint, whose lines match what the index committed, and goes on from there without
 * writing those paths again ({@link #resumed}). So the resumed JSONL holds every input file once.
 *
 * <p>A path whose line is in the resumed part and that changed before the resumed run read it again
 * gets a new line; at the end ({@link #finish}) the file is rewritten without the old one.
 */
public final class JsonlSink implements RecordSink {

    static final String KEY_FILE = "govdoc.ingest.jsonl";
    static final String KEY_BYTES = "govdoc.ingest.jsonl.bytes";
    static final String KEY_RUN = "govdoc.ingest.run";
    static final String KEY_COMPLETE = "govdoc.ingest.complete";

    private final Path out;
    private final String run;
    private final FileChannel channel;
    private final Writer writer;
    private final ObjectMapper json = RecordJson.mapper();
    /** Paths whose line is in the part of the file kept from a killed run (empty unless resumed). */
    private final Set<String> resumed;
    /** Paths of the resumed part written again (changed since), whose old line {@link #finish} drops. */
    private final Set<String> superseded = new HashSet<>();

    private JsonlSink(Path out, String run, FileChannel channel, Set<String> resumed) {
        this.out = out;
        this.run = run;
        this.channel = channel;
        this.writer = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8), 1 << 16);
        this.resumed = resumed;
    }

    /**
     * Opens the JSONL of a run. When the index's last checkpoint was written by an unfinished run of
     * the same inputs into this file, and the file still holds what that checkpoint counted, the file
     * is cut back to that length and continued; each record of the kept part goes to
     * {@code keptRecords}. Otherwise the file is started anew.
     *
     * @param checkpoint the index's last checkpoint ({@link org.govdoc.index.RecordStore#lastCheckpoint()})
     * @param run        what identifies the run's inputs (same inputs, same run key)
     */
    public static JsonlSink open(Path out, Map<String, String> checkpoint, String run, Consumer<Extraction> keptRecords)
            throws IOException {
        Path file = out.toAbsolutePath();
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        try {
            long keep = resumable(file, checkpoint, run, channel.size());
            Set<String> resumed = new HashSet<>();
            if (keep > 0) {
                ObjectMapper json = RecordJson.mapper();
                channel.position(0);
                BufferedReader lines = new BufferedReader(new InputStreamReader(
                        Channels.newInputStream(new BoundedChannel(channel, keep)), StandardCharsets.UTF_8), 1 << 16);
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Extraction r = json.readValue(line, Extraction.class);
                    resumed.add(r.source().path());
                    keptRecords.accept(r);
                }
            }
            channel.truncate(keep);
            channel.position(keep);
            return new JsonlSink(file, run, channel, resumed);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static long resumable(Path file, Map<String, String> checkpoint, String run, long size) {
        if (!file.toString().equals(checkpoint.get(KEY_FILE)) || !run.equals(checkpoint.get(KEY_RUN))
                || "true".equals(checkpoint.get(KEY_COMPLETE))) {
            return 0;
        }
        try {
            long bytes = Long.parseLong(checkpoint.getOrDefault(KEY_BYTES, "0"));
            return bytes <= size ? bytes : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** True when this path's line is in the part kept from a killed run. */
    public boolean written(String path) {
        return resumed.contains(path);
    }

    /** Lines kept from a killed run. */
    public int resumedLines() {
        return resumed.size();
    }

    @Override
    public void accept(IngestedRecord r) throws IOException {
        String path = r.record().source().path();
        if (resumed.contains(path)) {
            if (r.origin() == IngestedRecord.Origin.UNCHANGED) {
                return;
            }
            superseded.add(path);
        }
        writer.write(json.writeValueAsString(r.record()));
        writer.write('\n');
    }

    /** Writes the buffered lines to the disk (fsync). */
    @Override
    public void flush() throws IOException {
        writer.flush();
        channel.force(false);
    }

    /** What the index saves with its next commit: this file, its length now, the run. Flush first. */
    public Map<String, String> checkpoint(boolean complete) throws IOException {
        Map<String, String> m = new HashMap<>();
        m.put(KEY_FILE, out.toString());
        m.put(KEY_BYTES, Long.toString(channel.position()));
        m.put(KEY_RUN, run);
        m.put(KEY_COMPLETE, Boolean.toString(complete));
        return m;
    }

    /** Ends the file: drops the old lines of paths written again after a resume. */
    public void finish() throws IOException {
        flush();
        if (superseded.isEmpty()) {
            return;
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Map<String, Integer> seen = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String path = json.readValue(line, Extraction.class).source().path();
                if (superseded.contains(path)) {
                    seen.merge(path, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> toSkip = new HashMap<>();
        seen.forEach((path, n) -> toSkip.put(path, n - 1)); // keep each path's last line
        try (BufferedReader in = Files.newBufferedReader(out, StandardCharsets.UTF_8);
             Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String path = json.readValue(line, Extraction.class).source().path();
                Integer skip = toSkip.get(path);
                if (skip != null && skip > 0) {
                    toSkip.put(path, skip - 1);
                    continue;
                }
                w.write(line);
                w.write('\n');
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() throws IOException {
        try {
            writer.flush();
        } finally {
            channel.close();
        }
    }

    /** The first {@code limit} bytes of a channel, read from its position (0). */
    private static final class BoundedChannel implements java.nio.channels.ReadableByteChannel {
        private final FileChannel channel;
        private long left;

        BoundedChannel(FileChannel channel, long limit) {
            this.channel = channel;
            this.left = limit;
        }

        @Override
        public int read(java.nio.ByteBuffer dst) throws IOException {
            if (left <= 0) {
                return -1;
            }
            java.nio.ByteBuffer slice = dst.slice();
            if (slice.remaining() > left) {
                slice.limit((int) left);
            }
            int n = channel.read(slice);
            if (n > 0) {
                dst.position(dst.position() + n);
                left -= n;
            }
            return n;
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() {
        }
    }
}
