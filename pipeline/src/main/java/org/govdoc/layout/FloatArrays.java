package org.govdoc.layout;

/** Searches in sorted float arrays (coordinates of the layout). */
final class FloatArrays {

    private FloatArrays() {
    }

    /** The first index whose value is at least v (values sorted ascending); the length when none is. */
    static int lowerBound(float[] values, float v) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
