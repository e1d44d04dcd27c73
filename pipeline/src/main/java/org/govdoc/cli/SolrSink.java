package org.govdoc.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import org.govdoc.ingest.IngestedRecord;
import org.govdoc.ingest.RecordSink;
import org.govdoc.record.Extraction;
import org.govdoc.solr.client.SolrNodes;
import org.govdoc.solr.client.SolrRecordSink;

/**
 * Where {@code govdoc ingest --solr} sends each record of the run (the JSONL's records, one per input
 * file) as one of the ingest's {@link RecordSink}s: a {@link SolrRecordSink} batching them to the
 * collection, committed when the ingest ends; files gone from the ingested folders leave it too.
 * The embedded index stays the run's registry (what is unchanged, where a killed run resumes); Solr
 * gets every file's record on each run, and its ids make that idempotent. A collection that fails
 * even after the retries stops the sending, never the ingest: the JSONL and the index are still
 * written, and the command reports the failure ({@link #failure()}); a rerun sends everything again.
 */
final class SolrSink implements RecordSink, Closeable {

    private final SolrNodes nodes;
    private final SolrRecordSink sink;
    private final String collection;
    private IOException failure;

    /** @throws IllegalArgumentException for a malformed URL */
    SolrSink(String urls, String collection) {
        this.nodes = SolrNodes.parse(urls);
        this.collection = collection;
        this.sink = new SolrRecordSink(nodes, collection, SolrRecordSink.DEFAULT_BATCH_BYTES);
    }

    @Override
    public void accept(IngestedRecord record) {
        accept(record.record());
    }

    /** A file (or every file below a folder or inside an archive) left the ingested folders: its entries leave the collection. */
    @Override
    public void removed(String path) {
        if (failure != null) {
            return;
        }
        try {
            sink.remove(path);
        } catch (IOException e) {
            failure = e;
        }
    }

    void accept(Extraction record) {
        if (failure != null) {
            return;
        }
        try {
            sink.accept(record);
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Why the records did not all reach the collection, or null. */
    IOException failure() {
        return failure;
    }

    void printSummary(PrintStream err) {
        err.printf("solr: %,d records (%,d entries) sent to collection %s in %,d batches%s%n", sink.records(),
                sink.entries(), collection, sink.batches(),
                sink.refused() == 0 ? "" : String.format(", %,d refused (see the log)", sink.refused()));
    }

    /** Sends the last batch and commits (unless sending failed). */
    @Override
    public void close() throws IOException {
        try {
            if (failure == null) {
                sink.close();
            }
        } catch (IOException e) {
            failure = e;
        } finally {
            nodes.close();
        }
    }
}
