package org.govdoc.extract;

import java.util.Arrays;
import java.util.List;
import org.govdoc.model.Document;
import org.govdoc.record.Extraction;

/**
 * Turns a {@link Document} into its {@link Extraction} by running one {@link FieldExtractor} per
 * field group, in the order of {@link FieldGroup}, over a fresh {@link ExtractionDraft}. Order
 * matters only where a group reads another's result (see {@link FieldGroup}).
 * The result carries no source yet; the pipeline adds it with {@link Extraction#withSource}.
 * Thread-safe: one instance serves every document.
 */
public final class Extractor {

    private final List<FieldExtractor> extractors;

    /** The standard composition. */
    public Extractor() {
        this(standard());
    }

    /** A composition of the given field extractors, run in the given order (tests, experiments). */
    public Extractor(List<FieldExtractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /** The field extractors of the standard composition: each {@link FieldGroup}'s, in its order. */
    public static List<FieldExtractor> standard() {
        return Arrays.stream(FieldGroup.values()).flatMap(g -> g.newExtractors().stream()).toList();
    }

    public Extraction extract(Document doc) {
        ExtractionDraft draft = new ExtractionDraft();
        for (FieldExtractor e : extractors) {
            e.extract(doc, draft);
        }
        if (draft.title() == null) {
            draft.title(doc.metadata().title());
        }
        return draft.build();
    }
}
