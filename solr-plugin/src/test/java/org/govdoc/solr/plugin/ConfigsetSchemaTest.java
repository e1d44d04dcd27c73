package org.govdoc.solr.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.govdoc.index.IndexFields;
import org.govdoc.index.bench.SyntheticRecords;
import org.govdoc.solr.client.SolrEntries;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The configset's schema holds every field the client sends, with the type the embedded index gives it. */
class ConfigsetSchemaTest {

    private static Map<String, Element> schemaFields() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList nodes = f.newDocumentBuilder().parse(Path.of("configset", "conf", "schema.xml").toFile())
                .getElementsByTagName("field");
        Map<String, Element> out = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            out.put(e.getAttribute("name"), e);
        }
        return out;
    }

    @Test
    void everyFieldSentIsInTheSchema() throws Exception {
        Map<String, Element> schema = schemaFields();
        Set<String> sent = new HashSet<>();
        Set<String> multiValued = new HashSet<>();
        SyntheticRecords gen = new SyntheticRecords(9);
        for (int i = 0; i < 200; i++) {
            SolrEntries.of(gen.next()).forEach(d -> d.getFieldNames().forEach(n -> {
                sent.add(n);
                if (d.getFieldValues(n).size() > 1) {
                    multiValued.add(n);
                }
            }));
        }
        assertThat(schema.keySet()).containsAll(sent);
        for (String n : multiValued) {
            assertThat(schema.get(n).getAttribute("multiValued")).as(n).isEqualTo("true");
        }
        assertThat(sent).contains(IndexFields.TEXT, IndexFields.LEVEL1, IndexFields.UNIT, IndexFields.AMOUNT_YUAN,
                IndexFields.LEAD_UNIT, IndexFields.ORG_TEXT, IndexFields.LEAD_UNIT_TEXT, IndexFields.RESPONSIBLE_UNIT_TEXT,
                IndexFields.DUE, IndexFields.RECORD);
    }

    @Test
    void textFieldsUseTheHanLPChainAndKeywordsAreStrings() throws Exception {
        Map<String, Element> schema = schemaFields();
        for (String text : new String[] {IndexFields.TITLE, IndexFields.TEXT, IndexFields.LEVEL3, IndexFields.ORG_TEXT,
            IndexFields.LEAD_UNIT_TEXT, IndexFields.RESPONSIBLE_UNIT_TEXT}) {
            assertThat(schema.get(text).getAttribute("type")).as(text).isEqualTo("govdoc_text");
        }
        for (String keyword : new String[] {IndexFields.KIND, IndexFields.SHA256, IndexFields.PATHS, IndexFields.PLACE_KEY,
            IndexFields.DOC_TYPE, IndexFields.LEVEL1, IndexFields.LEVEL2, IndexFields.UNIT, IndexFields.ORG}) {
            assertThat(schema.get(keyword).getAttribute("type")).as(keyword).isEqualTo("string");
        }
    }
}
