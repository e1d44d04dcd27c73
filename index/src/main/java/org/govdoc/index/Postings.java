package org.govdoc.index;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Lookups of one term straight from the postings, for the per-file questions ingest asks. */
final class Postings {

    private Postings() {
    }

    /**
     * The first live document (in index order) holding the term, and of this entry kind unless null;
     * -1 when there is none. What a search for the term (filtered by kind) would return first, read
     * straight from the postings: one per file ingested, so the query machinery is not worth its cost.
     */
    static int firstDoc(IndexReader reader, Term term, BytesRef kind) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term.bytes())) {
                continue;
            }
            SortedDocValues kinds = null;
            int kindOrd = -1;
            if (kind != null) {
                kinds = DocValues.getSorted(leaf.reader(), IndexFields.KIND);
                kindOrd = kinds.lookupTerm(kind);
                if (kindOrd < 0) {
                    continue;
                }
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if ((live == null || live.get(d)) && (kinds == null || kinds.advanceExact(d) && kinds.ordValue() == kindOrd)) {
                    return leaf.docBase + d;
                }
            }
        }
        return -1;
    }

    /** True when some live document of this leaf holds the term the enum is positioned on. */
    static boolean live(TermsEnum te, Bits live) throws IOException {
        PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
            if (live == null || live.get(d)) {
                return true;
            }
        }
        return false;
    }
}
