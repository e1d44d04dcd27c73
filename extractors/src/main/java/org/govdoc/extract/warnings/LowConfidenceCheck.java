package org.govdoc.extract.warnings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.extract.FieldExtractor;
import org.govdoc.extract.table.TableView;
import org.govdoc.model.Block;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Location;
import org.govdoc.model.OcrDigits;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Table;
import org.govdoc.record.Deadline;
import org.govdoc.record.FundingAmount;
import org.govdoc.record.Indicator;
import org.govdoc.record.Task;
import org.govdoc.record.Warning;
import org.govdoc.record.WarningCode;

/**
 * Flags the numbers the extractors used that OCR read with low confidence ({@code low_confidence}):
 * money amounts, indicator targets (annual and long-term), deadlines (in the text and of tasks) and
 * the year. Runs once, after every field extractor, on what they wrote: no extractor checks
 * confidences itself.
 *
 * <p>A value is matched with the numbers OCR read where it was found ({@link OcrDigits}): by its
 * digits, first in its own block or cell, then in the other cells of its table row (an indicator is
 * located at its 三级指标 cell, its target stands in another column). The value's confidence is the
 * lowest over its numbers; a number read several times in that place counts with its best reading
 * (the same digits read surely elsewhere back the doubtful reading). A value under
 * {@link #THRESHOLD} gets a warning at its location. The year has no location in the record: it
 * is matched with its readings anywhere in the document and the warning points at the best one.
 * Text that was not read by OCR has no readings and is never flagged; nor is a number that cannot
 * be matched with a reading (no evidence either way).
 */
public final class LowConfidenceCheck implements FieldExtractor {

    /**
     * Lowest character probability under which a number is doubtful. The recogniser gives the
     * characters of clean print 0.95 and more; the real scans' misread digits (a 6 read as 8, a
     * lost decimal point) fall well under it (docs/ocr.md).
     */
    public static final double THRESHOLD = 0.8;

    @Override
    public void extract(Document doc, ExtractionDraft draft) {
        if (!readByOcr(doc)) {
            return;
        }
        Set<Warning> out = new LinkedHashSet<>();
        for (FundingAmount a : draft.fundingAmounts()) {
            check(doc, "金额", a.text(), a.location(), out);
        }
        for (Indicator i : draft.indicators()) {
            check(doc, "指标值", i.valueText(), i.location(), out);
            check(doc, "中长期指标值", i.longTermValueText(), i.location(), out);
        }
        for (Task t : draft.tasks()) {
            if (t.deadline() != null) {
                check(doc, "完成时限", t.deadline().text(), t.location(), out);
            }
        }
        for (Deadline d : draft.deadlines()) {
            check(doc, "日期", d.text(), d.location(), out);
        }
        if (draft.year() != null) {
            year(doc, draft.year(), out);
        }
        out.forEach(draft::warn);
    }

    /** Whether OCR read any number of the document (else there is nothing to check). */
    private static boolean readByOcr(Document doc) {
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p && !p.ocrDigits().isEmpty()) {
                return true;
            }
            if (b instanceof Table t && t.rows().stream().flatMap(r -> r.cells().stream())
                    .anyMatch(c -> !c.ocrDigits().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** A reading found for a number, and where. */
    private record Found(double confidence, Location where) {
    }

    private static void check(Document doc, String what, String text, Location at, Set<Warning> out) {
        if (text == null || at == null || at.block() == null) {
            return;
        }
        List<String> numbers = OcrDigits.digitsOf(text);
        if (numbers.isEmpty()) {
            return;
        }
        List<List<Place>> places = places(doc, at);
        String worstDigits = null;
        Found worst = null;
        for (String digits : numbers) {
            Optional<Found> f = best(places, digits);
            if (f.isPresent() && (worst == null || f.get().confidence() < worst.confidence())) {
                worst = f.get();
                worstDigits = digits;
            }
        }
        if (worst != null && worst.confidence() < THRESHOLD) {
            out.add(Warning.of(WarningCode.LOW_CONFIDENCE, message(what, text, worstDigits, worst), at));
        }
    }

    private static void year(Document doc, int year, Set<Warning> out) {
        List<Place> all = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                all.add(new Place(p.ocrDigits(), p.location()));
            } else if (b instanceof Table t) {
                t.rows().forEach(r -> r.cells().forEach(c -> all.add(new Place(c.ocrDigits(), c.location()))));
            }
        }
        String digits = Integer.toString(year);
        Optional<Found> f = bestIn(all, digits);
        if (f.isPresent() && f.get().confidence() < THRESHOLD) {
            out.add(Warning.of(WarningCode.LOW_CONFIDENCE,
                    message("年度", digits, digits, f.get()), f.get().where()));
        }
    }

    /** Where a value's numbers are looked for, nearest first: its block or cell, then the cell's row. */
    private record Place(List<OcrDigits> readings, Location location) {
    }

    private static List<List<Place>> places(Document doc, Location at) {
        List<List<Place>> out = new ArrayList<>();
        if (at.block() < 0 || at.block() >= doc.blocks().size()) {
            return out;
        }
        Block b = doc.blocks().get(at.block());
        if (b instanceof Paragraph p) {
            out.add(List.of(new Place(p.ocrDigits(), p.location())));
        } else if (b instanceof Table t && at.row() != null && at.column() != null) {
            TableView view = new TableView(t);
            Optional<Cell> own = view.cell(at.row(), at.column());
            own.ifPresent(c -> out.add(List.of(new Place(c.ocrDigits(), c.location()))));
            List<Place> row = new ArrayList<>();
            for (Cell c : view.distinctCells(at.row())) {
                if (own.isEmpty() || c != own.get()) {
                    row.add(new Place(c.ocrDigits(), c.location()));
                }
            }
            out.add(row);
        }
        return out;
    }

    /** The best reading of the digits in the nearest place that has any. */
    private static Optional<Found> best(List<List<Place>> places, String digits) {
        for (List<Place> ring : places) {
            Optional<Found> f = bestIn(ring, digits);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> bestIn(List<Place> places, String digits) {
        Found best = null;
        for (Place p : places) {
            for (OcrDigits r : p.readings()) {
                if (r.digits().equals(digits) && (best == null || r.confidence() > best.confidence())) {
                    best = new Found(r.confidence(), p.location());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String message(String what, String text, String digits, Found f) {
        Location w = f.where();
        String cell = w.row() == null ? "" : String.format(Locale.ROOT, "（表%d第%d行第%d列）",
                w.table() + 1, w.row() + 1, w.column() + 1);
        return String.format(Locale.ROOT, "%s“%s”的数字%s由OCR识别，置信度%.2f，低于%.2f%s，请核对原件",
                what, text.strip(), digits, f.confidence(), THRESHOLD, cell);
    }
}
