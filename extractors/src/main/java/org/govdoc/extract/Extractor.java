package org.govdoc.extract;

import java.util.List;
import org.govdoc.extract.deadlines.DeadlineExtractor;
import org.govdoc.extract.doctype.DocTypeClassifier;
import org.govdoc.extract.figure.FigureExtractor;
import org.govdoc.extract.funding.FundingExtractor;
import org.govdoc.extract.indicator.IndicatorExtractor;
import org.govdoc.extract.metadata.MetadataExtractor;
import org.govdoc.extract.project.ProjectExtractor;
import org.govdoc.extract.proposal.ProposalExtractor;
import org.govdoc.extract.region.RegionExtractor;
import org.govdoc.extract.tasks.TaskExtractor;
import org.govdoc.extract.units.UnitExtractor;
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
     * The project comes before the metadata (its period gives the year when the title names
     * none); metadata and region before tasks, deadlines and proposal (the year is their reference
     * year, the region expands 区 in unit names); units last of these (they gather the units of
     * the tasks, the issuer and the replying unit).
     */
    public static List<FieldExtractor> standard() {
        return List.of(
                new DocTypeClassifier(),
                new ProjectExtractor(),
                new MetadataExtractor(),
                new RegionExtractor(),
                new TaskExtractor(),
                new DeadlineExtractor(),
                new ProposalExtractor(),
                new UnitExtractor(),
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
