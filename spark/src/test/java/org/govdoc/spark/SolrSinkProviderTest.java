package org.govdoc.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The job finds the SolrCloud sink by name on its class path (the sink itself, govdoc's
 * SolrRecordSink, is tested against a real 2-node cluster in solr-plugin).
 */
class SolrSinkProviderTest {

    @Test
    void theSolrSinkIsFoundByItsName() {
        assertThat(RecordSinkProvider.named("solr")).isInstanceOf(SolrSinkProvider.class);
    }

    @Test
    void itNeedsAUrlAndACollection() {
        SolrSinkProvider p = new SolrSinkProvider();
        assertThatThrownBy(() -> p.open(Map.of("url", "http://127.0.0.1:8983/solr")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("collection");
        assertThatThrownBy(() -> p.open(Map.of("collection", "govdoc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
    }
}
