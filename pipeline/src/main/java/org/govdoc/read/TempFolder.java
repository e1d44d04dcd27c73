package org.govdoc.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting a temporary folder a reader or a run made: everything in it, as far as it can. */
public final class TempFolder {

    private TempFolder() {
    }

    /** Deletes a folder and everything in it, as far as it can: a temporary folder left behind fails nothing. */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // left behind
        }
    }
}
