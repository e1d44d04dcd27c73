package org.govdoc.read;

import java.util.Locale;
import java.util.Set;

/**
 * The file formats govdoc reads, with the media types Tika reports for them and the name used in
 * messages to users.
 */
public enum Format {
    DOCX("DOCX (Word) file", Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/vnd.ms-word.template.macroenabled.12")),
    DOC("Word 97-2003 (DOC/WPS) file", Set.of("application/msword")),
    SPREADSHEET("spreadsheet (XLSX/XLS/ET) file", Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel.sheet.macroenabled.12",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
            "application/vnd.ms-excel")),
    ODT("OpenDocument text (ODT) file", Set.of("application/vnd.oasis.opendocument.text")),
    ODS("OpenDocument spreadsheet (ODS) file", Set.of("application/vnd.oasis.opendocument.spreadsheet")),
    RTF("RTF file", Set.of("application/rtf")),
    HTML("HTML file", Set.of("text/html", "application/xhtml+xml")),
    MHT("single-file web page (MHT)", Set.of("multipart/related", "message/rfc822", "application/x-mimearchive")),
    TEXT("text file", Set.of("text/plain")),
    PDF("PDF file", Set.of("application/pdf")),
    OFD("OFD file", Set.of("application/ofd")),
    IMAGE("image (scanned page)", Set.of("image/jpeg", "image/png", "image/tiff"));

    private final String label;
    private final Set<String> mediaTypes;

    Format(String label, Set<String> mediaTypes) {
        this.label = label;
        this.mediaTypes = mediaTypes;
    }

    /** How a message names a file of this format: "the DOCX (Word) file is truncated". */
    public String label() {
        return label;
    }

    public Set<String> mediaTypes() {
        return mediaTypes;
    }

    /** The format whose media types include {@code mediaType} exactly, or null. */
    public static Format ofMediaType(String mediaType) {
        String mt = mediaType.toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.mediaTypes.contains(mt)) {
                return f;
            }
        }
        return null;
    }
}
