package org.govdoc.extract;

import java.time.LocalDate;
import org.govdoc.record.Region;


/**
 * What the extractors of later field groups need to know about the document from earlier ones:
 * the year it is about (the reference year for deadlines such as 10月底前), its issue date, its
 * region (to expand 区发展改革局 to 东川区发展和改革局), its title and issuer. Every field may be null.
 */
public record DocContext(Integer year, LocalDate issueDate, Region region, String title, String issuer) {

    /** What the draft holds so far (the extractors of metadata and region run first). */
    public static DocContext of(ExtractionDraft draft) {
        return new DocContext(draft.year(), draft.issueDate(), draft.region(), draft.title(), draft.issuer());
    }

    public static DocContext empty() {
        return new DocContext(null, null, null, null, null);
    }

    /** The year relative deadlines refer to: the document's year, else the issue date's year, else null. */
    public Integer referenceYear() {
        if (year != null) {
            return year;
        }
        return issueDate == null ? null : issueDate.getYear();
    }

    /** The district's full name (东川区), or null. */
    public String district() {
        return region == null ? null : region.district();
    }

    public DocContext withRegion(Region newRegion) {
        return new DocContext(year, issueDate, newRegion, title, issuer);
    }
}
