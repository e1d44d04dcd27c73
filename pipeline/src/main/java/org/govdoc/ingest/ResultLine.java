package org.govdoc.ingest;

import java.util.StringJoiner;
import org.govdoc.record.Extraction;

/**
 * One tab-separated line per ingested file for stdout, so that a person sees at once what each file
 * gave or what went wrong with it: status, docType or error code, district, year, what was found
 * (or the error message), path.
 */
public final class ResultLine {

    private ResultLine() {
    }

    public static String of(Extraction r) {
        StringJoiner line = new StringJoiner("\t");
        line.add(r.ok() ? "ok" : "failed");
        if (r.ok()) {
            line.add(r.docType() == null ? "-" : r.docType().json());
            line.add(r.region() == null || r.region().district() == null ? "-" : r.region().district());
            line.add(r.year() == null ? "-" : r.year().toString());
            line.add("indicators=" + r.indicators().size() + " amounts=" + r.fundingAmounts().size()
                    + " tasks=" + r.tasks().size() + " deadlines=" + r.deadlines().size()
                    + " warnings=" + r.warnings().size());
        } else {
            line.add(r.error() == null ? "-" : r.error().code());
            line.add("-");
            line.add("-");
            line.add(r.error() == null ? "" : r.error().message().replace('\t', ' ').replace('\n', ' '));
        }
        line.add(r.source() == null ? "-" : r.source().path());
        return line.toString();
    }
}
