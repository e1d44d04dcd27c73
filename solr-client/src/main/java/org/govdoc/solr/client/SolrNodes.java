package org.govdoc.solr.client;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nodes of a SolrCloud cluster as govdoc reaches them: one JDK-HttpClient SolrJ client per node
 * URL. Any node serves any collection (it forwards updates to the shard leaders and spreads queries
 * over the shards), so requests go to one node while it answers; a request that fails for a reason
 * a retry can mend (connection refused, a node going down, 5xx while a leader is elected) is sent
 * again to the next node after a growing pause; a request Solr refuses (4xx) is not retried.
 * Thread-safe.
 */
public final class SolrNodes implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(SolrNodes.class);

    /**
     * How a request is retried.
     *
     * @param requestTimeoutMillis a request not answered in this time is abandoned and retried (a node
     *                             stopped mid-request may never answer)
     */
    public record Retry(int attempts, long firstPauseMillis, long maxPauseMillis, long requestTimeoutMillis) {

        /**
         * Eight attempts, pauses of 0.25 s doubling up to 8 s (about 30 s in all before giving up), two
         * minutes per request.
         */
        public static final Retry STANDARD = new Retry(8, 250, 8_000, 120_000);
    }

    /** One request to a node. */
    @FunctionalInterface
    public interface Call<T> {
        T on(SolrClient node) throws SolrServerException, IOException;
    }

    private final List<String> urls;
    private final List<SolrClient> clients = new ArrayList<>();
    private final Retry retry;
    /** Runs each request, so that one without an answer can be abandoned. */
    private final ExecutorService requests = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "govdoc-solr-request");
        t.setDaemon(true);
        return t;
    });
    private int current;

    /** @param urls base URLs of Solr nodes ({@code http://host:8983/solr}), at least one */
    public SolrNodes(List<String> urls, Retry retry) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no Solr URL");
        }
        this.urls = List.copyOf(urls);
        this.retry = retry;
        for (String url : this.urls) {
            // HTTP/1.1: the JDK client's cleartext HTTP/2 upgrade does not carry request bodies
            clients.add(new HttpJdkSolrClient.Builder(url).useHttp1_1(true)
                    .withConnectionTimeout(10, TimeUnit.SECONDS)
                    .withRequestTimeout(retry.requestTimeoutMillis(), TimeUnit.MILLISECONDS).build());
        }
    }

    /** The nodes of a comma-separated list of URLs ({@code --solr}). */
    public static SolrNodes parse(String commaSeparatedUrls) {
        return new SolrNodes(urls(commaSeparatedUrls), Retry.STANDARD);
    }

    /**
     * The URLs of a comma-separated list, without trailing slashes.
     *
     * @throws IllegalArgumentException when there is none or one is not an http(s) URL
     */
    public static List<String> urls(String commaSeparatedUrls) {
        List<String> urls = new ArrayList<>();
        for (String u : commaSeparatedUrls.split(",")) {
            if (!u.isBlank()) {
                String url = u.strip().replaceAll("/+$", "");
                URI uri;
                try {
                    uri = URI.create(url);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("not a URL: " + url);
                }
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException("not an http(s) URL of a Solr node: " + url);
                }
                urls.add(url);
            }
        }
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no Solr URL");
        }
        return urls;
    }

    public List<String> urls() {
        return urls;
    }

    /** Runs the call on a node, retrying on the next node with backoff; the last failure if all fail. */
    public <T> T call(String what, Call<T> call) throws IOException {
        long pause = retry.firstPauseMillis();
        Exception last = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            int node = currentNode();
            SolrClient client = clients.get(node);
            Future<T> answer = requests.submit(() -> call.on(client));
            try {
                return answer.get(retry.requestTimeoutMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                answer.cancel(true); // a node stopped mid-request may never answer, whatever the HTTP timeouts
                last = new IOException("no answer in " + retry.requestTimeoutMillis() + " ms");
            } catch (InterruptedException e) {
                answer.cancel(true);
                Thread.currentThread().interrupt();
                throw new IOException(what + " interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof SolrException se && se.code() >= 400 && se.code() < 500 && se.code() != 404
                        && se.code() != 409) {
                    throw new SolrRefusedException(what + " refused by " + urls.get(node) + ": " + se.getMessage(), se);
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                last = cause instanceof Exception ex ? ex : new IOException(cause);
            }
            failed(node);
            if (attempt < retry.attempts()) {
                LOG.warn("{} failed on {} (attempt {} of {}): {}; retrying in {} ms", what, urls.get(node), attempt,
                        retry.attempts(), describe(last), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(what + " interrupted", e);
                }
                pause = Math.min(retry.maxPauseMillis(), pause * 2);
            }
        }
        throw new IOException(what + " failed " + retry.attempts() + " times on " + urls + ": " + describe(last), last);
    }

    private static String describe(Exception e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The node requests go to: the same one while it answers. */
    private synchronized int currentNode() {
        return current;
    }

    /** Moves on to the next node after a failure of this one (unless another thread already has). */
    private synchronized void failed(int node) {
        if (current == node) {
            current = (current + 1) % clients.size();
        }
    }

    @Override
    public void close() throws IOException {
        requests.shutdownNow();
        for (SolrClient c : clients) {
            c.close();
        }
    }

    /** Solr refused a request (a 4xx answer): sending it again would not help. */
    public static final class SolrRefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        SolrRefusedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
