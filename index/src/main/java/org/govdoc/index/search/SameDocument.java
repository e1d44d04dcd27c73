package org.govdoc.index.search;

import org.govdoc.index.DocRef;
import org.govdoc.text.ChineseText;

/**
 * Which files hold the same document: one document saved in several formats (a .docx and its .pdf) gives
 * records of different bytes with the same title, district, year and docType. Files without a title are
 * never taken for one another.
 */
final class SameDocument {

    private SameDocument() {
    }

    /** The key files of one document share, or the sha256 (the file alone) when the record has no title. */
    static String key(DocRef d) {
        String title = d.title() == null ? null : ChineseText.key(d.title());
        if (title == null || title.isBlank()) {
            return "sha256:" + d.sha256();
        }
        return String.join("|", title, String.valueOf(d.district()), String.valueOf(d.year()),
                String.valueOf(d.docType()));
    }
}
