package org.govdoc.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.govdoc.read.TikaEngine;

/**
 * ZIP archives among the inputs: told apart from ZIP-based documents (DOCX, XLSX, ODF, OFD, EPUB)
 * by their content, opened with UTF-8 names or, failing that, GB18030 (archives made on Chinese
 * Windows), entries listed in name order.
 */
final class ZipArchives {

    /**
     * An entry that marks the ZIP as a document package rather than an archive of files: the type
     * parts of OOXML, ODF and OFD, and the main parts of a Word or Excel package, so that a damaged
     * DOCX or XLSX (no {@code [Content_Types].xml}) is one document, not an archive of its XML parts.
     */
    private static final Set<String> PACKAGE_MARKERS = Set.of("[Content_Types].xml", "mimetype",
            "META-INF/manifest.xml", "OFD.xml", TikaEngine.DOCX_MAIN, TikaEngine.XLSX_MAIN);
    private static final Charset GB18030 = Charset.forName("GB18030");

    private ZipArchives() {
    }

    /** True when the file is a ZIP archive of files (not a document stored as a ZIP package). */
    static boolean isArchive(Path file) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4 || head[0] != 'P' || head[1] != 'K'
                    || !((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6))) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try (ZipFile zip = open(file)) {
            for (String marker : PACKAGE_MARKERS) {
                if (zip.getEntry(marker) != null) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            // starts like a ZIP but cannot be opened: a damaged document package when its local headers
            // name a package part (a truncated DOCX fails as a DOCX), else a broken archive
            return !TikaEngine.hasAnyEntry(file, PACKAGE_MARKERS);
        }
    }

    static ZipFile open(Path file) throws IOException {
        try {
            return checked(new ZipFile(file.toFile()));
        } catch (IllegalArgumentException | ZipException e) {
            try { // names that are not UTF-8: try the Chinese Windows code page before giving up
                return checked(new ZipFile(file.toFile(), GB18030));
            } catch (IllegalArgumentException | ZipException e2) {
                throw e instanceof ZipException z ? z : new ZipException("cannot decode the entry names: " + e.getMessage());
            }
        }
    }

    /** Decodes every name now (names are decoded lazily) so that a bad one fails here. */
    private static ZipFile checked(ZipFile zip) throws IOException {
        try {
            entries(zip);
            return zip;
        } catch (IllegalArgumentException e) {
            zip.close();
            throw e;
        }
    }

    /** The archive's file entries (folders left out), sorted by name. */
    static List<ZipEntry> entries(ZipFile zip) {
        List<ZipEntry> entries = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (!entry.isDirectory()) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing(ZipEntry::getName));
        return entries;
    }

    /**
     * The record path of an entry: {@code archive.zip!/folder/entry.docx}.
     *
     * @param archivePath the archive's record path ({@link RecordPaths#of(Path)}: a name ending in {@code !} escaped)
     */
    static String entryPath(String archivePath, ZipEntry entry) {
        return RecordPaths.entry(archivePath, entry.getName());
    }

    static String entryFileName(ZipEntry entry) {
        String name = entry.getName();
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
