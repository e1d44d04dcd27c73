package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document-wide measures the paragraph rules compare against: the body font size, the usual
 * line pitch, and per page width (portrait and landscape pages differ) the left margin and the
 * right edge of full lines. The thresholds are the {@link LayoutConfig}'s.
 */
final class TextMetrics {

    final float bodySize;
    final float pitch;
    private final Map<Integer, float[]> margins = new HashMap<>();
    private final LayoutConfig config;

    TextMetrics(List<PageContent> pages, List<List<TextLine>> textLines, LayoutConfig config) {
        this.config = config;
        Map<Float, Integer> sizeChars = new HashMap<>();
        List<Float> pitches = new ArrayList<>();
        Map<Integer, List<TextLine>> byWidth = new HashMap<>();
        Map<Integer, Float> widths = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<TextLine> lines = textLines.get(p);
            byWidth.computeIfAbsent(widthClass(pages.get(p)), k -> new ArrayList<>()).addAll(lines);
            widths.put(widthClass(pages.get(p)), pages.get(p).width());
            for (int i = 0; i < lines.size(); i++) {
                TextLine l = lines.get(i);
                sizeChars.merge(Math.round(l.fontSize * 2) / 2f, characters(l), Integer::sum);
                if (i > 0 && Math.abs(lines.get(i - 1).fontSize - l.fontSize) < config.pitchSizeTolerance()) {
                    float d = l.top - lines.get(i - 1).top;
                    if (d > 0 && d < config.maxPitchEm() * l.fontSize) {
                        pitches.add(d);
                    }
                }
            }
        }
        float size = config.defaultBodySize();
        int best = -1;
        for (Map.Entry<Float, Integer> e : sizeChars.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                size = e.getKey();
            }
        }
        bodySize = size;
        pitches.sort(Float::compare);
        pitch = pitches.isEmpty() ? config.defaultPitchEm() * size : pitches.get(pitches.size() / 2);
        List<TextLine> all = new ArrayList<>();
        for (List<TextLine> l : textLines) {
            all.addAll(l);
        }
        float globalLeft = margins(all, Float.MAX_VALUE)[0];
        for (Map.Entry<Integer, List<TextLine>> e : byWidth.entrySet()) {
            float[] m = margins(e.getValue(), widths.get(e.getKey()));
            if (e.getValue().size() < config.fewMarginLines()) {
                // a few lines (short paragraphs that all start indented) do not show the margin
                m[0] = Math.min(m[0], globalLeft);
            }
            margins.put(e.getKey(), m);
        }
    }

    /** The characters of a line's boxes (a box may be one glyph or, from OCR, a run of many). */
    private static int characters(TextLine l) {
        int n = 0;
        for (TextBox b : l.boxes) {
            n += Math.max(1, b.text().codePointCount(0, b.text().length()));
        }
        return n;
    }

    private int widthClass(PageContent page) {
        return Math.round(page.width() / config.pageWidthClass());
    }

    /**
     * {left margin, right edge} of the body lines: the leftmost common start, the far end of
     * most full lines. With few lines (a landscape annex page) there may be no full line: the right
     * edge is then taken no nearer than the left margin mirrored.
     */
    private float[] margins(List<TextLine> lines, float pageWidth) {
        Map<Integer, Integer> starts = new HashMap<>();
        float[] ends = new float[lines.size()];
        int n = 0;
        for (TextLine l : lines) {
            if (Math.abs(l.fontSize - bodySize) > config.marginSizeRatio() * bodySize) {
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
        // the leftmost start shared by a fair number of lines: continuation lines sit on the margin,
        // first lines are indented, and short one-line paragraphs may outnumber the others
        int need = Math.max(2, (int) Math.ceil(n * config.marginStartShare()));
        int left = Integer.MAX_VALUE;
        int leftMost = Integer.MAX_VALUE;
        for (Map.Entry<Integer, Integer> e : starts.entrySet()) {
            leftMost = Math.min(leftMost, e.getKey());
            int support = e.getValue() + starts.getOrDefault(e.getKey() - 1, 0) + starts.getOrDefault(e.getKey() + 1, 0);
            if (support >= need) {
                left = Math.min(left, e.getKey());
            }
        }
        if (left == Integer.MAX_VALUE) {
            left = leftMost;
        }
        float[] sorted = Arrays.copyOf(ends, n);
        Arrays.sort(sorted);
        float right = sorted[Math.min(n - 1, (int) Math.floor(n * config.fullLineQuantile()))];
        if (n < config.fewMarginLines() && pageWidth < Float.MAX_VALUE) {
            float first = Float.MAX_VALUE;
            for (TextLine l : lines) {
                first = Math.min(first, l.x0);
            }
            right = Math.max(right, pageWidth - first);
        }
        return new float[] {left, right};
    }

    float left(PageContent page) {
        return margins.getOrDefault(widthClass(page), new float[] {0, Float.MAX_VALUE})[0];
    }

    float right(PageContent page) {
        return margins.getOrDefault(widthClass(page), new float[] {0, Float.MAX_VALUE})[1];
    }
}
