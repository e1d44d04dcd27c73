package org.govdoc.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.govdoc.record.Extraction;

/**
 * The search entries of records in the Lucene index: a record's document entry and its indicator,
 * task, amount, deadline and figure entries ({@link EntryDocuments}), written and replaced as one
 * block keyed by the record's sha256. The document entry also carries the whole record and the
 * version of the extraction that made it, which {@link LuceneRecordStore} reads back.
 */
final class SearchEntries {

    private final IndexWriter writer;
    private final Analyzer analyzer;

    SearchEntries(IndexWriter writer, Analyzer analyzer) {
        this.writer = writer;
        this.analyzer = analyzer;
    }

    /** Writes the entries of a record, replacing those of the same sha256. */
    void write(Extraction record, String madeBy) throws IOException {
        List<Document> entries = EntryDocuments.of(record, analyzer);
        if (madeBy != null) {
            entries.get(0).add(new StoredField(IndexFields.MADE_BY, madeBy)); // the document entry
        }
        writer.updateDocuments(new Term(IndexFields.SHA256, record.source().sha256()), entries);
    }

    /** Deletes every entry of the record of these bytes. */
    void delete(String sha256) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.SHA256, sha256));
    }
}
