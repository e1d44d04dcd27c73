package org.govdoc.extract;

import org.govdoc.model.Document;

/**
 * One field group's extractor (docType, project, funding, indicators, figures, dates, tasks …).
 * It reads the {@link Document} and writes its fields (and any warnings) into the draft; it may
 * read what extractors earlier in {@link Extractor}'s order wrote (the docType, for example).
 * Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface FieldExtractor {

    void extract(Document doc, ExtractionDraft draft);
}
