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
            line.add(r.error() == null ? "" : r.error().message().replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        line.add(r.source() == null ? "-" : escape(r.source().path()));
        return line.toString();
    }

    /**
     * A path as one field of the line: a backslash, tab, newline, carriage return or other control
     * character (legal in file names) is written as a backslash escape ({@code \\}, {@code \t},
     * {@code \n}, {@code \r}, others as a backslash, {@code u} and four hex digits), so that a line is always one file and its fields
     * split on tabs. Other paths are printed as they are.
     */
    static String escape(String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) >= 0x20 && path.charAt(i) != '\\' && path.charAt(i) != 0x7f) {
            i++;
        }
        if (i == path.length()) {
            return path;
        }
        StringBuilder b = new StringBuilder(path.length() + 8).append(path, 0, i);
        for (; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
