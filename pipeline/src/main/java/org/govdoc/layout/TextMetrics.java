package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document-wide measures the paragraph rules compare against: the body font size, the usual
 * line pitch, and per page width (portrait and landscape pages differ) the left margin and the
 * right edge of full lines.
 */
final class TextMetrics {

    final float bodySize;
    final float pitch;
    private final Map<Integer, float[]> margins = new HashMap<>();

    TextMetrics(List<PageContent> pages, List<List<TextLine>> textLines) {
        Map<Float, Integer> sizeChars = new HashMap<>();
        List<Float> pitches = new ArrayList<>();
        Map<Integer, List<TextLine>> byWidth = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<TextLine> lines = textLines.get(p);
            byWidth.computeIfAbsent(widthClass(pages.get(p)), k -> new ArrayList<>()).addAll(lines);
            for (int i = 0; i < lines.size(); i++) {
                TextLine l = lines.get(i);
                sizeChars.merge(Math.round(l.fontSize * 2) / 2f, l.boxes.size(), Integer::sum);
                if (i > 0 && Math.abs(lines.get(i - 1).fontSize - l.fontSize) < 0.5f) {
                    float d = l.top - lines.get(i - 1).top;
                    if (d > 0 && d < 3 * l.fontSize) {
                        pitches.add(d);
                    }
                }
            }
        }
        float size = 12f;
        int best = -1;
        for (Map.Entry<Float, Integer> e : sizeChars.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                size = e.getKey();
            }
        }
        bodySize = size;
        pitches.sort(Float::compare);
        pitch = pitches.isEmpty() ? 1.5f * size : pitches.get(pitches.size() / 2);
        for (Map.Entry<Integer, List<TextLine>> e : byWidth.entrySet()) {
            margins.put(e.getKey(), margins(e.getValue()));
        }
    }

    private static int widthClass(PageContent page) {
        return Math.round(page.width() / 10f);
    }

    /** {left margin, right edge} of the body lines: the most common start, the far end of most full lines. */
    private float[] margins(List<TextLine> lines) {
        Map<Integer, Integer> starts = new HashMap<>();
        float[] ends = new float[lines.size()];
        int n = 0;
        for (TextLine l : lines) {
            if (Math.abs(l.fontSize - bodySize) > 0.15f * bodySize) {
                continue;
            }
            starts.merge(Math.round(l.x0), 1, Integer::sum);
            ends[n++] = l.x1;
        }
        if (n == 0) {
            for (TextLine l : lines) {
                starts.merge(Math.round(l.x0), 1, Integer::sum);
                ends[n++] = l.x1;
            }
        }
        if (n == 0) {
            return new float[] {0, Float.MAX_VALUE};
        }
        int left = 0;
        int count = -1;
        for (Map.Entry<Integer, Integer> e : starts.entrySet()) {
            if (e.getValue() > count || e.getValue() == count && e.getKey() < left) {
                count = e.getValue();
                left = e.getKey();
            }
        }
        float[] sorted = Arrays.copyOf(ends, n);
        Arrays.sort(sorted);
        float right = sorted[Math.min(n - 1, (int) Math.floor(n * 0.9))];
        return new float[] {left, right};
    }

    float left(PageContent page) {
        return margins.getOrDefault(widthClass(page), new float[] {0, Float.MAX_VALUE})[0];
    }

    float right(PageContent page) {
        return margins.getOrDefault(widthClass(page), new float[] {0, Float.MAX_VALUE})[1];
    }
}
