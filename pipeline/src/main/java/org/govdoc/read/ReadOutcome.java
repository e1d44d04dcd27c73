package org.govdoc.read;

import java.util.List;
import org.govdoc.model.Document;
import org.govdoc.record.ErrorInfo;
import org.govdoc.record.Warning;

/** What reading one file gave: a document, or the reason it could not be read. */
public sealed interface ReadOutcome {

    /** The media type detected from the content. */
    String mediaType();

    /**
     * A document, with what the reading recovered from (warnings such as {@link org.govdoc.record.WarningCode#READER_FALLBACK}), which the record's
     * warnings carry.
     */
    record Read(Document document, String mediaType, List<Warning> warnings) implements ReadOutcome {
        public Read {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        /** A document read without anything to warn about. */
        public Read(Document document, String mediaType) {
            this(document, mediaType, List.of());
        }
    }

    record Failed(ErrorInfo error, String mediaType) implements ReadOutcome {
    }
}
