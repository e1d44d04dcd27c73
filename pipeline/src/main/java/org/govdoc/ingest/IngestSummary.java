package org.govdoc.ingest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What a run did, printed on stderr and written by --report as JSON.
 *
 * @param files       input files seen (archive entries counted one by one)
 * @param excluded    files, folders and archive entries left out by name (--exclude and the defaults)
 * @param parsed      files read by a parser in this run
 * @param unchanged   files skipped because their size and mtime are those indexed
 * @param sameBytes   files whose bytes were already indexed or met earlier in this run
 * @param removed     files (and archive entries) indexed before under the inputs and gone now: removed
 *                    from the index
 * @param records     lines of the JSONL: one per input file
 * @param distinctRecords records in the index behind those lines: one per distinct content
 * @param sharedFiles lines whose bytes are also under another path (one record for all of them)
 * @param ok          lines (files) read without error
 * @param failed      lines (files) that could not be read, by error code
 * @param docTypes    lines (files) by docType
 * @param districts   lines (files) by region.district (those without a district left out)
 * @param parsedFailed failures among the files parsed in this run, by error code
 * @param seconds     wall time of the run
 * @param filesPerSecond files parsed per second
 * @param commits     checkpoints written to the index
 * @param interrupted true when the run was stopped (Ctrl-C) before the end: the counts are of what was
 *                    written, and running the same command again finishes the job
 * @param warnings    problems that are not a file's (a folder that cannot be listed)
 */
@JsonPropertyOrder({"files", "excluded", "parsed", "unchanged", "sameBytes", "removed", "records", "distinctRecords", "sharedFiles", "ok", "failed", "docTypes", "districts",
        "parsedFailed", "seconds", "filesPerSecond", "threads", "isolation", "commits", "out", "interrupted", "warnings"})
public record IngestSummary(long files, long excluded, long parsed, long unchanged, long sameBytes, long removed,
                            long records,
                            long distinctRecords, long sharedFiles, long ok,
                            SortedMap<String, Long> failed, SortedMap<String, Long> docTypes,
                            SortedMap<String, Long> districts, SortedMap<String, Long> parsedFailed,
                            double seconds, double filesPerSecond, int threads, String isolation, long commits,
                            String out, boolean interrupted, List<String> warnings) {

    public IngestSummary {
        // the CLI's spelling (--isolation process), not the enum constant's
        isolation = isolation == null ? null : isolation.toLowerCase(java.util.Locale.ROOT);
    }

    public long failedTotal() {
        return failed.values().stream().mapToLong(Long::longValue).sum();
    }

    public void print(PrintStream err) {
        if (interrupted) {
            err.printf("govdoc ingest: interrupted: %d records written (in %s and the index); "
                    + "run the same command again to finish%n", records, out);
        }
        err.printf("govdoc ingest: %d files: %d parsed, %d unchanged, %d same bytes as another file; %.1f s (%.1f files/s, %d threads, %s)%n",
                files, parsed, unchanged, sameBytes, seconds, filesPerSecond, threads, isolation.toLowerCase());
        if (removed > 0) {
            err.printf("  removed: %d files no longer under the inputs (deleted since the last ingest)%n", removed);
        }
        if (excluded > 0) {
            err.printf("  left out by name (--exclude): %d files and folders%n", excluded);
        }
        err.printf("  records: %d, one per file (ok %d, failed %d)%s%n", records, ok, failedTotal(),
                failed.isEmpty() ? "" : " " + line(failed));
        if (sharedFiles > 0) {
            err.printf("  shared bytes: %d files have the same bytes as another path (%d lines, %d distinct records)%n",
                    sharedFiles, records, distinctRecords);
        }
        if (!parsedFailed.isEmpty()) {
            err.printf("  failed in this run: %s%n", line(parsedFailed));
        }
        if (!docTypes.isEmpty()) {
            err.printf("  docType: %s%n", line(docTypes));
        }
        if (!districts.isEmpty()) {
            err.printf("  district: %s%n", line(districts));
        }
        err.printf("  written: %s%n", out);
        for (String warning : warnings) {
            err.printf("  warning: %s%n", warning);
        }
    }

    private static String line(Map<String, Long> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }
}
