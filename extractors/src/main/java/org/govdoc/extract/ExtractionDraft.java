package org.govdoc.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.record.DocType;
import org.govdoc.record.Extraction;
import org.govdoc.record.Deadline;
import org.govdoc.record.Figure;
import org.govdoc.record.FundingAmount;
import org.govdoc.record.Indicator;
import org.govdoc.record.Project;
import org.govdoc.record.Proposal;
import org.govdoc.record.Region;
import org.govdoc.record.Task;
import org.govdoc.record.Unit;
import org.govdoc.record.Warning;

/**
 * The record of one document while the field extractors fill it in. Made fresh for every
 * document by {@link Extractor} and never shared between threads; {@link #build()} freezes it
 * into the immutable {@link Extraction}.
 */
public final class ExtractionDraft {

    private DocType docType = DocType.OTHER;
    private String title;
    private Region region;
    private Integer year;
    private String docNumber;
    private String issuer;
    private LocalDate issueDate;
    private Project project;
    private Proposal proposal;
    private final List<FundingAmount> fundingAmounts = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    private final List<Deadline> deadlines = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    public Extraction build() {
        return new Extraction(Extraction.SCHEMA_VERSION, null, null, org.govdoc.record.Status.OK, null, docType,
                title, region, year, docNumber, issuer, issueDate, project, fundingAmounts, indicators, tasks,
                deadlines, units, proposal, figures, warnings, null);
    }

    public DocType docType() {
        return docType;
    }

    public void docType(DocType value) {
        docType = value == null ? DocType.OTHER : value;
    }

    public String title() {
        return title;
    }

    public void title(String value) {
        title = value;
    }

    public Region region() {
        return region;
    }

    public void region(Region value) {
        region = value;
    }

    public Integer year() {
        return year;
    }

    public void year(Integer value) {
        year = value;
    }

    public String docNumber() {
        return docNumber;
    }

    public void docNumber(String value) {
        docNumber = value;
    }

    public String issuer() {
        return issuer;
    }

    public void issuer(String value) {
        issuer = value;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public void issueDate(LocalDate value) {
        issueDate = value;
    }

    public Project project() {
        return project;
    }

    public void project(Project value) {
        project = value;
    }

    public Proposal proposal() {
        return proposal;
    }

    public void proposal(Proposal value) {
        proposal = value;
    }

    /** The lists are live: extractors add to them. */
    public List<FundingAmount> fundingAmounts() {
        return fundingAmounts;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<Task> tasks() {
        return tasks;
    }

    public List<Deadline> deadlines() {
        return deadlines;
    }

    public List<Unit> units() {
        return units;
    }

    public List<Figure> figures() {
        return figures;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    public void warn(Warning w) {
        warnings.add(w);
    }
}
