package org.govdoc.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks files and folders recursively in a stable order: names sorted within each folder, depth
 * first. Holds one folder listing per level, never the whole tree. Folder links are not followed
 * (no cycles); paths under {@code excluded} (the index and the output) are left out.
 */
final class FileTree {

    private final List<Path> excluded;
    private final Consumer<String> warnings;

    FileTree(List<Path> excluded, Consumer<String> warnings) {
        this.excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.warnings = warnings;
    }

    /** Calls {@code each} with every regular file under the roots, in order. */
    void forEachFile(List<Path> roots, FileVisitor each) throws InterruptedException {
        for (Path root : roots) {
            visit(root, each);
        }
    }

    /** Counts the files {@link #forEachFile} would visit. */
    long count(List<Path> roots) throws InterruptedException {
        long[] n = {0};
        forEachFile(roots, file -> n[0]++);
        return n[0];
    }

    private void visit(Path path, FileVisitor each) throws InterruptedException {
        if (isExcluded(path)) {
            return;
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(path)) {
                listing.forEach(children::add);
            } catch (IOException e) {
                warnings.accept("cannot list the folder " + path + ": " + e.getMessage());
                return;
            }
            children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            for (Path child : children) {
                visit(child, each);
            }
        } else if (Files.isRegularFile(path)) {
            each.visit(path);
        }
    }

    private boolean isExcluded(Path path) {
        if (excluded.isEmpty()) {
            return false;
        }
        Path abs = path.toAbsolutePath().normalize();
        for (Path ex : excluded) {
            if (abs.startsWith(ex)) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    interface FileVisitor {
        void visit(Path file) throws InterruptedException;
    }
}
