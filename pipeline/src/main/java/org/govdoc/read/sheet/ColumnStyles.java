package org.govdoc.read.sheet;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;

/**
 * The default styles of a worksheet's columns ({@code <cols><col min max style>}), which POI gives a
 * cell without a style of its own. Only disjoint column ranges are read: POI merges overlapping ones
 * in its own way.
 */
final class ColumnStyles {

    /** 1-based first and last column and the style of each {@code <col>}. */
    private final List<long[]> ranges = new ArrayList<>();

    void add(Attributes col) throws NotStreamable {
        String min = col.getValue("", "min");
        String max = col.getValue("", "max");
        String style = col.getValue("", "style");
        if (min == null || max == null) {
            throw new NotStreamable("<col> without min or max");
        }
        ranges.add(new long[] {XmlValues.unsignedInt(min), XmlValues.unsignedInt(max),
                style == null ? 0 : XmlValues.unsignedInt(style)});
    }

    /** Checks, once all {@code <col>} are read, that the ranges are disjoint. */
    void check() throws NotStreamable {
        List<long[]> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        long end = 0;
        for (long[] r : sorted) {
            if (r[0] > r[1] || r[0] <= end) {
                throw new NotStreamable("overlapping or inverted <col> ranges");
            }
            end = r[1];
        }
    }

    /** The default style of a 0-based column ({@code ColumnHelper.getColDefaultStyle}), -1 when no {@code <col>} covers it. */
    int styleOf(int column) {
        long index1 = column + 1L;
        for (long[] r : ranges) {
            if (r[0] <= index1 && r[1] >= index1) {
                return (int) r[2];
            }
        }
        return -1;
    }
}
