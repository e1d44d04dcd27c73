package org.govdoc.spark;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a run of the job did.
 *
 * @param files   records written: one per file kept
 * @param ok      records of files that were read
 * @param failed  failed records by error code
 * @param seconds wall-clock time of the run
 */
public record SparkIngestSummary(long files, long ok, SortedMap<String, Long> failed, double seconds) {

    public SparkIngestSummary {
        failed = Collections.unmodifiableSortedMap(new TreeMap<>(failed));
    }
}
