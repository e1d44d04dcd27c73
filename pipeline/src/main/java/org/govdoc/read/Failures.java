package org.govdoc.read;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;

/**
 * Turns whatever a format library threw while reading a file into an {@link ErrorInfo} whose
 * message a user understands. The libraries (POI, PDFBox, Tika) signal a damaged file through many
 * exception types, often runtime exceptions; anything thrown from inside them is taken as a
 * problem of the file (corrupt), anything thrown from govdoc's own code as an internal error.
 */
public final class Failures {

    private Failures() {
    }

    public static ErrorInfo classify(Throwable t, String what) {
        if (t instanceof ReadFailure rf) {
            return ErrorInfo.of(rf.code(), rf.getMessage());
        }
        if (isEncrypted(t)) {
            return ErrorInfo.of(ErrorCode.ENCRYPTED,
                    "The " + what + " is protected by a password and cannot be read.");
        }
        if (t instanceof OutOfMemoryError) {
            return ErrorInfo.of(ErrorCode.OUT_OF_MEMORY,
                    "The " + what + " needs more memory to read than is available.");
        }
        if (t instanceof NoSuchFileException) {
            return ErrorInfo.of(ErrorCode.IO_ERROR, "The file does not exist (any more): " + t.getMessage());
        }
        if (t instanceof AccessDeniedException) {
            return ErrorInfo.of(ErrorCode.IO_ERROR, "The file cannot be opened: permission denied.");
        }
        if (t instanceof FileSystemException fse && fse.getReason() != null) {
            return ErrorInfo.of(ErrorCode.IO_ERROR, "The file cannot be read: " + fse.getReason() + ".");
        }
        if (isTruncation(t)) {
            return ErrorInfo.of(ErrorCode.CORRUPT,
                    "The " + what + " is truncated or damaged: " + detail(t));
        }
        if (fromLibrary(t) || t instanceof IOException || isLibraryException(t)) {
            return ErrorInfo.of(ErrorCode.CORRUPT,
                    "The " + what + " is damaged or not a valid file of its type: " + detail(t));
        }
        if (t instanceof StackOverflowError) {
            return ErrorInfo.of(ErrorCode.CORRUPT,
                    "The " + what + " is nested too deeply to be read.");
        }
        return ErrorInfo.of(ErrorCode.INTERNAL,
                "govdoc failed while reading the " + what + " (a bug, please report it): " + detail(t));
    }

    /** The root cause's message, as one short line. */
    public static String detail(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        if (m == null || m.isBlank()) {
            m = root.getClass().getSimpleName();
        }
        m = m.replaceAll("\\s+", " ").strip();
        if (m.length() > 200) {
            m = m.substring(0, 200) + "…";
        }
        return m.endsWith(".") ? m : m + ".";
    }

    private static boolean isEncrypted(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String n = c.getClass().getName();
            if (c instanceof org.apache.poi.EncryptedDocumentException
                    || c instanceof org.apache.tika.exception.EncryptedDocumentException
                    || c instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException
                    || n.endsWith("EncryptedDocumentException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTruncation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof EOFException || c instanceof ZipException
                    || c instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                    || c instanceof org.apache.poi.util.RecordFormatException) {
                return true;
            }
            String m = c.getMessage();
            if (m != null && (m.contains("END header") || m.contains("Truncated")
                    || m.contains("truncated") || m.contains("Unexpected end"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLibraryException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof org.apache.tika.exception.TikaException
                    || c instanceof org.apache.poi.openxml4j.exceptions.OpenXML4JException
                    || c instanceof org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                    || c instanceof org.apache.poi.ooxml.POIXMLException
                    || c instanceof org.apache.xmlbeans.XmlException
                    || c instanceof org.xml.sax.SAXException) {
                return true;
            }
        }
        return false;
    }

    /** True when the exception was raised inside a format library rather than in govdoc. */
    private static boolean fromLibrary(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        if (st.length == 0) {
            return false;
        }
        String c = st[0].getClassName();
        if (c.startsWith("java.") || c.startsWith("jdk.")) {
            // e.g. an index out of bounds raised by a collection used inside the library
            for (StackTraceElement e : st) {
                String n = e.getClassName();
                if (!n.startsWith("java.") && !n.startsWith("jdk.")) {
                    c = n;
                    break;
                }
            }
        }
        return c.startsWith("org.apache.") || c.startsWith("com.microsoft.schemas.")
                || c.startsWith("org.openxmlformats.");
    }
}
