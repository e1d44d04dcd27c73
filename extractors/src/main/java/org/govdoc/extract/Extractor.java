package org.govdoc.extract;

import java.util.List;
import org.govdoc.extract.doctype.DocTypeClassifier;
import org.govdoc.extract.figure.FigureExtractor;
import org.govdoc.extract.funding.FundingExtractor;
import org.govdoc.extract.indicator.IndicatorExtractor;
import org.govdoc.extract.project.ProjectExtractor;
import org.govdoc.model.Document;
import org.govdoc.record.Extraction;

/**
 * Turns a {@link Document} into its {@link Extraction} by running one {@link FieldExtractor} per
 * field group, in order, over a fresh {@link ExtractionDraft}. Order matters only where a group
 * reads another's result: the docType comes first (funding roles and the project depend on it).
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

    /**
     * The field extractors of the standard composition, in running order.
     * Metadata (title, docNumber, issuer, issueDate, year), region, tasks, deadlines, units and
     * proposal come from branch extract-plans and are wired in right after the docType.
     */
    public static List<FieldExtractor> standard() {
        return List.of(
                new DocTypeClassifier(),
                // extract-plans: metadata, region, tasks, deadlines, units, proposal go here
                new ProjectExtractor(),
                new FundingExtractor(),
                new IndicatorExtractor(),
                new FigureExtractor());
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
