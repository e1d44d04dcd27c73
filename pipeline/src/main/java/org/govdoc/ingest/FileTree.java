package org.govdoc.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Walks files and folders recursively in a stable order: names sorted within each folder, depth
 * first. Holds one folder listing per level, never the whole tree. Folder links are not followed
 * (no cycles); paths under {@code excluded} (the index and the output) are left out, and so are
 * files and folders found in the walk whose name the {@link NameFilter} excludes (the roots
 * themselves are always walked: a path named on the command line is read). Archive entries are
 * filtered by the same names ({@link #entries}), so the ingest and the JSONL export, which both walk
 * this tree, see the same files.
 */
final class FileTree {

    private final List<Path> excluded;
    private final NameFilter names;
    private long leftOut;

    FileTree(List<Path> excluded, NameFilter names) {
        this.excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.names = names;
    }

    /** Calls {@code each} with every regular file under the roots, in order. */
    void forEachFile(List<Path> roots, FileVisitor each) throws InterruptedException {
        leftOut = 0;
        for (Path root : roots) {
            visit(root, each, true);
        }
    }

    /** The archive's file entries, sorted by name, without those the names exclude. */
    List<ZipEntry> entries(ZipFile zip) {
        List<ZipEntry> kept = new ArrayList<>();
        for (ZipEntry entry : ZipArchives.entries(zip)) {
            if (names.excludesEntry(entry.getName())) {
                leftOut++;
            } else {
                kept.add(entry);
            }
        }
        return kept;
    }

    /**
     * Files, folders and archive entries left out by name since the last {@link #forEachFile} began
     * (entries counted as {@link #entries} was asked for them).
     */
    long leftOutByName() {
        return leftOut;
    }

    /** Counts the files {@link #forEachFile} would visit. */
    long count(List<Path> roots) throws InterruptedException {
        long[] n = {0};
        forEachFile(roots, file -> n[0]++);
        return n[0];
    }

    private void visit(Path path, FileVisitor each, boolean root) throws InterruptedException {
        if (isExcluded(path)) {
            return;
        }
        if (!root && path.getFileName() != null && names.excludes(path.getFileName().toString())) {
            leftOut++;
            return;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return; // gone since its folder was listed
        } catch (IOException | RuntimeException e) { // a path too long for the system, an I/O error
            each.unreadable(path, "cannot read the file: " + reason(e));
            return;
        }
        if (attributes.isDirectory()) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(path)) {
                listing.forEach(children::add);
            } catch (IOException | RuntimeException e) { // permission denied: the folder is a failed record
                each.unreadable(path, "cannot list the folder: " + reason(e));
                return;
            }
            children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            for (Path child : children) {
                visit(child, each, false);
            }
        } else if (attributes.isRegularFile() || (attributes.isSymbolicLink() && Files.isRegularFile(path))) {
            each.visit(path);
        }
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
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

    /** What the walk meets: files to read, and paths it cannot read at all. */
    @FunctionalInterface
    interface FileVisitor {
        void visit(Path file) throws InterruptedException;

        /**
         * A path the walk cannot read or list (a folder without read permission, a path longer than
         * the system allows): it gets a failed record ({@code io_error}) like a file, never silence.
         * By default it is visited like a file (the export looks up its record by path).
         */
        default void unreadable(Path path, String reason) throws InterruptedException {
            visit(path);
        }
    }
}
