package org.govdoc.ingest;

import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.govdoc.record.Extraction;

/** The summary's counts of the JSONL's lines, as they are written (and of the lines a resumed run kept). */
final class LineCounts implements RecordSink {

    /** Lines: one per input file. */
    long records;
    /** Distinct records among the lines (lines whose bytes are shared count once). */
    long distinct;
    /** Lines whose bytes are also under another path. */
    long shared;
    long ok;
    final SortedMap<String, Long> failed = new TreeMap<>();
    final SortedMap<String, Long> docTypes = new TreeMap<>();
    final SortedMap<String, Long> districts = new TreeMap<>();
    /** Ids of records met with several paths (only those need remembering). */
    private final Set<String> sharedIds = new HashSet<>();

    @Override
    public void accept(IngestedRecord r) {
        count(r.record());
    }

    /**
     * Counts one line. A line names the paths of its bytes written before it, so the first path of
     * shared bytes is counted as shared when the second comes.
     */
    void count(Extraction r) {
        records++;
        if (r.source().otherPaths().isEmpty()) {
            distinct++;
        } else {
            shared++;
            if (sharedIds.add(r.id())) {
                shared++; // the line of its first path
            }
        }
        if (r.ok()) {
            ok++;
        } else {
            failed.merge(r.error() == null ? "unknown" : r.error().code(), 1L, Long::sum);
        }
        if (r.docType() != null) {
            docTypes.merge(r.docType().json(), 1L, Long::sum);
        }
        if (r.region() != null && r.region().district() != null) {
            districts.merge(r.region().district(), 1L, Long::sum);
        }
    }
}
