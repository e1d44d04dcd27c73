package org.govdoc.index.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.govdoc.index.IndexFields;
import org.govdoc.index.analysis.HanLPAnalyzer;
import org.govdoc.text.segment.Segmenter;

/**
 * Searches and compares the index. Hits come by relevance; a search without query words (filters only)
 * returns its hits in index order (the order files were ingested), which lets Lucene stop early. Sees the last commit of the index (refreshed before every call), so a
 * search during an ingest works and returns the state of the ingest's last commit. Thread-safe.
 */
public final class SearchService implements EntrySearch {

    private final Directory ownedDirectory;
    private final SearcherManager searchers;
    private final QueryFactory queries;
    private final EntryHits entries;

    public SearchService(Directory directory, Analyzer queryAnalyzer, Analyzer indexAnalyzer) throws IOException {
        this(directory, queryAnalyzer, indexAnalyzer, null);
    }

    private SearchService(Directory directory, Analyzer queryAnalyzer, Analyzer indexAnalyzer, Directory owned)
            throws IOException {
        this.searchers = new SearcherManager(directory, null);
        this.queries = new QueryFactory(queryAnalyzer);
        this.entries = new EntryHits(new Highlighter(indexAnalyzer));
        this.ownedDirectory = owned;
    }

    /** Searches the index in this directory with the HanLP analyzers. */
    public static SearchService open(Directory directory, Segmenter segmenter) throws IOException {
        return new SearchService(directory, HanLPAnalyzer.forQuery(segmenter), HanLPAnalyzer.forIndex(segmenter));
    }

    /** Searches the index in this folder; a clear error when there is none. */
    public static SearchService open(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IndexNotFoundException("no index at " + folder + " (run govdoc ingest first, or give --index)");
        }
        Directory dir = FSDirectory.open(folder);
        try {
            if (!DirectoryReader.indexExists(dir)) {
                throw new IndexNotFoundException("no index at " + folder + " (run govdoc ingest first, or give --index)");
            }
            Segmenter segmenter = Segmenter.standard();
            return new SearchService(dir, HanLPAnalyzer.forQuery(segmenter), HanLPAnalyzer.forIndex(segmenter), dir);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** The Lucene query a request runs (for --explain style diagnostics and tests). */
    public Query query(SearchRequest request) {
        return queries.build(request);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        Query query = queries.build(request);
        List<String> terms = queries.terms(request.query());
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            int n = Math.max(1, Math.min(request.limit(), searcher.getIndexReader().maxDoc()));
            TopDocs top = searcher.search(query, n);
            List<SearchHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < Math.min(request.limit(), top.scoreDocs.length); i++) {
                ScoreDoc sd = top.scoreDocs[i];
                String json = stored.document(sd.doc).get(IndexFields.ENTRY);
                hits.add(entries.read(json, Float.isNaN(sd.score) ? 0f : sd.score, terms));
            }
            Facets facets = request.facets() ? searcher.search(query, new FacetCounter()) : null;
            if (facets != null) { // every match was counted: the total is exact
                long total = facets.kind().values().stream().mapToLong(Long::longValue).sum();
                return new SearchResult(total, true, hits, facets);
            }
            boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            return new SearchResult(top.totalHits.value, exact, hits, facets);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The identities (kind|sha256|ordinal, see {@link org.govdoc.index.EntryDocuments#entryKey}) of the best
     * {@code limit} matches in rank order, without loading or highlighting the entries.
     */
    @Override
    public List<String> keys(SearchRequest request, int limit) throws IOException {
        Query query = queries.build(request);
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            int n = Math.max(1, Math.min(limit, searcher.getIndexReader().maxDoc()));
            TopDocs top = searcher.search(query, n);
            StoredFields stored = searcher.storedFields();
            List<String> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(stored.document(sd.doc, java.util.Set.of(IndexFields.KEY)).get(IndexFields.KEY));
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Exactly how many entries match. */
    @Override
    public long count(SearchRequest request) throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(queries.build(request));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Groups every matching entry that has a number (indicator value, amount in yuan, figure value) by the
     * group key and its measurement unit, with count, min, max and median of the exact values.
     */
    @Override
    public List<CompareRow> compare(SearchRequest request, GroupBy by) throws IOException {
        Query query = queries.build(request);
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        CompareRows rows = new CompareRows(by);
        try {
            int total = Math.max(1, searcher.count(query));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(query, total).scoreDocs) {
                rows.add(entries.read(stored.document(sd.doc).get(IndexFields.ENTRY), sd.score, List.of()));
            }
        } finally {
            searchers.release(searcher);
        }
        return rows.rows();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            if (ownedDirectory != null) {
                ownedDirectory.close();
            }
        }
    }
}
