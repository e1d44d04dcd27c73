package org.govdoc.index.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.govdoc.index.analysis.HanLPAnalyzer;
import org.govdoc.text.segment.Segmenter;

/**
 * An open index for reading: the searchers over its last commit (refreshed before every use, so a search
 * during an ingest sees the ingest's last checkpoint), the query builder and the highlighter. Shared by
 * {@link SearchService} and {@link CompareService}. Thread-safe.
 */
public final class SearchIndex implements Closeable {

    private final Directory ownedDirectory;
    private final SearcherManager searchers;
    private final QueryFactory queries;
    private final Highlighter highlighter;

    /** Reads the index in this directory with these analyzers; the caller keeps the directory. */
    public SearchIndex(Directory directory, Analyzer queryAnalyzer, Analyzer indexAnalyzer) throws IOException {
        this(directory, queryAnalyzer, indexAnalyzer, null);
    }

    private SearchIndex(Directory directory, Analyzer queryAnalyzer, Analyzer indexAnalyzer, Directory owned)
            throws IOException {
        this.searchers = new SearcherManager(directory, null);
        this.queries = new QueryFactory(queryAnalyzer);
        this.highlighter = new Highlighter(indexAnalyzer);
        this.ownedDirectory = owned;
    }

    /** Reads the index in this directory with the HanLP analyzers; the caller keeps the directory. */
    public static SearchIndex open(Directory directory, Segmenter segmenter) throws IOException {
        return new SearchIndex(directory, HanLPAnalyzer.forQuery(segmenter), HanLPAnalyzer.forIndex(segmenter));
    }

    /** Reads the index in this folder; {@link IndexNotFoundException} with a sentence when there is none. */
    public static SearchIndex open(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IndexNotFoundException("no index at " + folder + " (run govdoc ingest first, or give --index)");
        }
        Directory dir = FSDirectory.open(folder);
        try {
            if (!DirectoryReader.indexExists(dir)) {
                throw new IndexNotFoundException("no index at " + folder + " (run govdoc ingest first, or give --index)");
            }
            Segmenter segmenter = Segmenter.standard();
            return new SearchIndex(dir, HanLPAnalyzer.forQuery(segmenter), HanLPAnalyzer.forIndex(segmenter), dir);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    QueryFactory queries() {
        return queries;
    }

    Highlighter highlighter() {
        return highlighter;
    }

    /** Work done with a searcher over the last commit. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
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
