package org.govdoc.read.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.MetadataValues;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.TableBuilder;

/**
 * Reads XLSX, XLS and WPS spreadsheets (.et, an Excel 97 binary) with POI's common SS model: every
 * visible sheet with content becomes a paragraph with the sheet's name, paragraphs for single-text rows
 * above and below the table (titles, units, notes), and one table covering the rest of the
 * sheet's used range. Merged regions become spans; values are formatted as Excel displays them
 * ({@link DataFormatter}, formulas by their cached result); rows without any content are dropped.
 */
public final class SpreadsheetReader implements DocumentReader {

    @Override
    public Document read(Path file, String mediaType) throws ReadFailure, IOException {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            DocumentBuilder out = new DocumentBuilder();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                    continue; // lookup lists and scratch data nobody sees
                }
                sheet(wb.getSheetAt(i), fmt, out);
            }
            return out.build(metadata(wb, mediaType));
        }
    }

    /**
     * One sheet: rows above and below the table that hold a single text (a title row, "单位：万元",
     * a note under the table) become paragraphs; the rows between them become one table.
     */
    private static void sheet(Sheet sheet, DataFormatter fmt, DocumentBuilder out) {
        Map<Long, CellRangeAddress> mergedAt = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            mergedAt.put(key(r.getFirstRow(), r.getFirstColumn()), r);
            for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
                for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
                    if (row != r.getFirstRow() || col != r.getFirstColumn()) {
                        covered.add(key(row, col));
                    }
                }
            }
        }
        // used range: rows and columns holding text
        int firstRow = Integer.MAX_VALUE;
        int lastRow = -1;
        int firstCol = Integer.MAX_VALUE;
        int lastCol = -1;
        Map<Long, String> texts = new HashMap<>();
        Map<Integer, Integer> textsPerRow = new HashMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = text(cell, fmt);
                if (!text.isBlank()) {
                    texts.put(key(cell.getRowIndex(), cell.getColumnIndex()), text);
                    textsPerRow.merge(cell.getRowIndex(), 1, Integer::sum);
                    firstRow = Math.min(firstRow, cell.getRowIndex());
                    lastRow = Math.max(lastRow, cell.getRowIndex());
                    firstCol = Math.min(firstCol, cell.getColumnIndex());
                    lastCol = Math.max(lastCol, cell.getColumnIndex());
                }
            }
        }
        if (lastRow < 0) {
            return;
        }
        for (CellRangeAddress r : mergedAt.values()) {
            if (texts.containsKey(key(r.getFirstRow(), r.getFirstColumn()))) {
                lastRow = Math.max(lastRow, r.getLastRow());
                lastCol = Math.max(lastCol, r.getLastColumn());
            }
        }
        // leading and trailing single-text rows are paragraphs
        int top = firstRow;
        List<String> leading = new ArrayList<>();
        while (top <= lastRow && singleTextRow(top, textsPerRow, mergedAt, firstCol, lastCol)) {
            if (textsPerRow.containsKey(top)) {
                leading.add(rowText(top, texts, firstCol, lastCol));
            }
            top++;
        }
        int bottom = lastRow;
        List<String> trailing = new ArrayList<>();
        while (bottom >= top && singleTextRow(bottom, textsPerRow, mergedAt, firstCol, lastCol)
                && !coveredFromAbove(bottom, covered, firstCol, lastCol)) {
            if (textsPerRow.containsKey(bottom)) {
                trailing.add(0, rowText(bottom, texts, firstCol, lastCol));
            }
            bottom--;
        }
        out.paragraph(sheet.getSheetName(), null);
        for (String p : leading) {
            out.paragraph(p, null);
        }
        TableBuilder tb = new TableBuilder();
        for (int r = top; r <= bottom; r++) {
            tb.row();
            for (int c = firstCol; c <= lastCol; c++) {
                long k = key(r, c);
                if (covered.contains(k)) {
                    continue;
                }
                CellRangeAddress m = mergedAt.get(k);
                int rowSpan = m == null ? 1 : Math.min(m.getLastRow(), bottom) - r + 1;
                int colSpan = m == null ? 1 : Math.min(m.getLastColumn(), lastCol) - c + 1;
                String text = texts.get(k);
                if (text == null && m == null && !rowHasText(r, textsPerRow)) {
                    continue; // an empty row: no cells, dropped by the builder
                }
                tb.cellAt(c - firstCol, text == null ? "" : text, rowSpan, colSpan);
            }
        }
        out.table(tb);
        for (String p : trailing) {
            out.paragraph(p, null);
        }
    }

    private static boolean rowHasText(int row, Map<Integer, Integer> textsPerRow) {
        return textsPerRow.containsKey(row);
    }

    /** At most one text in the row and no merged region reaching down from or into it. */
    private static boolean singleTextRow(int row, Map<Integer, Integer> textsPerRow,
                                         Map<Long, CellRangeAddress> mergedAt, int firstCol, int lastCol) {
        if (textsPerRow.getOrDefault(row, 0) > 1) {
            return false;
        }
        for (int c = firstCol; c <= lastCol; c++) {
            CellRangeAddress m = mergedAt.get(key(row, c));
            if (m != null && m.getLastRow() > row) {
                return false;
            }
        }
        return true;
    }

    private static boolean coveredFromAbove(int row, Set<Long> covered, int firstCol, int lastCol) {
        for (int c = firstCol; c <= lastCol; c++) {
            if (covered.contains(key(row, c))) {
                return true;
            }
        }
        return false;
    }

    private static String rowText(int row, Map<Long, String> texts, int firstCol, int lastCol) {
        for (int c = firstCol; c <= lastCol; c++) {
            String t = texts.get(key(row, c));
            if (t != null) {
                return t;
            }
        }
        return "";
    }

    /**
     * Excel's built-in formats that POI does not know or knows in their US form, as a Chinese
     * Excel shows them (ECMA-376 Part 1, 18.8.30, zh-cn).
     */
    private static final Map<Integer, String> CHINESE_BUILTIN = Map.ofEntries(
            Map.entry(14, "yyyy/m/d"), Map.entry(22, "yyyy/m/d h:mm"),
            Map.entry(27, "yyyy\"年\"m\"月\""), Map.entry(28, "m\"月\"d\"日\""), Map.entry(29, "m\"月\"d\"日\""),
            Map.entry(30, "m-d-yy"), Map.entry(31, "yyyy\"年\"m\"月\"d\"日\""), Map.entry(32, "h\"时\"mm\"分\""),
            Map.entry(33, "h\"时\"mm\"分\"ss\"秒\""), Map.entry(34, "AM/PM h\"时\"mm\"分\""),
            Map.entry(35, "AM/PM h\"时\"mm\"分\"ss\"秒\""), Map.entry(36, "yyyy\"年\"m\"月\""),
            Map.entry(50, "yyyy\"年\"m\"月\""), Map.entry(51, "m\"月\"d\"日\""), Map.entry(52, "yyyy\"年\"m\"月\""),
            Map.entry(53, "m\"月\"d\"日\""), Map.entry(54, "m\"月\"d\"日\""), Map.entry(55, "AM/PM h\"时\"mm\"分\""),
            Map.entry(56, "AM/PM h\"时\"mm\"分\"ss\"秒\""), Map.entry(57, "yyyy\"年\"m\"月\""),
            Map.entry(58, "m\"月\"d\"日\""));

    /** The cell's value as displayed; formulas by their cached result. */
    static String text(Cell cell, DataFormatter fmt) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> number(cell, fmt);
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String number(Cell cell, DataFormatter fmt) {
        double v = cell.getNumericCellValue();
        int index = cell.getCellStyle().getDataFormat();
        String format = CHINESE_BUILTIN.getOrDefault(index, cell.getCellStyle().getDataFormatString());
        if (format != null && DateUtil.isADateFormat(index, format) && DateUtil.isValidExcelDate(v)) {
            // POI's date formatting prints quoted literals with their quotes ("年"); Chinese
            // characters are literals anyway, so the quotes can go
            return fmt.formatRawCellContents(v, index, format.replace("\"", ""));
        }
        return fmt.formatRawCellContents(v, index, format == null ? "General" : format);
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    private static DocumentMetadata metadata(Workbook wb, String mediaType) {
        if (wb instanceof XSSFWorkbook x) {
            var core = x.getProperties().getCoreProperties();
            return new DocumentMetadata(MetadataValues.text(core.getTitle()), MetadataValues.text(core.getCreator()),
                    MetadataValues.instant(core.getCreated()), MetadataValues.instant(core.getModified()), null, mediaType);
        }
        if (wb instanceof HSSFWorkbook h) {
            SummaryInformation si = h.getSummaryInformation();
            if (si != null) {
                return new DocumentMetadata(MetadataValues.text(si.getTitle()), MetadataValues.text(si.getAuthor()),
                        MetadataValues.instant(si.getCreateDateTime()), MetadataValues.instant(si.getLastSaveDateTime()), null, mediaType);
            }
        }
        return DocumentMetadata.empty(mediaType);
    }


}
