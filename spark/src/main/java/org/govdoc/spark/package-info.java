/**
 * govdoc's ingest as an Apache Spark job, for archives beyond one machine: files are read with
 * Spark's {@code binaryFile} source, each is parsed by the same worker JVM govdoc's own ingest uses
 * (one per executor, {@link org.govdoc.ingest.WorkerProcess}), and the records, the same JSON as
 * {@code govdoc ingest} writes, go to JSON Lines or Parquet and, optionally, to a {@link RecordSink}
 * such as SolrCloud. See docs/spark.md.
 */
package org.govdoc.spark;
