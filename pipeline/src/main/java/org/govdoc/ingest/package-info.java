/**
 * Batch ingest of files and folders: walking (ZIP entries included), change detection, parsing in
 * an isolated worker JVM or threads with time and memory limits, record bounds, and streaming the
 * records to the index and the JSON Lines output, resumable after a crash.
 */
package org.govdoc.ingest;
