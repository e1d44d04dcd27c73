package org.govdoc.index.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.govdoc.index.IndexFields;

/** Counts matching entries by district, year, docType and kind from doc values. */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, Facets> {

    @Override
    public Counts newCollector() {
        return new Counts();
    }

    @Override
    public Facets reduce(Collection<Counts> collectors) {
        Map<String, Long> district = new HashMap<>();
        Map<Integer, Long> year = new HashMap<>();
        Map<String, Long> docType = new HashMap<>();
        Map<String, Long> kind = new HashMap<>();
        for (Counts c : collectors) {
            c.flush();
            c.district.forEach((k, v) -> district.merge(k, v, Long::sum));
            c.year.forEach((k, v) -> year.merge(k, v, Long::sum));
            c.docType.forEach((k, v) -> docType.merge(k, v, Long::sum));
            c.kind.forEach((k, v) -> kind.merge(k, v, Long::sum));
        }
        return Facets.byCount(district, year, docType, kind);
    }

    /** Counts per segment by ordinal, resolved to names when the segment is done. */
    static final class Counts extends SimpleCollector {
        final Map<String, Long> district = new HashMap<>();
        final Map<Integer, Long> year = new HashMap<>();
        final Map<String, Long> docType = new HashMap<>();
        final Map<String, Long> kind = new HashMap<>();
        private SortedSetDocValues districtValues;
        private SortedDocValues docTypeValues;
        private SortedDocValues kindValues;
        private NumericDocValues yearValues;
        private long[] districtOrds = new long[0];
        private long[] docTypeOrds = new long[0];
        private long[] kindOrds = new long[0];

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            districtValues = DocValues.getSortedSet(context.reader(), IndexFields.DISTRICT);
            docTypeValues = DocValues.getSorted(context.reader(), IndexFields.DOC_TYPE);
            kindValues = DocValues.getSorted(context.reader(), IndexFields.KIND);
            yearValues = DocValues.getNumeric(context.reader(), IndexFields.YEAR);
            districtOrds = new long[(int) districtValues.getValueCount()];
            docTypeOrds = new long[docTypeValues.getValueCount()];
            kindOrds = new long[kindValues.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            if (districtValues.advanceExact(doc)) {
                for (int i = 0; i < districtValues.docValueCount(); i++) {
                    districtOrds[(int) districtValues.nextOrd()]++;
                }
            }
            if (docTypeValues.advanceExact(doc)) {
                docTypeOrds[docTypeValues.ordValue()]++;
            }
            if (kindValues.advanceExact(doc)) {
                kindOrds[kindValues.ordValue()]++;
            }
            if (yearValues.advanceExact(doc)) {
                year.merge((int) yearValues.longValue(), 1L, Long::sum);
            }
        }

        void flush() {
            try {
                for (int i = 0; i < districtOrds.length; i++) {
                    if (districtOrds[i] > 0) {
                        district.merge(districtValues.lookupOrd(i).utf8ToString(), districtOrds[i], Long::sum);
                    }
                }
                for (int i = 0; i < docTypeOrds.length; i++) {
                    if (docTypeOrds[i] > 0) {
                        docType.merge(docTypeValues.lookupOrd(i).utf8ToString(), docTypeOrds[i], Long::sum);
                    }
                }
                for (int i = 0; i < kindOrds.length; i++) {
                    if (kindOrds[i] > 0) {
                        kind.merge(kindValues.lookupOrd(i).utf8ToString(), kindOrds[i], Long::sum);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            districtOrds = new long[0];
            docTypeOrds = new long[0];
            kindOrds = new long[0];
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public void setScorer(Scorable scorer) {
        }
    }
}
