package org.govdoc.read;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.mime.MediaType;

/**
 * The sentences a user reads when a file is refused before or instead of its reader: missing, a
 * folder, empty, too large, an archive, a type govdoc does not read. (What a reader threw is put in
 * words by {@link Failures}.) One place, so that every path says the same thing the same way.
 */
final class ReadMessages {

    /** The formats named in "not one govdoc reads" messages. */
    private static final String FORMATS = "DOCX, DOC, WPS, XLSX, XLS, ET, ODT, RTF, HTML, TXT, PDF, OFD, JPG, PNG, TIFF";

    private ReadMessages() {
    }

    static String missing(Path file) {
        return "The file does not exist: " + file + ".";
    }

    static String folder(Path file) {
        return "This is a folder, not a file: " + file + ".";
    }

    static String permissionDenied() {
        return "The file cannot be opened: permission denied.";
    }

    static String emptyFile() {
        return "The file is empty (0 bytes).";
    }

    static String tooLarge(long size, long maxBytes) {
        return "The file is " + humanSize(size) + ", more than the limit of " + humanSize(maxBytes)
                + "; it was not read.";
    }

    static String unreadable(String detail) {
        return "The file cannot be read: " + detail;
    }

    static String internalBeforeReading(String detail) {
        return "govdoc failed while opening the file (a bug, please report it): " + detail;
    }

    static String archive() {
        return "The file is a ZIP archive; archives are expanded before their files are read.";
    }

    static String passwordProtectedOffice() {
        return "The Office file is protected by a password and cannot be read.";
    }

    static String noText(Format format) {
        return "The " + format.label() + " contains no text.";
    }

    static String unsupported(MediaType type) {
        String t = type.toString();
        if (type.getType().equals("image")) {
            return "The file is an image (" + t + ") of a kind not read as a scan (JPG, PNG and TIFF are).";
        }
        if (t.contains("executable") || t.contains("x-msdownload") || t.contains("x-elf")
                || t.contains("x-sharedlib") || t.contains("java-vm") || t.contains("x-mach")) {
            return "The file is a program (" + t + "), not a document.";
        }
        if (t.equals("application/vnd.ms-works")) {
            return "The file is a Microsoft Works document (Works shares the .wps extension with Kingsoft WPS), "
                    + "not a Kingsoft WPS or Word file; Works documents are not read: save it as DOC or DOCX.";
        }
        if (type.equals(MediaType.OCTET_STREAM)) {
            return "The file's type could not be recognised from its content; it is not a document "
                    + "format govdoc reads (" + FORMATS + ").";
        }
        return "The file's type (" + t + ") is not one govdoc reads (" + FORMATS + ").";
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
