package org.govdoc.ingest;

/**
 * One file to parse, as sent to a parser (in a thread or over the pipe to a worker JVM).
 *
 * @param file      where the bytes are (for an archive entry: a temporary copy)
 * @param path      the path the record will carry ({@code archive.zip!/entry.docx} for entries)
 * @param fileName  the last element of {@code path}
 * @param sizeBytes the size of the bytes
 * @param sha256    hex SHA-256 of the bytes (computed by the walker)
 * @param noText    leave the plain text out of the record
 * @param limits    how much the record may carry ({@link RecordBounds}); null for the defaults
 */
public record ParseRequest(String file, String path, String fileName, long sizeBytes, String sha256,
                           boolean noText, RecordLimits limits) {

    /** A request with the default {@link RecordLimits}. */
    public ParseRequest(String file, String path, String fileName, long sizeBytes, String sha256, boolean noText) {
        this(file, path, fileName, sizeBytes, sha256, noText, null);
    }

    /** The same request for bytes at another place. */
    ParseRequest at(String otherFile) {
        return new ParseRequest(otherFile, path, fileName, sizeBytes, sha256, noText, limits);
    }
}
