package org.govdoc.index;

/**
 * The document an entry belongs to, as every entry carries it (its filter fields).
 *
 * @param docType the docType's JSON form (budget_project …), or null
 */
public record DocRef(String id, String sha256, String path, String title, String province, String city,
                     String district, Integer year, String docType) {
}
