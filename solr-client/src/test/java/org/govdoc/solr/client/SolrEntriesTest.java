package org.govdoc.solr.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.solr.common.SolrInputDocument;
import org.govdoc.index.EntryDocuments;
import org.govdoc.index.IndexFields;
import org.govdoc.index.bench.SyntheticRecords;
import org.govdoc.record.Extraction;
import org.junit.jupiter.api.Test;

class SolrEntriesTest {

    private final Extraction budget = firstBudget();

    private static Extraction firstBudget() {
        SyntheticRecords gen = new SyntheticRecords(3);
        for (int i = 0; i < 50; i++) {
            Extraction r = gen.next();
            if (!r.indicators().isEmpty() && !r.fundingAmounts().isEmpty()) {
                return r;
            }
        }
        throw new IllegalStateException("no budget among 50 synthetic records");
    }

    @Test
    void oneSolrDocumentPerEntryWithTheEntryKeyAsId() {
        List<Document> entries = EntryDocuments.of(budget);
        List<SolrInputDocument> docs = SolrEntries.of(budget);
        assertThat(docs).hasSameSizeAs(entries);
        for (int i = 0; i < docs.size(); i++) {
            assertThat(docs.get(i).getFieldValue(SolrEntries.ID)).isEqualTo(entries.get(i).get(IndexFields.KEY));
            assertThat(docs.get(i).getFieldValue(IndexFields.ENTRY)).isEqualTo(entries.get(i).get(IndexFields.ENTRY));
        }
        assertThat(docs.get(0).getFieldValue(IndexFields.KIND)).isEqualTo("document");
        assertThat(docs.get(0).getFieldValue(IndexFields.RECORD)).isNotNull();
    }

    @Test
    void keywordsOnceNumbersAsNumbersTextsAsText() {
        SolrInputDocument doc = SolrEntries.of(budget).get(0);
        assertThat(doc.getFieldValues(IndexFields.KIND)).hasSize(1); // the keyword, not again for its doc values
        assertThat(doc.getFieldValue(IndexFields.YEAR)).isEqualTo((long) budget.year());
        assertThat(doc.getFieldValue(IndexFields.TITLE)).isEqualTo(budget.title());
        assertThat(doc.getFieldValues(IndexFields.PLACE_KEY)).contains(budget.region().district());

        SolrInputDocument indicator = SolrEntries.of(budget).stream()
                .filter(d -> "indicator".equals(d.getFieldValue(IndexFields.KIND)) && d.getFieldValue(IndexFields.VALUE) != null)
                .findFirst().orElseThrow();
        // the exact decimal the embedded index stores beside the number is not sent: Solr has one "value"
        assertThat(indicator.getFieldValues(IndexFields.VALUE)).hasSize(1);
        assertThat(indicator.getFieldValue(IndexFields.VALUE)).isInstanceOf(Double.class);
        assertThat(indicator.getFieldValue(IndexFields.NUM)).isEqualTo(indicator.getFieldValue(IndexFields.VALUE));
    }
}
