package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tables without ruling lines, found from text alignment: consecutive lines split by wide gaps
 * into segments whose x-extents leave the same empty vertical gutters over several lines. The
 * gutters become column boundaries; lines that follow their row at the short in-cell line pitch
 * (a cell's wrapped text) join that row.
 */
final class StreamTableFinder implements TableFinder {

    /** A table and the lines (indices into the page's lines) it took. */
    record Run(PageTable table, int firstLine, int lastLine) {
    }

    /** A gap at least this many font sizes wide separates two cells on a line. */
    private final float gapEm;
    /** Lines with two or more segments needed for a table. */
    private final int minLines;
    /** A line pitch over this many font sizes ends a table. */
    private final float rowBreakEm;

    private final LayoutConfig config;

    StreamTableFinder(LayoutConfig config) {
        this.config = config;
        this.gapEm = config.cellGapEm();
        this.minLines = config.minTableLines();
        this.rowBreakEm = config.rowBreakEm();
    }

    @Override
    public Result find(PageContent page, List<TextLine> lines) {
        List<Run> runs = runs(lines, page.number(), page.height());
        if (runs.isEmpty()) {
            return new Result(List.of(), lines);
        }
        List<Found> tables = new ArrayList<>(runs.size());
        List<TextLine> rest = new ArrayList<>(lines);
        for (int k = runs.size() - 1; k >= 0; k--) {
            Run r = runs.get(k);
            tables.add(0, new Found(r.table(), List.copyOf(lines.subList(r.firstLine(), r.lastLine() + 1))));
            rest.subList(r.firstLine(), r.lastLine() + 1).clear();
        }
        return new Result(tables, rest);
    }

    /** The cells of a line: its parts set apart by a gap of at least a cell gap. */
    List<TextLine> segments(TextLine line) {
        return line.segments(gapEm);
    }

    /** The aligned tables among a page's lines, top to bottom. */
    List<Run> runs(List<TextLine> lines, int page, float pageHeight) {
        List<Run> out = new ArrayList<>();
        List<List<TextLine>> segs = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            segs.add(l.segments(gapEm));
        }
        int i = 0;
        while (i < lines.size()) {
            if (segs.get(i).size() < 2) {
                i++;
                continue;
            }
            // grow a run: multi-segment lines; single-segment lines set tightly under the previous
            // line (a cell's further lines) or starting at a column at the row pitch (empty cells)
            int end = i + 1;
            float rowPitch = 0;
            while (end < lines.size()) {
                TextLine prev = lines.get(end - 1);
                TextLine cur = lines.get(end);
                float pitch = cur.top - prev.top;
                if (pitch > rowBreakEm * Math.max(prev.fontSize, cur.fontSize) || Math.abs(cur.fontSize - prev.fontSize) > config.sameSizeRatio() * prev.fontSize) {
                    break;
                }
                List<List<TextLine>> run = segs.subList(i, end);
                if (segs.get(end).size() >= 2) {
                    if (keepsGutters(run, segs.get(end))) {
                        rowPitch = Math.max(rowPitch, pitch);
                        end++;
                        continue;
                    }
                    break;
                }
                boolean tight = pitch < config.cellLineHeights() * cur.height() + config.cellLineEm() * cur.fontSize;
                boolean emptyCells = rowPitch > 0 && pitch <= rowPitch * config.rowPitchSlack() && startsAColumn(run, cur);
                if ((tight || emptyCells) && keepsGutters(run, segs.get(end))) {
                    end++;
                    continue;
                }
                break;
            }
            // a first row with empty cells, above the first multi-segment line
            int start = i;
            while (start > 0 && rowPitch > 0 && segs.get(start - 1).size() == 1) {
                TextLine above = lines.get(start - 1);
                float pitch = lines.get(start).top - above.top;
                List<List<TextLine>> run = segs.subList(start, end);
                if (pitch > rowPitch * config.rowPitchSlack() || pitch < config.minRowPitchShare() * rowPitch
                        || Math.abs(above.fontSize - lines.get(start).fontSize) > config.sameSizeRatio() * above.fontSize
                        || !startsAColumn(run, above) || !keepsGutters(run, segs.get(start - 1))) {
                    break;
                }
                start--;
            }
            if (start < i && !out.isEmpty() && out.get(out.size() - 1).lastLine() >= start) {
                start = i;
            }
            int multi = 0;
            for (int k = start; k < end; k++) {
                if (segs.get(k).size() >= 2) {
                    multi++;
                }
            }
            if (multi >= minLines) {
                // a first row whose text runs across the columns of the rows under it (a title row
                // such as 年度绩效目标 with a long text) is a table of its own, not the columns' head
                int body = bodyStart(segs, start, end);
                if (body > start) {
                    PageTable lead = build(lines.subList(start, body), segs.subList(start, body), page, pageHeight);
                    if (lead != null) {
                        out.add(new Run(lead, start, body - 1));
                    }
                    start = body;
                }
                PageTable t = build(lines.subList(start, end), segs.subList(start, end), page, pageHeight);
                if (t != null) {
                    out.add(new Run(t, start, end - 1));
                    i = end;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /**
     * Where the body of a run starts: after its first few lines when leaving them out gives more
     * columns (their text closes gutters the rest keeps open) and leaves enough lines with two or
     * more segments for a table, and text of those lines runs across a boundary of the rest's
     * columns (a long text over several columns, not a header whose gutters the body lacks); else
     * the run's start.
     */
    private int bodyStart(List<List<TextLine>> segs, int start, int end) {
        int best = columns(segs.subList(start, end)).length;
        int bestStart = start;
        for (int k = start + 1; k <= start + 4 && k < end; k++) {
            int multi = 0;
            for (int m = k; m < end; m++) {
                if (segs.get(m).size() >= 2) {
                    multi++;
                }
            }
            if (multi < minLines) {
                break;
            }
            float[] cols = columns(segs.subList(k, end));
            int n = cols.length;
            if (n > best && crossesGutter(segs.subList(start, k), cols)) {
                best = n;
                bestStart = k;
            }
        }
        return bestStart;
    }

    /** Whether a segment of the lines runs across one of the inner column boundaries (text over two columns). */
    static boolean crossesGutter(List<List<TextLine>> lines, float[] cols) {
        for (List<TextLine> l : lines) {
            for (TextLine s : l) {
                for (int c = 1; c < cols.length - 1; c++) {
                    if (s.x0 < cols[c] - 1f && s.x1 > cols[c] + 1f) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the line starts where a column of the run starts (a row whose other cells are empty). */
    private boolean startsAColumn(List<List<TextLine>> run, TextLine line) {
        for (List<TextLine> l : run) {
            for (TextLine s : l) {
                if (Math.abs(s.x0 - line.x0) < config.columnStartEm() * line.fontSize) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the new line's segments leave the run's gutters open: at least two columns, and
     * not fewer than the run has so far (a line whose text runs across a gutter, such as a
     * signature line under the table, is not one of its rows).
     */
    private boolean keepsGutters(List<List<TextLine>> run, List<TextLine> next) {
        List<List<TextLine>> all = new ArrayList<>(run);
        all.add(next);
        int with = columns(all).length;
        return with >= 3 && with >= columns(run).length;
    }

    /** Column boundaries from the union of segment extents: each maximal covered x-interval is a column. */
    float[] columns(List<List<TextLine>> segs) {
        List<float[]> spans = new ArrayList<>();
        for (List<TextLine> line : segs) {
            for (TextLine s : line) {
                spans.add(new float[] {s.x0, s.x1, s.fontSize});
            }
        }
        spans.sort((a, b) -> Float.compare(a[0], b[0]));
        List<float[]> merged = new ArrayList<>();
        for (float[] s : spans) {
            float[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] < last[1] + config.columnMergeShare() * gapEm * s[2]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new float[] {s[0], s[1]});
            }
        }
        float[] bounds = new float[merged.size() + 1];
        bounds[0] = merged.get(0)[0];
        for (int k = 1; k < merged.size(); k++) {
            bounds[k] = (merged.get(k - 1)[1] + merged.get(k)[0]) / 2;
        }
        bounds[merged.size()] = merged.get(merged.size() - 1)[1];
        return bounds;
    }

    /**
     * The line pitch that tells a cell's further lines from a new row: between the two clusters of
     * line pitches (the in-cell pitch and the row pitch, which adds the cells' inner margins),
     * split at the widest ratio between neighbouring pitches; 0 when the pitches are not bimodal
     * (then every line is a row). Pitches under a font size (lines of a row-spanning cell beside
     * the next row) do not count.
     */
    float rowSplitPitch(List<TextLine> lines) {
        return pitchSplit(List.of(lines));
    }

    /** {@link #rowSplitPitch(List)} over the parts of one table (pitches measured within each part). */
    float rowSplitPitchOfParts(List<List<TextLine>> parts) {
        return pitchSplit(parts);
    }

    private float pitchSplit(List<List<TextLine>> parts) {
        List<Float> pitches = new ArrayList<>();
        for (List<TextLine> lines : parts) {
            for (int k = 1; k < lines.size(); k++) {
                float p = lines.get(k).top - lines.get(k - 1).top;
                if (p >= lines.get(k).fontSize) {
                    pitches.add(p);
                }
            }
        }
        pitches.sort(null);
        float best = config.pitchSplitRatio();
        float split = 0;
        for (int k = 1; k < pitches.size(); k++) {
            float ratio = pitches.get(k) / pitches.get(k - 1);
            if (ratio >= best) {
                best = ratio;
                split = (float) Math.sqrt(pitches.get(k) * pitches.get(k - 1));
            }
        }
        return split;
    }

    /**
     * Whether a line carries on the cells of the current row: each of its segments lies under
     * text of the same column in this row, one in-cell pitch above. A cell's text starts at its
     * row's top, so text in a column the row has not used yet, or far below the column's last
     * line (beside a taller row-spanning cell), starts a new row.
     */
    private boolean continuesCells(float[] bounds, TextLine[] rowSegs, List<TextLine> line, float split) {
        for (TextLine s : line) {
            TextLine above = rowSegs[column(bounds, s.x0)];
            if (above == null || s.top - above.top >= split) {
                return false;
            }
        }
        return true;
    }

    PageTable build(List<TextLine> lines, List<List<TextLine>> segs, int page, float pageHeight) {
        return build(lines, segs, page, pageHeight, columns(segs), 0);
    }

    /**
     * A table from its lines on the given column boundaries; {@code cellPitch} &gt; 0 imposes the
     * pitch under which a line continues its row (else measured from the lines).
     */
    PageTable build(List<TextLine> lines, List<List<TextLine>> segs, int page, float pageHeight,
                    float[] bounds, float cellPitch) {
        int cols = bounds.length - 1;
        if (cols < 2) {
            return null;
        }
        // right edge of each column's text, for telling wrapped lines from line breaks
        float[] colRight = new float[cols];
        float[] colLeft = new float[cols];
        Arrays.fill(colRight, -Float.MAX_VALUE);
        Arrays.fill(colLeft, Float.MAX_VALUE);
        float size = 0;
        for (List<TextLine> line : segs) {
            for (TextLine s : line) {
                int c = column(bounds, s.x0);
                colRight[c] = Math.max(colRight[c], s.x1);
                colLeft[c] = Math.min(colLeft[c], s.x0);
                size = Math.max(size, s.fontSize);
            }
        }
        // a column's text may run up to the next column's text less the cells' inner margins
        for (int c = 0; c + 1 < cols; c++) {
            colRight[c] = Math.max(colRight[c], colLeft[c + 1] - size);
        }
        // line pitch inside a cell vs between rows
        float split = cellPitch > 0 ? cellPitch : rowSplitPitch(lines);
        List<StringBuilder[]> rows = new ArrayList<>();
        List<TextLine[]> lastSeg = new ArrayList<>();
        // the segments of each cell, for its region and OCR confidence
        List<List<List<TextBox>>> cellBoxes = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            boolean continuation = k > 0 && split > 0 && lines.get(k).top - lines.get(k - 1).top < split
                    && continuesCells(bounds, lastSeg.get(lastSeg.size() - 1), segs.get(k), split);
            if (!continuation) {
                rows.add(new StringBuilder[cols]);
                lastSeg.add(new TextLine[cols]);
                List<List<TextBox>> empty = new ArrayList<>(cols);
                for (int c = 0; c < cols; c++) {
                    empty.add(new ArrayList<>());
                }
                cellBoxes.add(empty);
            }
            StringBuilder[] row = rows.get(rows.size() - 1);
            TextLine[] prevSegs = lastSeg.get(lastSeg.size() - 1);
            for (TextLine s : segs.get(k)) {
                int c = column(bounds, s.x0);
                cellBoxes.get(cellBoxes.size() - 1).get(c).addAll(s.boxes);
                if (row[c] == null) {
                    row[c] = new StringBuilder(s.text());
                } else if (TextLine.wrapsInto(prevSegs[c], s, colRight[c], config.cellWrapSlackEm() * s.fontSize)
                        && !LatticeTableFinder.startsNewItem(prevSegs[c], s.text())) {
                    TextLine.appendWrapped(row[c], prevSegs[c], s.text());
                } else if (s.x0 - prevSegs[c].x1 < gapEm * s.fontSize && Math.abs(s.top - prevSegs[c].top) < 1f) {
                    row[c].append(' ').append(s.text());
                } else {
                    row[c].append('\n').append(s.text());
                }
                prevSegs[c] = s;
            }
        }
        List<List<PageTable.RawCell>> cells = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<PageTable.RawCell> row = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                String t = rows.get(r)[c] == null ? "" : rows.get(r)[c].toString();
                row.add(new PageTable.RawCell(t, r, c, 1, 1, false, t.isEmpty() ? 0 : 1,
                        BoxReading.of(cellBoxes.get(r).get(c))));
            }
            cells.add(row);
            pages.add(page);
        }
        return new PageTable(lines.get(0).top, (pageHeight - lines.get(lines.size() - 1).bottom) / pageHeight, bounds, cells, pages, false);
    }

    int column(float[] bounds, float x) {
        for (int c = bounds.length - 2; c >= 0; c--) {
            if (x >= bounds[c] - config.columnEdgeSlack()) {
                return c;
            }
        }
        return 0;
    }
}
