package org.govdoc.record;

import java.util.List;

/**
 * The file a record was read from.
 *
 * @param path       the path as given to ingest, relative or absolute as walked; entries of
 *                   archives as {@code archive.zip!/entry.docx}
 * @param fileName   the last element of the path
 * @param mediaType  the media type detected from the content
 * @param sizeBytes  size of the file in bytes
 * @param pageCount  pages, where the format has pages
 * @param ocrPages   of those, the pages read by OCR (scanned PDF pages, image files; 0 for a
 *                   born-digital PDF), null where the format has no pages, its reader does no OCR
 *                   (OFD) or the file was not read
 * @param sha256     hex SHA-256 of the file's bytes
 * @param otherPaths further paths holding the same bytes (the record is stored once)
 */
public record Source(String path, String fileName, String mediaType, long sizeBytes, Integer pageCount,
                     Integer ocrPages, String sha256, List<String> otherPaths) {

    public Source {
        otherPaths = otherPaths == null ? List.of() : List.copyOf(otherPaths);
    }

    /** A source whose pages OCR did not read (or not known to). */
    public Source(String path, String fileName, String mediaType, long sizeBytes, Integer pageCount,
                  String sha256, List<String> otherPaths) {
        this(path, fileName, mediaType, sizeBytes, pageCount, null, sha256, otherPaths);
    }

    /** The same file under another path and name, with these further paths. */
    public Source withPaths(String newPath, String newFileName, List<String> newOtherPaths) {
        return new Source(newPath, newFileName, mediaType, sizeBytes, pageCount, ocrPages, sha256, newOtherPaths);
    }
}
