package org.govdoc.read.ofd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.TempFolder;
import org.govdoc.read.ZipInflation;
import org.govdoc.record.ErrorCode;

/**
 * Checks an OFD package before ofdrw unpacks it: a ZIP that opens, with {@code OFD.xml} at its
 * root, no entry that would unpack outside ofdrw's folder, not encrypted (GM/T 0099 puts {@code Encryptions.xml} beside {@code OFD.xml}), no part
 * declared out of proportion to its compressed size (a ZIP bomb), and no XML part with a DOCTYPE
 * (ofdrw's XML parser would resolve entities).
 */
final class OfdPackage {

    static final String ROOT = "OFD.xml";
    static final String ENCRYPTIONS = "Encryptions.xml";
    private static final String WHAT = "OFD file";
    /** How much of each XML part is looked at for a DOCTYPE: the prolog is at its start. */
    private static final int PROLOG_BYTES = 2048;

    private OfdPackage() {
    }

    static void check(Path file) throws ReadFailure {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(ROOT) == null) {
                throw new ReadFailure(ErrorCode.CORRUPT, "The OFD file has no OFD.xml at its root.");
            }
            if (zip.getEntry(ENCRYPTIONS) != null) {
                throw new ReadFailure(ErrorCode.ENCRYPTED,
                        "The OFD file is encrypted (GM/T 0099 Encryptions.xml) and cannot be read without its key.");
            }
            ZipInflation.checkPackage(file, WHAT);
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (escapes(entry.getName())) {
                    throw new ReadFailure(ErrorCode.CORRUPT, "The OFD file's entry " + entry.getName()
                            + " points outside the package; it was not unpacked.");
                }
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml") && hasDoctype(zip, entry)) {
                    throw new ReadFailure(ErrorCode.CORRUPT, "The OFD file's part " + entry.getName()
                            + " declares a DOCTYPE, which OFD does not use; it was not read.");
                }
            }
        } catch (IOException e) {
            throw new ReadFailure(ErrorCode.CORRUPT, "The OFD file is truncated or damaged: " + e.getMessage(), e);
        }
    }

    /**
     * Unpacks a package that {@link #check passed the checks} into a new temporary folder (ofdrw
     * reads the folder; its own unpacking leaves the folder behind when the package then fails to
     * parse). The caller deletes the folder ({@link org.govdoc.read.TempFolder#deleteQuietly}).
     */
    static Path unpack(Path file) throws ReadFailure {
        Path dir = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            dir = Files.createTempDirectory("govdoc-ofd-");
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                Path target = dir.resolve(entry.getName().replace('\\', '/')).normalize();
                if (!target.startsWith(dir)) {
                    throw new ReadFailure(ErrorCode.CORRUPT, "The OFD file's entry " + entry.getName()
                            + " points outside the package; it was not unpacked.");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
            return dir;
        } catch (IOException e) {
            TempFolder.deleteQuietly(dir);
            throw new ReadFailure(ErrorCode.CORRUPT, "The OFD file is truncated or damaged: " + e.getMessage(), e);
        } catch (ReadFailure | RuntimeException e) {
            TempFolder.deleteQuietly(dir);
            throw e;
        }
    }

    /** An entry name that would unpack outside the folder ofdrw unpacks to: absolute, or with a ".." part. */
    private static boolean escapes(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || (n.length() > 1 && n.charAt(1) == ':')) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDoctype(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            String prolog = new String(in.readNBytes(PROLOG_BYTES), StandardCharsets.ISO_8859_1);
            return prolog.contains("<!DOCTYPE") || prolog.contains("<!ENTITY");
        }
    }
}
