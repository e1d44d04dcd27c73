package org.govdoc.solr.client;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.SolrInputField;
import org.govdoc.index.EntryDocuments;
import org.govdoc.index.IndexFields;
import org.govdoc.record.Extraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends records to a SolrCloud collection in batches of a few MB. Idempotent: a batch first deletes
 * the entries of its records' bytes (sha256) and of their paths, then adds the records' entries,
 * whose ids are kind|sha256|ordinal; so sending a record again (a rerun, a resumed run, a retry after
 * a node failed mid-request) leaves each file's entries in the collection exactly once, and a path
 * whose bytes changed loses the entries of its old bytes. Requests are retried with backoff over the
 * nodes ({@link SolrNodes}); a batch Solr refuses is sent again record by record, and the records it
 * still refuses are counted ({@link #refused()}) and logged, never stopping the run.
 * {@link #close()} sends the last batch and commits (when anything was sent). One thread.
 */
public final class SolrRecordSink implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(SolrRecordSink.class);

    /** Standard batch: about 4 MB of field text. */
    public static final long DEFAULT_BATCH_BYTES = 4L * 1024 * 1024;
    /** Terms in a batch's delete query, below Solr's default maxBooleanClauses (1024). */
    private static final int MAX_DELETE_TERMS = 800;

    private final SolrNodes nodes;
    private final String collection;
    private final long batchBytes;
    private final List<Extraction> batch = new ArrayList<>();
    private final List<SolrInputDocument> docs = new ArrayList<>();
    private final Set<String> shas = new LinkedHashSet<>();
    private final Set<String> paths = new LinkedHashSet<>();
    private long bytes;
    private long records;
    private long entries;
    private long refused;
    private long batches;

    public SolrRecordSink(SolrNodes nodes, String collection, long batchBytes) {
        this.nodes = nodes;
        this.collection = collection;
        this.batchBytes = Math.max(1, batchBytes);
    }

    /** Queues the record; sends the batch when it is full. */
    public void accept(Extraction record) throws IOException {
        List<SolrInputDocument> recordDocs = SolrEntries.of(record);
        List<String> recordPaths = EntryDocuments.paths(record.source());
        String sha = EntryDocuments.refOf(record).sha256();
        if (!batch.isEmpty() && shas.size() + paths.size() + 1 + recordPaths.size() > MAX_DELETE_TERMS) {
            flush();
        }
        batch.add(record);
        docs.addAll(recordDocs);
        shas.add(sha);
        paths.addAll(recordPaths);
        for (SolrInputDocument d : recordDocs) {
            bytes += size(d);
        }
        if (bytes >= batchBytes) {
            flush();
        }
    }

    /** Sends the queued records. */
    public void flush() throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            send(deleteQuery(shas, paths), docs, "batch of " + batch.size() + " records");
            records += batch.size();
            entries += docs.size();
        } catch (SolrNodes.SolrRefusedException e) {
            LOG.warn("{}; sending its {} records one by one", e.getMessage(), batch.size());
            for (Extraction r : batch) {
                sendAlone(r);
            }
        }
        batches++;
        batch.clear();
        docs.clear();
        shas.clear();
        paths.clear();
        bytes = 0;
    }

    private void sendAlone(Extraction r) throws IOException {
        List<SolrInputDocument> recordDocs = SolrEntries.of(r);
        String sha = EntryDocuments.refOf(r).sha256();
        try {
            send(deleteQuery(Set.of(sha), new LinkedHashSet<>(EntryDocuments.paths(r.source()))), recordDocs,
                    "record of " + r.source().path());
            records++;
            entries += recordDocs.size();
        } catch (SolrNodes.SolrRefusedException e) {
            refused++;
            LOG.warn("{}", e.getMessage());
        }
    }

    private void send(String deleteQuery, List<SolrInputDocument> add, String what) throws IOException {
        // two requests: an UpdateRequest sends its adds before its deletes
        nodes.call("delete before " + what, node -> new UpdateRequest().deleteByQuery(deleteQuery).process(node, collection));
        nodes.call("add " + what, node -> new UpdateRequest().add(add).process(node, collection));
    }

    /** Entries of these bytes or at these paths. */
    static String deleteQuery(Set<String> shas, Set<String> paths) {
        StringBuilder q = new StringBuilder();
        for (String s : shas) {
            q.append(q.isEmpty() ? "" : " OR ").append(IndexFields.SHA256).append(':').append(quoted(s));
        }
        for (String p : paths) {
            q.append(q.isEmpty() ? "" : " OR ").append(IndexFields.PATHS).append(':').append(quoted(p));
        }
        return q.toString();
    }

    private static String quoted(String term) {
        return '"' + ClientUtils.escapeQueryChars(term) + '"';
    }

    /**
     * Removes the entries of a path that left the archive: the file itself, or every file below a
     * folder or inside a ZIP archive of that path. What is still batched is sent first, so the
     * removal comes after it.
     */
    public void remove(String path) throws IOException {
        flush();
        String p = ClientUtils.escapeQueryChars(path);
        String q = IndexFields.PATHS + ":" + quoted(path) + " OR " + IndexFields.PATHS + ":" + p + "\\/*"
                + " OR " + IndexFields.PATHS + ":" + p + "\\!\\/*";
        nodes.call("removal of " + path, node -> new UpdateRequest().deleteByQuery(q).process(node, collection));
    }

    /** Makes everything sent durable and visible to searches. */
    public void commit() throws IOException {
        nodes.call("commit", node -> new UpdateRequest().commit(node, collection));
    }

    private static long size(SolrInputDocument d) {
        long n = 0;
        for (SolrInputField f : d) {
            for (Object v : f) {
                n += v instanceof String s ? 2L * s.length() : 8;
            }
        }
        return n;
    }

    /** Records sent (each once, however often retried). */
    public long records() {
        return records;
    }

    /** Entries sent. */
    public long entries() {
        return entries;
    }

    /** Records Solr refused even alone. */
    public long refused() {
        return refused;
    }

    public long batches() {
        return batches;
    }

    @Override
    public void close() throws IOException {
        flush();
        if (batches > 0) {
            commit();
        }
    }
}
