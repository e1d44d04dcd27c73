package org.govdoc.spark;

import org.govdoc.record.Extraction;

/**
 * An extra destination of the job's records (SolrCloud), beside the files it writes: opened once per
 * partition on an executor, given each record of the partition, closed at the partition's end. A
 * sink makes its own writes idempotent (by record id), since Spark may run a partition twice.
 */
public interface RecordSink extends AutoCloseable {

    void add(Extraction record) throws Exception;

    /** Sends what is still buffered; called once at the partition's end. */
    @Override
    void close() throws Exception;
}
