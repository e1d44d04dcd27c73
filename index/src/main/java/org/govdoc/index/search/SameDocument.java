package org.govdoc.index.search;

import org.govdoc.index.DocRef;

/**
 * Which files hold the same document: one document saved in several formats (a .docx and its .pdf) gives
 * records of different bytes with the same {@link DocRef#documentKey()} key. Files without that key (no title, or
 * an index written before the key existed) are never taken for one another.
 */
final class SameDocument {

    private SameDocument() {
    }

    /** The key files of one document share, or the sha256 (the file alone) when the record has none. */
    static String key(DocRef d) {
        return d.documentKey() == null ? "sha256:" + d.sha256() : "doc:" + d.documentKey();
    }
}
