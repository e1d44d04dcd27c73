package org.govdoc.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON record written for every input file: the contract other systems consume.
 * Absent values are null or empty lists, never missing. See README.md and
 * {@code schema/extraction.schema.json}.
 */
@JsonPropertyOrder({"schemaVersion", "id", "source", "status", "error", "docType", "title", "region", "year",
        "docNumber", "issuer", "issueDate", "project", "fundingAmounts", "indicators", "tasks", "deadlines",
        "units", "proposal", "figures", "warnings", "text"})
public record Extraction(int schemaVersion, String id, Source source, Status status, ErrorInfo error,
                         DocType docType, String title, Region region, Integer year, String docNumber,
                         String issuer, LocalDate issueDate, Project project,
                         List<FundingAmount> fundingAmounts, List<Indicator> indicators, List<Task> tasks,
                         List<Deadline> deadlines, List<Unit> units, Proposal proposal, List<Figure> figures,
                         List<Warning> warnings, String text) {

    /** Bumped on every incompatible change of the record. */
    public static final int SCHEMA_VERSION = 2;

    public Extraction {
        fundingAmounts = fundingAmounts == null ? List.of() : List.copyOf(fundingAmounts);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        units = units == null ? List.of() : List.copyOf(units);
        figures = figures == null ? List.of() : List.copyOf(figures);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A record for a file that could not be read. */
    public static Extraction failed(Source source, ErrorInfo error) {
        return new Extraction(SCHEMA_VERSION, source.sha256(), source, Status.FAILED, error, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** This record for the given file, with its plain text (null to leave the text out). */
    public Extraction withSource(Source newSource, String newText) {
        return new Extraction(schemaVersion, newSource.sha256(), newSource, status, error, docType, title, region,
                year, docNumber, issuer, issueDate, project, fundingAmounts, indicators, tasks, deadlines, units,
                proposal, figures, warnings, newText);
    }

    public Extraction withoutText() {
        return new Extraction(schemaVersion, id, source, status, error, docType, title, region, year, docNumber,
                issuer, issueDate, project, fundingAmounts, indicators, tasks, deadlines, units, proposal, figures,
                warnings, null);
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
