package org.govdoc.solr.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.junit.jupiter.api.Test;

class SolrNodesTest {

    private static final SolrNodes.Retry FAST = new SolrNodes.Retry(4, 1, 4, 5_000);

    /** A loopback port nothing listens on. */
    private static int deadPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aNodeThatIsDownIsRetriedThenReportedWithTheLastFailure() throws IOException {
        String url = "http://127.0.0.1:" + deadPort() + "/solr";
        try (SolrNodes nodes = new SolrNodes(List.of(url), FAST)) {
            // the JDK-HttpClient SolrJ client runs on this module's class path (no Jetty, no Apache HttpClient)
            assertThatThrownBy(() -> nodes.call("ping", node -> node.query("c",
                    new org.apache.solr.common.params.ModifiableSolrParams().set("q", "*:*"))))
                    .isInstanceOf(IOException.class).hasMessageContaining("ping failed 4 times");
        }
    }

    @Test
    void failuresMoveToTheNextNodeAndRefusalsAreNotRetried() throws IOException {
        try (SolrNodes nodes = new SolrNodes(List.of("http://a:1/solr", "http://b:1/solr"), FAST)) {
            List<Integer> seen = new ArrayList<>();
            String answer = nodes.call("call", node -> {
                seen.add(seen.size());
                if (seen.size() < 3) {
                    throw new SolrServerException("connection refused");
                }
                return "ok";
            });
            assertThat(answer).isEqualTo("ok");
            assertThat(seen).hasSize(3);

            List<Integer> refusedCalls = new ArrayList<>();
            assertThatThrownBy(() -> nodes.call("add", node -> {
                refusedCalls.add(1);
                throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "unknown field");
            })).isInstanceOf(SolrNodes.SolrRefusedException.class).hasMessageContaining("unknown field");
            assertThat(refusedCalls).hasSize(1);

            List<Integer> unavailable = new ArrayList<>();
            assertThatThrownBy(() -> nodes.call("add", node -> {
                unavailable.add(1);
                throw new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "no leader");
            })).isInstanceOf(IOException.class).isNotInstanceOf(SolrNodes.SolrRefusedException.class);
            assertThat(unavailable).hasSize(4);
        }
    }

    @Test
    void urlsAreSplitAtCommasWithoutTrailingSlashes() throws IOException {
        try (SolrNodes nodes = SolrNodes.parse("http://a:8983/solr/, http://b:8983/solr")) {
            assertThat(nodes.urls()).containsExactly("http://a:8983/solr", "http://b:8983/solr");
        }
    }
}
