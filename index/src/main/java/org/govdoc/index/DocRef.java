package org.govdoc.index;

/**
 * The document an entry belongs to, as every entry carries it (its filter fields).
 *
 * @param docType the docType's JSON form (budget_project …), or null
 * @param documentKey what files of one document in several formats share (see {@link #sameDocumentKey}); null when
 *                the record is not enough to tell (no title), and in indexes written before it existed
 */
public record DocRef(String id, String sha256, String path, String title, String province, String city,
                     String district, Integer year, String docType, String documentKey) {

    /**
     * The key of a record's document, format aside: its normalised title, place, year, docType, 发文字号,
     * project name and unit, and how many indicators, tasks and amounts it has. A .docx and its .pdf give the
     * same key; two documents that share a generic title (2025年度项目支出绩效目标申报表) differ in their
     * project or items. Null without a title.
     */
    public static String sameDocumentKey(org.govdoc.record.Extraction r) {
        String title = r.title() == null ? null : org.govdoc.text.ChineseText.key(r.title());
        if (title == null || title.isBlank()) {
            return null;
        }
        org.govdoc.record.Region g = r.region();
        org.govdoc.record.Project p = r.project();
        return String.join("|", title, g == null ? "" : String.valueOf(g.district()), String.valueOf(r.year()),
                r.docType() == null ? "" : r.docType().json(), String.valueOf(r.docNumber()),
                p == null ? "" : String.valueOf(p.name()), p == null ? "" : String.valueOf(p.unit()),
                r.indicators().size() + "/" + r.tasks().size() + "/" + r.fundingAmounts().size());
    }
}
