/**
 * govdoc's client of a SolrCloud collection: sends records as the embedded index's entries
 * ({@link org.govdoc.solr.client.SolrEntries}, {@link org.govdoc.solr.client.SolrRecordSink}) and
 * searches them ({@link org.govdoc.solr.client.SolrSearch}, an
 * {@link org.govdoc.index.search.EntrySearch}; {@link org.govdoc.solr.client.SolrStatistics}, an
 * {@link org.govdoc.index.search.EntryStatistics}). Talks HTTP through the JDK's client to any of the
 * given nodes ({@link org.govdoc.solr.client.SolrNodes}), so the CLI carries no Jetty.
 */
package org.govdoc.solr.client;
