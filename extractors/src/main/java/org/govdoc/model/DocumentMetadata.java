package org.govdoc.model;

import java.time.Instant;

/**
 * What the file itself says about the document (not what the extractors find in its text).
 * Every field may be null.
 */
public record DocumentMetadata(String title, String author, Instant created, Instant modified,
                               Integer pageCount, String mediaType) {

    public static DocumentMetadata empty(String mediaType) {
        return new DocumentMetadata(null, null, null, null, null, mediaType);
    }
}
