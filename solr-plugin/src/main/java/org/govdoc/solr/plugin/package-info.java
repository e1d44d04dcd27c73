/**
 * govdoc inside Solr: the HanLP analysis chain as Lucene analysis factories (tokenizer, subword
 * filter, query stop filter) and the {@code govdoc} query parser, which builds the embedded index's
 * query for a govdoc search request; packaged with the configset ({@code solr-plugin/configset}) so a
 * SolrCloud collection indexes and searches entries as the embedded index does.
 */
package org.govdoc.solr.plugin;
