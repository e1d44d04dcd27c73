package org.govdoc.solr.plugin;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.govdoc.index.search.QueryFactory;
import org.govdoc.index.search.SearchRequest;
import org.govdoc.index.search.SearchRequestJson;

/**
 * The {@code govdoc} query parser: its query string is a govdoc search request as JSON
 * ({@link SearchRequestJson}), and its query is the one the embedded index runs for that request
 * ({@link QueryFactory}), with the query words analysed by the schema's query analysis of the text
 * field. {@code q={!govdoc v=$govdoc}&govdoc={"query":"呈贡 满意度","kind":"INDICATOR",…}}.
 */
public final class GovdocQParserPlugin extends QParserPlugin {

    public static final String NAME = "govdoc";

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() throws SyntaxError {
                if (qstr == null || qstr.isBlank()) {
                    throw new SyntaxError("the govdoc query parser needs a search request (JSON)");
                }
                SearchRequest request;
                try {
                    request = SearchRequestJson.read(qstr);
                } catch (IllegalArgumentException e) {
                    throw new SyntaxError(e.getMessage(), e);
                }
                return new QueryFactory(req.getSchema().getQueryAnalyzer()).build(request);
            }
        };
    }
}
