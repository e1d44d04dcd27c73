package org.govdoc.spark;

import java.util.Map;
import org.govdoc.record.Extraction;
import org.govdoc.solr.client.SolrNodes;
import org.govdoc.solr.client.SolrRecordSink;

/**
 * The {@code solr} record sink of the job: each partition's records go to a SolrCloud collection
 * made from govdoc's configset through govdoc's Solr client ({@link SolrRecordSink}: batches of a
 * few MB, retries on the next node, ids kind|sha256|ordinal so that a partition Spark runs twice
 * leaves every file there once). Settings: {@code url} (one or more node URLs, comma-separated) and
 * {@code collection}.
 */
public final class SolrSinkProvider implements RecordSinkProvider {

    @Override
    public String name() {
        return "solr";
    }

    @Override
    public RecordSink open(Map<String, String> settings) {
        String url = settings.get("url");
        String collection = settings.get("collection");
        if (url == null || url.isBlank() || collection == null || collection.isBlank()) {
            throw new IllegalArgumentException("the solr sink needs a url and a collection");
        }
        SolrNodes nodes = SolrNodes.parse(url);
        SolrRecordSink sink = new SolrRecordSink(nodes, collection, SolrRecordSink.DEFAULT_BATCH_BYTES);
        return new RecordSink() {
            @Override
            public void add(Extraction record) throws Exception {
                sink.accept(record);
            }

            @Override
            public void close() throws Exception {
                try {
                    sink.close(); // the last batch, then a commit
                } finally {
                    nodes.close();
                }
            }
        };
    }
}
