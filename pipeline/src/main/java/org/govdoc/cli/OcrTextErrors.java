package org.govdoc.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.govdoc.text.ChineseText;

/**
 * Character errors of recognised text against the known text of a page, independent of reading
 * order: the known text is cut into its lines and, within a line, at whitespace (cells of a table
 * row), every piece and every recognised line put in the project's key form
 * ({@link ChineseText#key}: half-width, no whitespace). Then each piece, longest first, is aligned
 * with the stretch of not yet used recognised text that matches it best (an edit-distance
 * alignment with a free start and end, within any recognised line), and that stretch is used up;
 * the piece's ends left out of the stretch go back to be looked for elsewhere (a line the
 * recogniser read as two). A character substituted counts once as missed and once as extra;
 * a piece not found at all is missed whole; recognised characters left over at the end (noise,
 * text that is not there) are extra. So a table read row by row against a reference that runs
 * cell by cell costs nothing, while every character wrongly read, dropped or invented does (as
 * the "flexible character accuracy" of OCR evaluation, without its tuning).
 *
 * @param missed    reference characters not read
 * @param extra     recognised characters that are not in the reference
 * @param reference characters in the reference
 */
record OcrTextErrors(long missed, long extra, long reference) {

    /** A substitution is one missed and one extra character. */
    private static final int SUBSTITUTION = 2;
    /** The shortest end of a reference line that is looked for again elsewhere. */
    private static final int MIN_REST = 1;

    /** The errors of {@code read} (lines as recognised) against {@code expected} (lines of the known text). */
    static OcrTextErrors of(List<String> expected, List<String> read) {
        List<String> refs = new ArrayList<>();
        long reference = 0;
        for (String line : expected) {
            // words the known text sets apart (table cells on one line) are looked for apart
            for (String word : line.split("[\\s\u00A0\u3000]+")) {
                String k = ChineseText.key(word);
                if (!k.isEmpty()) {
                    refs.add(k);
                    reference += k.codePointCount(0, k.length());
                }
            }
        }
        List<int[]> pool = new ArrayList<>(); // recognised lines as code points; -1 marks used characters
        for (String line : read) {
            String k = ChineseText.key(line);
            if (!k.isEmpty()) {
                pool.add(k.codePoints().toArray());
            }
        }
        PriorityQueue<int[]> work = new PriorityQueue<>(Comparator.comparingInt((int[] r) -> r.length).reversed());
        for (String ref : refs) {
            work.add(ref.codePoints().toArray());
        }
        long missed = 0;
        long extra = 0;
        while (!work.isEmpty()) {
            int[] r = work.poll();
            Match best = new Match(null, 0, 0, r.length); // not read at all
            for (int[] line : pool) {
                // the stretch lies within a run of characters not used yet
                for (int from = 0; from < line.length; ) {
                    if (line[from] < 0) {
                        from++;
                        continue;
                    }
                    int to = from;
                    while (to < line.length && line[to] >= 0) {
                        to++;
                    }
                    Match m = bestStretch(r, line, from, to);
                    if (m.cost() < best.cost()) {
                        best = m;
                    }
                    from = to;
                }
            }
            if (best.line() == null) {
                missed += r.length;
                continue;
            }
            Alignment a = align(r, best.line(), best.start(), best.end());
            missed += a.missed();
            extra += a.extra();
            Arrays.fill(best.line(), best.start(), best.end(), -1);
            // the ends of the reference line left out of the stretch may have been read as another line
            for (int[] rest : new int[][]{Arrays.copyOfRange(r, 0, a.refStart()), Arrays.copyOfRange(r, a.refEnd(), r.length)}) {
                if (rest.length >= MIN_REST) {
                    work.add(rest);
                } else {
                    missed += rest.length;
                }
            }
        }
        for (int[] line : pool) {
            for (int c : line) {
                if (c >= 0) {
                    extra++;
                }
            }
        }
        return new OcrTextErrors(missed, extra, reference);
    }

    /** The sum of two pages' errors. */
    OcrTextErrors plus(OcrTextErrors o) {
        return new OcrTextErrors(missed + o.missed, extra + o.extra, reference + o.reference);
    }

    /** A stretch [start, end) of a recognised line and the cost of aligning a reference line with it. */
    private record Match(int[] line, int start, int end, int cost) {
    }

    /**
     * The stretch of {@code text[from, to)} whose alignment with {@code ref} costs least (missed
     * plus extra characters: a dropped or inserted character costs 1, a substituted one 2).
     */
    static Match bestStretch(int[] ref, int[] text, int from, int to) {
        int m = ref.length;
        int n = to - from;
        // row i: ref[0, i) aligned with a stretch of the text ending at column j; begin: where it starts
        int[] cost = new int[n + 1];
        int[] begin = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            begin[j] = j; // a stretch may begin anywhere, free
        }
        int[] prevCost = new int[n + 1];
        int[] prevBegin = new int[n + 1];
        for (int i = 1; i <= m; i++) {
            int[] tc = prevCost;
            prevCost = cost;
            cost = tc;
            int[] tb = prevBegin;
            prevBegin = begin;
            begin = tb;
            cost[0] = i;
            begin[0] = 0;
            for (int j = 1; j <= n; j++) {
                int diag = prevCost[j - 1] + (text[from + j - 1] == ref[i - 1] ? 0 : SUBSTITUTION);
                int best = diag;
                int b = prevBegin[j - 1];
                if (prevCost[j] + 1 < best) {
                    best = prevCost[j] + 1;
                    b = prevBegin[j];
                }
                if (cost[j - 1] + 1 < best) {
                    best = cost[j - 1] + 1;
                    b = begin[j - 1];
                }
                cost[j] = best;
                begin[j] = b;
            }
        }
        Match out = new Match(null, 0, 0, m);
        for (int j = 0; j <= n; j++) {
            if (cost[j] < out.cost()) {
                out = new Match(text, from + begin[j], from + j, cost[j]);
            }
        }
        return out;
    }

    /**
     * How {@code ref} aligns with the stretch {@code text[from, to)}: errors counted between the
     * first and the last reference character set against a character of the stretch; the
     * reference characters before and after (dropped at the ends) are left to the caller.
     */
    private record Alignment(int refStart, int refEnd, int missed, int extra) {
    }

    private static Alignment align(int[] ref, int[] text, int from, int to) {
        int m = ref.length;
        int n = to - from;
        int[][] cost = new int[m + 1][n + 1];
        for (int i = 0; i <= m; i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= n; j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                int diag = cost[i - 1][j - 1] + (text[from + j - 1] == ref[i - 1] ? 0 : SUBSTITUTION);
                cost[i][j] = Math.min(diag, Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
            }
        }
        int i = m;
        int j = n;
        int first = -1;
        int last = -1;
        int missed = 0;
        int extra = 0;
        int pendingDrops = 0; // reference characters dropped since the last one set against the stretch
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1] + (text[from + j - 1] == ref[i - 1] ? 0 : SUBSTITUTION)) {
                if (text[from + j - 1] != ref[i - 1]) {
                    missed++;
                    extra++;
                }
                if (last < 0) {
                    last = i;
                }
                first = i - 1;
                missed += pendingDrops;
                pendingDrops = 0;
                i--;
                j--;
            } else if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
                if (last >= 0) {
                    pendingDrops++;
                }
                i--;
            } else {
                extra++;
                j--;
            }
        }
        if (last < 0) {
            return new Alignment(0, 0, 0, extra); // nothing set against the stretch: the whole line is left over
        }
        return new Alignment(first, last, missed, extra);
    }
}
