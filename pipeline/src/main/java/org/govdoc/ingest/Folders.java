package org.govdoc.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.DirectoryStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.read.TempFolder;

/** Temporary folders of a run. */
public final class Folders {

    private Folders() {
    }

    /** The prefix of a run's scratch folder: {@code govdoc-ingest-<pid>-<random digits>}. */
    static final String SCRATCH_PREFIX = "govdoc-ingest-";
    private static final Pattern SCRATCH = Pattern.compile(Pattern.quote(SCRATCH_PREFIX) + "(\\d+)-\\d+");

    /**
     * A new scratch folder for this run in the temporary folder, named with this process's id; first
     * deletes the scratch folders of runs whose process is gone (killed with {@code kill -9}, which
     * no {@code finally} survives). Folders of live processes are left alone.
     */
    public static Path scratch() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        deleteStaleScratch(tmp);
        return Files.createTempDirectory(tmp, SCRATCH_PREFIX + ProcessHandle.current().pid() + "-");
    }

    /** Deletes the scratch folders under {@code tmp} whose process is no longer running; returns how many. */
    static int deleteStaleScratch(Path tmp) {
        int deleted = 0;
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(tmp, SCRATCH_PREFIX + "*")) {
            for (Path dir : listing) {
                Matcher m = SCRATCH.matcher(dir.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                Optional<ProcessHandle> owner = ProcessHandle.of(pid);
                if (pid != self && (owner.isEmpty() || !owner.get().isAlive())) {
                    deleteQuietly(dir);
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // nothing to clean, or not allowed to: the next run tries again
        }
        return deleted;
    }

    /** Deletes a folder and everything in it, as far as it can ({@link TempFolder#deleteQuietly}). */
    public static void deleteQuietly(Path dir) {
        TempFolder.deleteQuietly(dir);
    }
}
