package org.govdoc.ingest;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Leaves files out of an ingest by name: globs ({@code *}, {@code ?}, {@code [abc]}, {@code {a,b}},
 * see {@link java.nio.file.FileSystem#getPathMatcher}) matched against a file's or folder's name, never
 * its whole path. The defaults leave out govdoc's gold sidecars, Office lock files and hidden files.
 */
public final class NameFilter {

    /** The separators of an archive entry's path (ZIPs written on Windows use a backslash). */
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("[/\\\\]");

    /** {@code *.gold.json} (gold beside generated documents), {@code ~$*} (Office lock files), {@code .*} (hidden). */
    public static final List<String> DEFAULT_EXCLUDES = List.of("*.gold.json", "~$*", ".*");

    private final List<PathMatcher> matchers;

    /** @throws IllegalArgumentException when a glob is not valid */
    public NameFilter(List<String> globs) {
        try {
            this.matchers = globs.stream()
                    .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                    .toList();
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a valid --exclude glob: " + e.getMessage(), e);
        }
    }

    /** True when a file or folder of this name is left out. */
    public boolean excludes(String name) {
        if (matchers.isEmpty() || name.isEmpty()) {
            return false;
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            return false;
        }
        for (PathMatcher m : matchers) {
            if (m.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an archive entry is left out: its name, or the name of a folder it is in, matches.
     * The path components {@code .} and {@code ..} are not names (they match {@code .*} but hide
     * nothing), so an entry {@code ../report.docx} is read.
     */
    public boolean excludesEntry(String entryName) {
        for (String element : ENTRY_SEPARATOR.split(entryName)) {
            if (element.equals(".") || element.equals("..")) {
                continue;
            }
            if (excludes(element)) {
                return true;
            }
        }
        return false;
    }
}
