package org.govdoc.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
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
import org.govdoc.extract.warnings.LowConfidenceCheck;

/**
 * The one registry of field groups: for each group, the name it goes by everywhere (the
 * {@code extract/…} package, the eval report, {@code govdoc search --kind} where it has index
 * entries), the record fields it fills, and the extractors that fill them.
 * {@link Extractor#standard()} runs the groups' extractors in the order of this enum; the index
 * names its entry kinds after it; eval scores each group under its {@link #id()}.
 *
 * <p>The order is the running order. Metadata first: the docType decides funding roles and the
 * project's period gives the year when the title names none; metadata and region before tasks,
 * deadlines and the proposal (the year is their reference year, the region expands 区 in unit
 * names); units after tasks and the proposal (they gather the units of the tasks, the issuer and
 * the replying unit); figures after them. Warnings are written by every group; the warnings group
 * itself runs last and only checks the confidence of the numbers OCR read for the others.
 */
public enum FieldGroup {
    /** docType, title, region, year, docNumber, issuer, issueDate and project. */
    METADATA("metadata", List.of("docType", "title", "region", "year", "docNumber", "issuer", "issueDate", "project"),
            () -> List.of(new DocTypeClassifier(), new ProjectExtractor(), new MetadataExtractor(),
                    new RegionExtractor())),
    /** funding amounts with their role (allocation for the project's own budget). */
    FUNDING("funding", List.of("fundingAmounts"), () -> List.of(new FundingExtractor())),
    /** indicator rows of a 绩效目标表. */
    INDICATORS("indicators", List.of("indicators"), () -> List.of(new IndicatorExtractor())),
    /** numbered tasks of a work plan with their lead and responsible units. */
    TASKS("tasks", List.of("tasks"), () -> List.of(new TaskExtractor())),
    /** deadlines (of tasks and in running text). */
    DEADLINES("deadlines", List.of("deadlines"), () -> List.of(new DeadlineExtractor())),
    /** the meeting, number, proposer, reply date, contact and outcome of a reply to a proposal. */
    PROPOSAL("proposal", List.of("proposal"), () -> List.of(new ProposalExtractor())),
    /** government units named in the document, with their roles. */
    UNITS("units", List.of("units"), () -> List.of(new UnitExtractor())),
    /** narrative statistics: a number with its measure word and the noun phrase it measures. */
    FIGURES("figures", List.of("figures"), () -> List.of(new FigureExtractor())),
    /**
     * what a careful reader would flag; written by the other groups, and by the group's own check of
     * the numbers they used that OCR read with low confidence (last, when every value is known).
     */
    WARNINGS("warnings", List.of("warnings"), () -> List.of(new LowConfidenceCheck()));

    private final String id;
    private final List<String> recordFields;
    private final Supplier<List<FieldExtractor>> extractors;

    FieldGroup(String id, List<String> recordFields, Supplier<List<FieldExtractor>> extractors) {
        this.id = id;
        this.recordFields = recordFields;
        this.extractors = extractors;
    }

    /** The group's one name: eval report key, CLI word, package name. */
    public String id() {
        return id;
    }

    /** The fields of the record ({@code org.govdoc.record.Extraction}) this group fills, as named in the JSON. */
    public List<String> recordFields() {
        return recordFields;
    }

    /** New instances of the group's extractors, in running order. */
    public List<FieldExtractor> newExtractors() {
        return extractors.get();
    }

    /** The group of this id (case-insensitive), if any. */
    public static Optional<FieldGroup> byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.id.equals(wanted)).findFirst();
    }

    /** The group that fills this record field, if any. */
    public static Optional<FieldGroup> ofRecordField(String field) {
        return Arrays.stream(values()).filter(g -> g.recordFields.contains(field)).findFirst();
    }
}
