package org.govdoc.ingest;

import java.io.File;
import java.nio.file.Path;

/**
 * The path a record names a file by ({@code source.path}): the file-system path as walked, with the
 * archive notation {@code archive.zip!/entry} made unambiguous.
 *
 * <p>A folder may be named {@code x.zip!}: its file {@code a.docx} and the entry {@code a.docx} of an
 * archive {@code x.zip} beside it would both be {@code x.zip!/a.docx}, one record lost and the two
 * swapping it on every run (issue 18, hole 6). So in the file-system part of a record path <b>a name
 * ending in {@code !} has its final {@code !}s doubled</b>: the folder's file is {@code x.zip!!/a.docx},
 * the archive's entry {@code x.zip!/a.docx}, an entry of an archive named {@code y!} is
 * {@code y!!!/a.docx}. Read back: in a run of {@code !} that ends a name, an even run is that many
 * halved, an odd run ends with the archive separator. Entry names inside an archive are kept as they
 * are (archives are not nested). Paths with no name ending in {@code !}, nearly all, are unchanged.
 */
public final class RecordPaths {

    private RecordPaths() {
    }

    /** The record path of a file or folder of the file system. */
    public static String of(Path file) {
        return of(file.toString());
    }

    /** The record path of this file-system path: each name's final {@code !}s doubled. */
    public static String of(String fileSystemPath) {
        if (fileSystemPath.indexOf('!') < 0) {
            return fileSystemPath;
        }
        StringBuilder out = new StringBuilder(fileSystemPath.length() + 4);
        int n = fileSystemPath.length();
        int i = 0;
        while (i < n) {
            char c = fileSystemPath.charAt(i);
            if (c != '!') {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < n && fileSystemPath.charAt(end) == '!') {
                end++;
            }
            boolean endsName = end == n || isSeparator(fileSystemPath.charAt(end));
            int run = end - i;
            out.append("!".repeat(endsName ? 2 * run : run));
            i = end;
        }
        return out.toString();
    }

    /** The record path of an entry of the archive whose record path is given: {@code archive.zip!/folder/entry.docx}. */
    public static String entry(String archiveRecordPath, String entryName) {
        return archiveRecordPath + "!/" + entryName;
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == File.separatorChar;
    }
}
