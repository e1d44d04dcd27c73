package org.govdoc.solr.plugin;

import java.util.Map;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.govdoc.index.analysis.HanLPAnalyzer;

/**
 * Drops the function words a query should not require ({@link HanLPAnalyzer#QUERY_STOP_WORDS}, the
 * list the embedded index uses): the query side of a govdoc text field.
 * {@code <filter class="org.govdoc.solr.plugin.QueryStopFilterFactory"/>} (or {@code name="govdocQueryStop"}).
 */
public final class QueryStopFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "govdocQueryStop";

    public QueryStopFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For the service loader only. */
    public QueryStopFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new StopFilter(input, HanLPAnalyzer.QUERY_STOP_WORDS);
    }
}
