package org.govdoc.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet of XLSX written as a stream with fastexcel: strings inline (no shared-string table kept
 * in memory), rows flushed every {@value #FLUSH_EVERY}, so memory does not grow with the rows.
 */
final class XlsxExportWriter implements ExportWriter {

    /** Excel's row limit (1,048,576 rows). */
    static final int MAX_ROWS = 1_048_576;
    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxExportWriter(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "govdoc", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        if (row >= MAX_ROWS) {
            throw new IOException("an XLSX sheet holds at most " + MAX_ROWS + " rows; export fewer or as CSV");
        }
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v instanceof Number n) {
                sheet.value(row, c, n);
            } else if (v != null) {
                sheet.inlineString(row, c, v.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.finish();
            workbook.finish();
        } finally {
            workbook.close();
        }
    }
}
