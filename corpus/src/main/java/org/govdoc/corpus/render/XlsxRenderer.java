package org.govdoc.corpus.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.SpecBlock;

/**
 * Renders a {@link DocSpec} as an XLSX workbook with POI XSSF: paragraphs as rows with one cell,
 * tables as rows with merged regions for spanning cells, a blank row after each table, and a new
 * sheet at each page break. Plain decimal numbers ("69.381", "120") are written as numeric cells
 * with a format showing the same decimals, everything else as text; line breaks inside cells are
 * kept with wrapping on.
 */
public final class XlsxRenderer implements Renderer {

    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9]\\d{0,11})(?:\\.(\\d{1,6}))?");

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void render(DocSpec spec, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            if (spec.title() != null) {
                wb.getProperties().getCoreProperties().setTitle(spec.title());
            }
            if (spec.author() != null) {
                wb.getProperties().getCoreProperties().setCreator(spec.author());
            }
            Styles styles = new Styles(wb);
            int sheetNo = 1;
            XSSFSheet sheet = wb.createSheet(sheetName(spec.title(), sheetNo));
            int row = 0;
            int widest = 1;
            for (SpecBlock b : spec.blocks()) {
                if (b instanceof SpecBlock.Paragraph p) {
                    XSSFCell cell = sheet.createRow(row++).createCell(0);
                    cell.setCellValue(p.text());
                    cell.setCellStyle(p.headingLevel() > 0 ? styles.heading : styles.text);
                } else if (b instanceof SpecBlock.Table t) {
                    SpecGrid grid = new SpecGrid(t);
                    widest = Math.max(widest, grid.columnCount());
                    for (int r = 0; r < grid.rowCount(); r++) {
                        XSSFRow xr = sheet.createRow(row + r);
                        for (SpecGrid.Placed pc : grid.cellsStartingIn(r)) {
                            XSSFCell cell = xr.createCell(pc.column());
                            value(cell, pc.cell().text(), styles, wb);
                            if (pc.rowSpan() > 1 || pc.colSpan() > 1) {
                                int lastRow = Math.min(row + grid.rowCount() - 1, row + r + pc.rowSpan() - 1);
                                sheet.addMergedRegion(new CellRangeAddress(row + r, lastRow,
                                        pc.column(), pc.column() + pc.colSpan() - 1));
                            }
                        }
                    }
                    row += grid.rowCount() + 1;
                } else if (b instanceof SpecBlock.PageBreak) {
                    setWidths(sheet, widest);
                    sheet = wb.createSheet(sheetName(spec.title(), ++sheetNo));
                    row = 0;
                    widest = 1;
                }
            }
            setWidths(sheet, widest);
            wb.write(out);
        }
    }

    private static void setWidths(XSSFSheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    private static void value(XSSFCell cell, String text, Styles styles, XSSFWorkbook wb) {
        var m = NUMBER.matcher(text);
        if (m.matches()) {
            cell.setCellValue(Double.parseDouble(text));
            int decimals = m.group(1) == null ? 0 : m.group(1).length();
            cell.setCellStyle(styles.number(wb, decimals));
        } else {
            cell.setCellValue(text);
            cell.setCellStyle(styles.text);
        }
    }

    private static String sheetName(String title, int n) {
        if (title == null || title.isBlank()) {
            return "Sheet" + n;
        }
        String safe = WorkbookUtil.createSafeSheetName(title);
        String suffix = n == 1 ? "" : String.valueOf(n);
        int keep = Math.min(safe.length(), 31 - suffix.length());
        return safe.substring(0, keep) + suffix;
    }

    /** Cell styles shared by the whole workbook (Excel limits their number). */
    private static final class Styles {
        final CellStyle text;
        final CellStyle heading;
        private final CellStyle[] numbers = new CellStyle[7];

        Styles(XSSFWorkbook wb) {
            text = wb.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.CENTER);
            heading = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            heading.setAlignment(HorizontalAlignment.LEFT);
        }

        CellStyle number(XSSFWorkbook wb, int decimals) {
            if (numbers[decimals] == null) {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals)));
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                numbers[decimals] = s;
            }
            return numbers[decimals];
        }
    }
}
