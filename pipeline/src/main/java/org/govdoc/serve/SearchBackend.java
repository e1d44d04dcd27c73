package org.govdoc.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.govdoc.index.EntryKind;
import org.govdoc.index.IndexFields;
import org.govdoc.index.search.CompareRow;
import org.govdoc.index.search.CompareService;
import org.govdoc.index.search.GroupBy;
import org.govdoc.index.search.SearchRequest;
import org.govdoc.index.search.SearchIndex;
import org.govdoc.index.search.SearchJson;
import org.govdoc.index.search.SearchResult;
import org.govdoc.index.search.SearchService;
import org.govdoc.index.search.UnitRole;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;

/**
 * The one place where the server and the exports meet the search API ({@link SearchService},
 * {@link SearchRequest}): maps the API's {@link SearchFilter} to a request, and adds what the API needs
 * beside it, read from the same index folder: a record by its id, and every matching entry streamed in
 * index order (exports), without holding the matches in memory. Thread-safe.
 */
public final class SearchBackend implements Closeable {

    private static final ObjectMapper JSON = RecordJson.mapper();

    private final SearchIndex index;
    private final SearchService service;
    private final CompareService statistics;
    private final Directory directory;
    private final SearcherManager searchers;

    private SearchBackend(SearchIndex index, Directory directory) throws IOException {
        this.index = index;
        this.service = new SearchService(index);
        this.statistics = new CompareService(index);
        this.directory = directory;
        this.searchers = new SearcherManager(directory, null);
    }

    /** Opens the index in this folder; a clear error when there is none. */
    public static SearchBackend open(Path folder) throws IOException {
        SearchIndex index = SearchIndex.open(folder);
        try {
            return new SearchBackend(index, FSDirectory.open(folder));
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** The request of today's search API for this filter. */
    public SearchRequest request(SearchFilter f, int limit, boolean facets) {
        UnitRole role;
        try {
            role = f.role() == null ? UnitRole.ANY : UnitRole.fromId(f.role());
        } catch (IllegalArgumentException e) {
            throw new BadRequest("bad_parameter", "role: " + e.getMessage());
        }
        return SearchRequest.builder().unitRole(role).query(f.q()).kind(f.kind()).places(f.districts()).years(f.yearFrom(), f.yearTo())
                .docType(f.docType()).unit(f.unit()).measure(f.measure()).dueBefore(f.dueBefore()).min(f.min())
                .max(f.max()).limit(limit).facets(facets).build();
    }

    /** One hit as the API returns it. */
    public record Hit(String kind, String id, int ordinal, float score, Object doc, Object item, Object title,
                      Object text) {
    }

    /**
     * One page of hits as the API returns it.
     *
     * @param facets the facets of the search API, or null when not asked for
     */
    public record Page(long total, boolean totalExact, List<Hit> hits, Object facets) {
    }

    /** The hits (and facets) of a filter. */
    public Page search(SearchFilter filter, int limit, boolean facets) throws IOException {
        SearchResult r = service.search(request(filter, limit, facets));
        List<Hit> hits = r.hits().stream().map(h -> new Hit(h.kind().id(), h.doc().sha256(), h.ordinal(), h.score(),
                h.doc(), SearchJson.item(h.item()), h.title(), h.text())).toList();
        return new Page(r.total(), r.totalExact(), hits, r.facets());
    }

    /** The compare rows of a filter (kind indicator when it names none), grouped by {@code by}. */
    public List<CompareRow> compare(SearchFilter filter, String by) throws IOException {
        GroupBy groupBy;
        try {
            groupBy = GroupBy.fromId(by);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("bad_parameter", "by: expected district, city, year or doc-type, got '" + by + "'");
        }
        SearchRequest request = request(filter, 0, false);
        if (request.kind() == null) {
            request = request(new SearchFilter(filter.q(), EntryKind.INDICATOR, filter.districts(), filter.yearFrom(),
                    filter.yearTo(), filter.docType(), filter.unit(), filter.role(), filter.measure(),
                    filter.dueBefore(), filter.min(), filter.max()), 0, false);
        }
        return statistics.compare(request, groupBy);
    }

    /** The record whose id (the sha256 of its bytes) this is, with its text. */
    public Optional<Extraction> record(String id) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.SHA256, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.KIND, EntryKind.DOCUMENT.id())), BooleanClause.Occur.FILTER)
                .build();
        searchers.maybeRefresh();
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(q, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            String json = s.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexFields.RECORD))
                    .get(IndexFields.RECORD);
            return json == null ? Optional.empty() : Optional.of(JSON.readValue(json, Extraction.class));
        } finally {
            searchers.release(s);
        }
    }

    /** Receives the stored entries of an export one at a time. */
    @FunctionalInterface
    public interface EntryVisitor {
        void visit(JsonNode entry) throws IOException;
    }

    /**
     * Every entry the request matches (its limit and facets ignored), in index order, as stored
     * ({"kind", "doc", "item", "n"}), at most {@code max}. Returns how many were visited.
     */
    public long forEachEntry(SearchFilter filter, long max, EntryVisitor visitor) throws IOException {
        return forEachEntry(request(filter, 0, false), max, visitor);
    }

    /** {@link #forEachEntry(SearchFilter, long, EntryVisitor)} for a request of the search API (the CLI's filters). */
    public long forEachEntry(SearchRequest request, long max, EntryVisitor visitor) throws IOException {
        Query query = service.query(request);
        searchers.maybeRefresh();
        IndexSearcher s = searchers.acquire();
        try {
            Weight weight = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            long[] seen = {0};
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                if (seen[0] >= max) {
                    break;
                }
                BulkScorer scorer = weight.bulkScorer(leaf);
                if (scorer == null) {
                    continue;
                }
                StoredFields stored = leaf.reader().storedFields();
                Set<String> fields = Set.of(IndexFields.ENTRY);
                scorer.score(new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (seen[0] >= max) {
                            return;
                        }
                        seen[0]++;
                        visitor.visit(JSON.readTree(stored.document(doc, fields).get(IndexFields.ENTRY)));
                    }
                }, leaf.reader().getLiveDocs());
            }
            return seen[0];
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            directory.close();
        } finally {
            index.close();
        }
    }
}
