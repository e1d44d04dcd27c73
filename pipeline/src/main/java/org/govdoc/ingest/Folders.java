package org.govdoc.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary folders of a run. */
public final class Folders {

    private Folders() {
    }

    /** Deletes a folder and everything in it, as far as it can: a temporary folder left behind fails nothing. */
    public static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left behind
        }
    }
}
