package org.govdoc.read;

import org.govdoc.model.Document;
import org.govdoc.record.ErrorInfo;

/** What reading one file gave: a document, or the reason it could not be read. */
public sealed interface ReadOutcome {

    /** The media type detected from the content. */
    String mediaType();

    record Read(Document document, String mediaType) implements ReadOutcome {
    }

    record Failed(ErrorInfo error, String mediaType) implements ReadOutcome {
    }
}
