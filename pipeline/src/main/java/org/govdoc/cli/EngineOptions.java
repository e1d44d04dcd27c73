package org.govdoc.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.govdoc.index.search.CompareService;
import org.govdoc.index.search.EntrySearch;
import org.govdoc.index.search.EntryStatistics;
import org.govdoc.index.search.SearchService;
import org.govdoc.solr.client.SolrSearch;
import org.govdoc.solr.client.SolrStatistics;
import picocli.CommandLine.Option;

/**
 * Which index a query command reads: the embedded index folder, or a SolrCloud collection with {@code --solr}.
 * A picocli mixin of {@code search} and {@code compare}. What the Solr side cannot do (such as {@code --fold}) is
 * refused there with an {@link IllegalArgumentException} (a bad argument, exit status 2).
 */
final class EngineOptions {

    static final String DEFAULT_COLLECTION = "govdoc";

    @Option(names = "--solr", paramLabel = "URL[,URL…]",
            description = {"Query this SolrCloud instead of the embedded index: base URLs of one or more of its",
                "nodes (http://host:8983/solr); a node that does not answer is left for the next."})
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = DEFAULT_COLLECTION,
            description = "SolrCloud collection made from govdoc's configset (default: ${DEFAULT-VALUE}).")
    String collection;

    /** The search over the Solr collection when --solr is given, else over the embedded index at {@code index}. */
    EntrySearch search(Path index) throws IOException {
        if (solr != null) {
            return SolrSearch.open(solr, collection); // a malformed URL: IllegalArgumentException, a bad argument
        }
        return SearchService.open(index);
    }

    /** The statistics over the Solr collection when --solr is given, else over the embedded index. */
    EntryStatistics statistics(Path index) throws IOException {
        if (solr != null) {
            return SolrStatistics.open(solr, collection);
        }
        return CompareService.open(index);
    }
}
