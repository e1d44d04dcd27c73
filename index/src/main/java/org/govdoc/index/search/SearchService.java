package org.govdoc.index.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.govdoc.index.IndexFields;
import org.govdoc.text.segment.Segmenter;

/**
 * Searches the embedded Lucene index. Hits come by relevance or by {@link SearchRequest#sort()}; a search
 * without query words (filters only) returns its hits in index order (the order files were ingested), which
 * lets Lucene stop early. With {@link SearchRequest#foldSameDocument()} the total and facets count each entry of a
 * document held in several files once (a pass over every match). Sees the last commit of the index (refreshed before every call), so a search during
 * an ingest works and returns the state of the ingest's last commit. Thread-safe.
 */
public final class SearchService implements EntrySearch {

    private final SearchIndex index;
    private final boolean ownsIndex;

    /** Searches this open index; the caller closes it. */
    public SearchService(SearchIndex index) {
        this(index, false);
    }

    private SearchService(SearchIndex index, boolean ownsIndex) {
        this.index = index;
        this.ownsIndex = ownsIndex;
    }

    /** Searches the index in this directory with these analyzers (benchmarks compare analyzers with it). */
    public SearchService(Directory directory, Analyzer queryAnalyzer, Analyzer indexAnalyzer) throws IOException {
        this(new SearchIndex(directory, queryAnalyzer, indexAnalyzer), true);
    }

    /** Searches the index in this directory with the HanLP analyzers. */
    public static SearchService open(Directory directory, Segmenter segmenter) throws IOException {
        return new SearchService(SearchIndex.open(directory, segmenter), true);
    }

    /** Searches the index in this folder; a clear error when there is none. */
    public static SearchService open(Path folder) throws IOException {
        return new SearchService(SearchIndex.open(folder), true);
    }

    /** The Lucene query a request runs (for --explain style diagnostics and tests). */
    public Query query(SearchRequest request) {
        return index.queries().build(request);
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        Query query = index.queries().build(request);
        List<String> terms = QueryFactory.wantedTerms(query);
        return index.withSearcher(searcher -> {
            int wanted = (int) Math.min((long) request.offset() + request.limit(), Integer.MAX_VALUE);
            // folding drops hits; read further so that a page stays full when it can be
            int read = request.foldSameDocument() ? (int) Math.min((long) wanted * 4 + 64, Integer.MAX_VALUE) : wanted;
            int n = Math.max(1, Math.min(read, searcher.getIndexReader().maxDoc()));
            Sort sort = sortOf(request.sort());
            TopDocs top = sort == null ? searcher.search(query, n) : searcher.search(query, n, sort, true);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> all = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                IndexEntry e = IndexEntry.parse(stored.document(sd.doc, Set.of(IndexFields.ENTRY)).get(IndexFields.ENTRY));
                all.add(new SearchHit(e, Float.isNaN(sd.score) ? 0f : sd.score, null, null));
            }
            if (request.foldSameDocument()) {
                all = fold(all);
            }
            List<SearchHit> page = new ArrayList<>();
            for (int i = request.offset(); i < Math.min(all.size(), wanted); i++) {
                page.add(index.highlighter().highlighted(all.get(i), terms));
            }
            if (request.foldSameDocument()) { // counts per document: one pass over every match
                Folded f = foldedCounts(searcher, query);
                return new SearchResult(f.total(), true, page, request.facets() ? f.facets() : null);
            }
            Facets facets = request.facets() ? searcher.search(query, new FacetCounter()) : null;
            if (facets != null) { // every match was counted: the total is exact
                long total = facets.kind().values().stream().mapToLong(Long::longValue).sum();
                return new SearchResult(total, true, page, facets);
            }
            boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            return new SearchResult(top.totalHits.value, exact, page, null);
        });
    }

    private record Folded(long total, Facets facets) {
    }

    /** The total and facets of the matches with each entry of a document in several files counted once. */
    private static Folded foldedCounts(IndexSearcher searcher, Query query) throws IOException {
        int n = Math.max(1, searcher.count(query));
        StoredFields stored = searcher.storedFields();
        Set<String> seen = new java.util.HashSet<>();
        Map<String, Long> district = new java.util.HashMap<>();
        Map<Integer, Long> year = new java.util.HashMap<>();
        Map<String, Long> docType = new java.util.HashMap<>();
        Map<String, Long> kind = new java.util.HashMap<>();
        for (ScoreDoc sd : searcher.search(query, n).scoreDocs) {
            IndexEntry e = IndexEntry.parse(stored.document(sd.doc, Set.of(IndexFields.ENTRY)).get(IndexFields.ENTRY));
            if (!seen.add(SameDocument.key(e.doc()) + "|" + e.kind().id() + "|" + e.ordinal())) {
                continue;
            }
            if (e.doc().district() != null) {
                district.merge(e.doc().district(), 1L, Long::sum);
            }
            if (e.doc().year() != null) {
                year.merge(e.doc().year(), 1L, Long::sum);
            }
            if (e.doc().docType() != null) {
                docType.merge(e.doc().docType(), 1L, Long::sum);
            }
            kind.merge(e.kind().id(), 1L, Long::sum);
        }
        return new Folded(seen.size(), Facets.byCount(district, year, docType, kind));
    }

    /** The same entry of one document in several files shown once, with the other files' paths. */
    private static List<SearchHit> fold(List<SearchHit> hits) {
        Map<String, SearchHit> first = new LinkedHashMap<>();
        Map<String, List<String>> others = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            String key = SameDocument.key(h.doc()) + "|" + h.kind().id() + "|" + h.ordinal();
            SearchHit kept = first.putIfAbsent(key, h);
            if (kept != null && !kept.doc().sha256().equals(h.doc().sha256()) && h.doc().path() != null) {
                others.computeIfAbsent(key, k -> new ArrayList<>()).add(h.doc().path());
            }
        }
        List<SearchHit> out = new ArrayList<>();
        first.forEach((k, h) -> out.add(others.containsKey(k) ? h.withSameAs(others.get(k)) : h));
        return out;
    }

    /** The Lucene sort of a request's order; null for relevance. Entries without the field come last. */
    static Sort sortOf(SearchSort s) {
        boolean desc = s.descending();
        SortField f = switch (s.field()) {
            case RELEVANCE -> null;
            case YEAR -> numeric(IndexFields.YEAR, SortField.Type.INT, desc);
            case VALUE -> numeric(IndexFields.NUM, SortField.Type.DOUBLE, desc);
            case DUE -> numeric(IndexFields.DUE, SortField.Type.LONG, desc);
            case DISTRICT -> {
                SortedSetSortField d = new SortedSetSortField(IndexFields.DISTRICT, desc);
                d.setMissingValue(desc ? SortField.STRING_FIRST : SortField.STRING_LAST);
                yield d;
            }
        };
        return f == null ? null : new Sort(f, SortField.FIELD_SCORE, SortField.FIELD_DOC);
    }

    private static SortField numeric(String field, SortField.Type type, boolean desc) {
        SortField f = new SortField(field, type, desc);
        if (type == SortField.Type.DOUBLE) {
            f.setMissingValue(desc ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        } else if (type == SortField.Type.INT) {
            f.setMissingValue(desc ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        } else {
            f.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
        return f;
    }

    /**
     * The identities (kind|sha256|ordinal, see {@link org.govdoc.index.EntryDocuments#entryKey}) of the best
     * {@code limit} matches in rank order, without loading or highlighting the entries.
     */
    public List<String> keys(SearchRequest request, int limit) throws IOException {
        Query query = index.queries().build(request);
        return index.withSearcher(searcher -> {
            int n = Math.max(1, Math.min(limit, searcher.getIndexReader().maxDoc()));
            TopDocs top = searcher.search(query, n);
            StoredFields stored = searcher.storedFields();
            List<String> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(stored.document(sd.doc, Set.of(IndexFields.KEY)).get(IndexFields.KEY));
            }
            return out;
        });
    }

    @Override
    public long count(SearchRequest request) throws IOException {
        Query query = index.queries().build(request);
        return index.withSearcher((IndexSearcher searcher) -> (long) searcher.count(query));
    }

    @Override
    public void close() throws IOException {
        if (ownsIndex) {
            index.close();
        }
    }
}
