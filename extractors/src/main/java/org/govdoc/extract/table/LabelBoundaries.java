package org.govdoc.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where known labels followed by a colon stand in a text (单位名称： 地址 :), longest label first at
 * a position. Found as a {@code find()} loop over {@code (label|label…)\s*[:：]} would find them,
 * but the pattern is tried only where a boundary can start: when no label holds a colon or
 * whitespace, a boundary's label ends exactly where the spaces before its colon start, so it
 * starts within [that end − longest label, that end − shortest label]. Those positions are tried
 * in order with {@code lookingAt} on transparent bounds, which is the attempt {@code find()} makes
 * at a position. Immutable and thread-safe.
 */
final class LabelBoundaries {

    private final Pattern pattern;
    private final int minLabel;
    private final int maxLabel;
    /** True when no label holds a colon or whitespace, so that boundaries can be looked for from the colons. */
    private final boolean fromColons;

    /** @param labels the labels, any order (sorted here, longest first); empty ones are left out */
    LabelBoundaries(List<String> labels) {
        List<String> all = new ArrayList<>(labels);
        all.sort((a, b) -> Integer.compare(b.length(), a.length()));
        StringBuilder alt = new StringBuilder();
        int min = Integer.MAX_VALUE;
        int max = 0;
        boolean plain = true;
        for (String l : all) {
            if (l.isEmpty()) {
                continue;
            }
            alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(l));
            min = Math.min(min, l.length());
            max = Math.max(max, l.length());
            plain &= l.chars().noneMatch(c -> c == ':' || c == '：' || isRegexSpace((char) c));
        }
        this.pattern = Pattern.compile("(" + alt + ")\\s*[:：]");
        this.minLabel = min;
        this.maxLabel = max;
        this.fromColons = plain && max > 0;
    }

    /** The pattern the boundaries are matches of (tests). */
    Pattern pattern() {
        return pattern;
    }

    /** Every boundary of the (half-width) text in order: {label start, label end, end after the colon}. */
    List<int[]> in(String h) {
        Matcher m = pattern.matcher(h).useTransparentBounds(true).useAnchoringBounds(false);
        List<int[]> marks = new ArrayList<>();
        int from = 0;
        while (next(m, h, from)) {
            marks.add(new int[] {m.start(1), m.end(1), m.end()});
            from = m.end();
        }
        return marks;
    }

    /** The next boundary starting at or after {@code from}, as {@code find()} would find it. */
    private boolean next(Matcher m, String h, int from) {
        if (!fromColons) {
            return m.find(from);
        }
        int n = h.length();
        int next = from; // positions before it are tried
        for (int c = from; c < n; c++) {
            char ch = h.charAt(c);
            if (ch != ':' && ch != '：') {
                continue;
            }
            int end = c;
            while (end > from && isRegexSpace(h.charAt(end - 1))) {
                end--;
            }
            int last = end - minLabel;
            for (int s = Math.max(next, end - maxLabel); s <= last; s++) {
                if (m.region(s, n).lookingAt()) {
                    return true;
                }
            }
            next = Math.max(next, last + 1);
        }
        return false;
    }

    /** {@code \s}: {@code [ \t\n\x0B\f\r]}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
