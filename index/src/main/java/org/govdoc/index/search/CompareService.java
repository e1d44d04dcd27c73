package org.govdoc.index.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.govdoc.index.IndexFields;
import org.govdoc.text.segment.Segmenter;

/**
 * Statistics over the embedded Lucene index: the numbers of every matching entry (indicator value, amount in
 * yuan, figure value) grouped by a document field, their measurement unit and their operator, with count, sum,
 * mean, min, max and median of the exact values ({@link CompareRows}). Thread-safe.
 */
public final class CompareService implements EntryStatistics {

    private final SearchIndex index;
    private final boolean ownsIndex;

    /** Compares in this open index; the caller closes it. */
    public CompareService(SearchIndex index) {
        this(index, false);
    }

    private CompareService(SearchIndex index, boolean ownsIndex) {
        this.index = index;
        this.ownsIndex = ownsIndex;
    }

    public static CompareService open(Directory directory, Segmenter segmenter) throws IOException {
        return new CompareService(SearchIndex.open(directory, segmenter), true);
    }

    /** Compares in the index in this folder; a clear error when there is none. */
    public static CompareService open(Path folder) throws IOException {
        return new CompareService(SearchIndex.open(folder), true);
    }

    @Override
    public List<CompareRow> compare(CompareRequest request) throws IOException {
        Query query = index.queries().build(request.filters());
        List<IndexEntry> entries = index.withSearcher(searcher -> {
            int total = Math.max(1, searcher.count(query));
            StoredFields stored = searcher.storedFields();
            List<IndexEntry> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, total).scoreDocs) {
                out.add(IndexEntry.parse(stored.document(sd.doc, Set.of(IndexFields.ENTRY)).get(IndexFields.ENTRY)));
            }
            return out;
        });
        return CompareRows.of(entries, request);
    }

    @Override
    public void close() throws IOException {
        if (ownsIndex) {
            index.close();
        }
    }
}
