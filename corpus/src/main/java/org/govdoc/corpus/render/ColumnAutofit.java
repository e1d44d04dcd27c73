package org.govdoc.corpus.render;

/**
 * Column widths of a rendered table as Word's autofit gives them: columns whose natural width
 * (their longest line) fits in an equal share of what is left keep it; the long ones share the rest
 * equally. Used by every fixed-layout renderer (PDF here, OFD in the tests).
 */
public final class ColumnAutofit {

    private ColumnAutofit() {
    }

    /**
     * The fitted widths of columns with these natural widths within {@code avail}; their sum is at
     * most {@code avail} (less when every column fits naturally).
     */
    public static float[] fit(float[] natural, float avail) {
        int nCols = natural.length;
        float[] fitted = new float[nCols];
        boolean[] fixed = new boolean[nCols];
        float remaining = avail;
        int open = nCols;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            float share = remaining / open;
            for (int c = 0; c < nCols; c++) {
                if (!fixed[c] && natural[c] <= share) {
                    fitted[c] = natural[c];
                    fixed[c] = true;
                    remaining -= natural[c];
                    open--;
                    changed = true;
                }
            }
        }
        for (int c = 0; c < nCols; c++) {
            if (!fixed[c]) {
                fitted[c] = remaining / open;
            }
        }
        return fitted;
    }
}
