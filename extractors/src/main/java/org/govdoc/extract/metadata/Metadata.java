package org.govdoc.extract.metadata;

import java.time.LocalDate;
import java.util.List;
import org.govdoc.record.Warning;

/**
 * The document's own particulars.
 *
 * @param title     the title as written (two lines joined), or the file's metadata title, or null
 * @param docNumber 发文字号 with its year brackets folded to 〔〕, or null
 * @param issuer    发文机关: the signature unit, else the unit of the 印发 line, else the header mark
 * @param issueDate the signature date, else the 印发 date
 * @param year      the year the document is about: from the title, else a 年度 in the opening, else the issue date
 * @param warnings  implausible_year for every year that cannot be right, with its location
 */
public record Metadata(String title, String docNumber, String issuer, LocalDate issueDate, Integer year,
                       List<Warning> warnings) {

    public Metadata {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
