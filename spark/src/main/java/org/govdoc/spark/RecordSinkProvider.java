package org.govdoc.spark;

import java.util.Map;
import java.util.ServiceLoader;

/**
 * Makes {@link RecordSink}s of one kind ({@link #name()}: {@code solr}). Providers are found with
 * {@link ServiceLoader} ({@code META-INF/services/org.govdoc.spark.RecordSinkProvider}), so that the
 * job's module does not depend on the client libraries of every destination: the SolrCloud sink
 * lives with govdoc's Solr client and registers itself there.
 */
public interface RecordSinkProvider {

    /** The name {@code --sink} selects ({@code solr}). */
    String name();

    /** A sink for one partition, from the settings given on the command line ({@code url}, {@code collection}). */
    RecordSink open(Map<String, String> settings) throws Exception;

    /** The provider of this name on the class path. */
    static RecordSinkProvider named(String name) {
        for (RecordSinkProvider p : ServiceLoader.load(RecordSinkProvider.class, RecordSinkProvider.class.getClassLoader())) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no record sink named '" + name + "' on the class path"
                + ("solr".equals(name) ? " (the SolrCloud sink comes with govdoc's Solr client module)" : ""));
    }
}
