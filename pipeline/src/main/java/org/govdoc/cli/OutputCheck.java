package org.govdoc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Checks before a long run that an output file can be written (its folder created, the file opened), so that a
 * typo in a path fails in a second with a sentence rather than after the work. Leaves an existing file's
 * content alone; a file it had to create to try is removed again.
 */
final class OutputCheck {

    private OutputCheck() {
    }

    /** What stands in the way of writing {@code file} given as {@code option}, or empty when it can be written. */
    static Optional<String> problem(String option, Path file) {
        String what = "cannot write " + option + " " + file + ": ";
        if (Files.isDirectory(file)) {
            return Optional.of(what + "it is a folder");
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                return Optional.of(what + "cannot create the folder " + parent + " (" + reason(e) + ")");
            }
        }
        boolean existed = Files.exists(file);
        try (OutputStream o = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            o.flush();
        } catch (IOException e) {
            return Optional.of(what + reason(e));
        }
        if (!existed) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                return Optional.of(what + reason(e));
            }
        }
        return Optional.empty();
    }

    /** The operating system's reason, without the Java exception's name. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "unknown error" : e.getMessage();
    }
}
