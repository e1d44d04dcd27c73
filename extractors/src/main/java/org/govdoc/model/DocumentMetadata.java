package org.govdoc.model;

import java.time.Instant;

/**
 * What the file itself says about the document (not what the extractors find in its text), and
 * how its pages were read. Every field may be null.
 *
 * @param pageCount pages, where the format has pages
 * @param ocrPages  of those, the pages whose text was recognised by OCR (0 for a born-digital
 *                  PDF); null for formats without pages and readers that do no OCR (OFD)
 */
public record DocumentMetadata(String title, String author, Instant created, Instant modified,
                               Integer pageCount, String mediaType, Integer ocrPages) {

    /** Metadata of a document none of whose pages was read by OCR. */
    public DocumentMetadata(String title, String author, Instant created, Instant modified,
                            Integer pageCount, String mediaType) {
        this(title, author, created, modified, pageCount, mediaType, null);
    }

    public static DocumentMetadata empty(String mediaType) {
        return new DocumentMetadata(null, null, null, null, null, mediaType);
    }

    /** The same metadata, with this many pages read by OCR. */
    public DocumentMetadata withOcrPages(Integer pages) {
        return new DocumentMetadata(title, author, created, modified, pageCount, mediaType, pages);
    }
}
