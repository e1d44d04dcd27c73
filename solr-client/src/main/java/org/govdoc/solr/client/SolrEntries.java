package org.govdoc.solr.client;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import org.govdoc.index.EntryDocuments;
import org.govdoc.index.IndexFields;
import org.govdoc.record.Extraction;

/**
 * The Solr documents of a record: exactly the entries of the embedded index ({@link EntryDocuments}),
 * field by field, so that one definition of the entries serves both engines. Keywords and texts go as
 * strings (Solr analyses the texts with the same HanLP chain, see the configset), numbers as the
 * values of their doc values, and the entry's identity kind|sha256|ordinal ({@link IndexFields#KEY})
 * is also the document's {@value #ID}: sending a record again replaces its entries.
 */
public final class SolrEntries {

    /** The unique key of the configset's schema. */
    public static final String ID = "id";

    private SolrEntries() {
    }

    public static List<SolrInputDocument> of(Extraction record) {
        List<SolrInputDocument> out = new ArrayList<>();
        for (Document entry : EntryDocuments.of(record)) {
            out.add(of(entry));
        }
        return out;
    }

    static SolrInputDocument of(Document entry) {
        SolrInputDocument d = new SolrInputDocument();
        Set<String> numeric = new HashSet<>();
        for (IndexableField f : entry) {
            if (f instanceof NumericDocValuesField) {
                numeric.add(f.name());
            }
        }
        for (IndexableField f : entry) {
            String name = f.name();
            if (f instanceof DoubleDocValuesField) {
                d.addField(name, Double.longBitsToDouble(f.numericValue().longValue()));
            } else if (f instanceof NumericDocValuesField) {
                d.addField(name, f.numericValue().longValue());
            } else if (f.fieldType().docValuesType() != DocValuesType.NONE || f.fieldType().pointDimensionCount() > 0) {
                continue; // the keyword or number is sent once, by its indexed or doc-values field
            } else if (f.stringValue() != null) {
                boolean storedDecimal = f.fieldType().indexOptions() == IndexOptions.NONE && numeric.contains(name);
                if (!storedDecimal) { // the exact decimal beside a number: Solr keeps the number
                    d.addField(name, f.stringValue());
                }
            }
        }
        d.setField(ID, entry.get(IndexFields.KEY));
        return d;
    }
}
