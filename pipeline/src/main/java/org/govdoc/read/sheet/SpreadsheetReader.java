package org.govdoc.read.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
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
import org.govdoc.read.ReadFailure;
import org.govdoc.read.TableBuilder;

/**
 * Reads XLSX, XLS and WPS spreadsheets (.et, an Excel 97 binary) with POI's common SS model: every
 * sheet with content becomes a paragraph with the sheet's name followed by one table covering the
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
                Sheet sheet = wb.getSheetAt(i);
                TableBuilder table = sheetTable(sheet, fmt);
                if (!table.isEmpty()) {
                    out.paragraph(sheet.getSheetName(), null);
                    out.table(table);
                }
            }
            return out.build(metadata(wb, mediaType));
        }
    }

    private static TableBuilder sheetTable(Sheet sheet, DataFormatter fmt) {
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
        // used range: rows and columns holding text or a merged region
        int firstRow = Integer.MAX_VALUE;
        int lastRow = -1;
        int firstCol = Integer.MAX_VALUE;
        int lastCol = -1;
        Map<Long, String> texts = new HashMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = text(cell, fmt);
                if (!text.isBlank()) {
                    texts.put(key(cell.getRowIndex(), cell.getColumnIndex()), text);
                    firstRow = Math.min(firstRow, cell.getRowIndex());
                    lastRow = Math.max(lastRow, cell.getRowIndex());
                    firstCol = Math.min(firstCol, cell.getColumnIndex());
                    lastCol = Math.max(lastCol, cell.getColumnIndex());
                }
            }
        }
        TableBuilder tb = new TableBuilder();
        if (lastRow < 0) {
            return tb;
        }
        List<CellRangeAddress> regions = new ArrayList<>(mergedAt.values());
        for (CellRangeAddress r : regions) {
            if (texts.containsKey(key(r.getFirstRow(), r.getFirstColumn()))) {
                lastRow = Math.max(lastRow, r.getLastRow());
                lastCol = Math.max(lastCol, r.getLastColumn());
            }
        }
        for (int r = firstRow; r <= lastRow; r++) {
            boolean hasContent = false;
            for (int c = firstCol; c <= lastCol && !hasContent; c++) {
                hasContent = texts.containsKey(key(r, c)) || covered.contains(key(r, c))
                        || mergedAt.containsKey(key(r, c));
            }
            tb.row();
            if (!hasContent) {
                continue; // an empty row: dropped by the builder
            }
            for (int c = firstCol; c <= lastCol; c++) {
                long k = key(r, c);
                if (covered.contains(k)) {
                    continue;
                }
                CellRangeAddress m = mergedAt.get(k);
                int rowSpan = m == null ? 1 : Math.min(m.getLastRow(), lastRow) - r + 1;
                int colSpan = m == null ? 1 : Math.min(m.getLastColumn(), lastCol) - Math.max(c, firstCol) + 1;
                tb.cellAt(c - firstCol, texts.getOrDefault(k, ""), rowSpan, colSpan);
            }
        }
        return tb;
    }

    /** The cell's value as displayed; formulas by their cached result. */
    static String text(Cell cell, DataFormatter fmt) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
            return switch (type) {
                case NUMERIC -> fmt.formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                case STRING -> cell.getRichStringCellValue().getString();
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
                default -> "";
            };
        }
        return fmt.formatCellValue(cell);
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    private static DocumentMetadata metadata(Workbook wb, String mediaType) {
        if (wb instanceof XSSFWorkbook x) {
            var core = x.getProperties().getCoreProperties();
            return new DocumentMetadata(blank(core.getTitle()), blank(core.getCreator()),
                    instant(core.getCreated()), instant(core.getModified()), null, mediaType);
        }
        if (wb instanceof HSSFWorkbook h) {
            SummaryInformation si = h.getSummaryInformation();
            if (si != null) {
                return new DocumentMetadata(blank(si.getTitle()), blank(si.getAuthor()),
                        instant(si.getCreateDateTime()), instant(si.getLastSaveDateTime()), null, mediaType);
            }
        }
        return DocumentMetadata.empty(mediaType);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(java.util.Date d) {
        return d == null ? null : d.toInstant();
    }
}
