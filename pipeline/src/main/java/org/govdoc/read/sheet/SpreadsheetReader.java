package org.govdoc.read.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.Format;
import org.govdoc.read.MetadataValues;
import org.govdoc.read.ReadContext;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.ZipInflation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads XLSX, XLS and WPS spreadsheets (.et, an Excel 97 binary): every visible sheet with content
 * becomes a paragraph with the sheet's name, paragraphs for single-text rows above and below the
 * table (titles, units, notes), and one table covering the rest of the sheet's used range
 * ({@link SheetLayout}). Merged regions become spans; values are formatted as Excel displays them
 * ({@link DataFormatter}, formulas by their cached result); rows without any content are dropped.
 *
 * <p>OOXML workbooks are read by {@link XlsxReader}, which streams the parts it needs instead of
 * building POI's workbook model. A workbook it leaves alone (a structure it does not model) or
 * fails on is read with POI's common SS model like the binary formats, so such a file gives what
 * that model gives: the same document, or the same failure.
 */
public final class SpreadsheetReader implements DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(SpreadsheetReader.class);

    @Override
    public Document read(Path file, String mediaType, ReadContext context) throws ReadFailure, IOException {
        if (isOoxml(file)) {
            // POI opens the package below with its own ZIP-bomb guard off (Tika switches it off)
            ZipInflation.checkPackage(file, Format.SPREADSHEET.label());
            try {
                Optional<Document> doc = XlsxReader.read(file, mediaType, context);
                if (doc.isPresent()) {
                    return doc.get();
                }
                LOG.debug("{}: read with the workbook model (a structure the streaming reader leaves to it)", file);
            } catch (IOException | RuntimeException e) {
                XlsxReader.PartTooLarge bomb = tooLarge(e);
                if (bomb != null) { // a part inflating past its limit: the workbook model would inflate it all
                    throw ZipInflation.bomb(Format.SPREADSHEET.label(), bomb.part, bomb.inflated);
                }
                LOG.debug("{}: the streaming reader failed, reading with the workbook model", file, e);
            }
        }
        return readWorkbook(file, mediaType, context);
    }

    /** The inflation limit a part of the package passed, found among the causes of a failure; null when none. */
    private static XlsxReader.PartTooLarge tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XlsxReader.PartTooLarge tooLarge) {
                return tooLarge;
            }
            if (t instanceof org.xml.sax.SAXException sax && sax.getException() instanceof XlsxReader.PartTooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    /** True when POI's workbook factory would open the file as OOXML (a ZIP). */
    private static boolean isOoxml(Path file) {
        try {
            return FileMagic.valueOf(file.toFile()) == FileMagic.OOXML;
        } catch (IOException | RuntimeException e) {
            return false; // the workbook factory reports it
        }
    }

    /** Reads with POI's workbook model ({@link WorkbookFactory}): XLS and ET, and XLSX the stream leaves. */
    static Document readWorkbook(Path file, String mediaType, ReadContext context) throws IOException {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            DocumentBuilder out = new DocumentBuilder(context);
            for (int i = 0; i < wb.getNumberOfSheets() && !out.full(); i++) {
                if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                    continue; // lookup lists and scratch data nobody sees
                }
                sheet(wb.getSheetAt(i), fmt, out);
            }
            return out.build(metadata(wb, mediaType));
        }
    }

    /** Lays a sheet out; once its cells' texts pass what the document may still hold, the rest are not kept. */
    private static void sheet(Sheet sheet, DataFormatter fmt, DocumentBuilder out) {
        SheetCells cells = new SheetCells();
        long maxChars = out.remaining();
        long kept = 0;
        rows:
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (kept > maxChars) {
                    break rows;
                }
                String text = text(cell, fmt);
                cells.add(cell.getRowIndex(), cell.getColumnIndex(), text);
                kept += text.length() + 1;
            }
        }
        SheetLayout.write(sheet.getSheetName(), sheet.getMergedRegions(), cells, out);
        if (kept > maxChars) {
            out.stoppedAtBound();
        }
    }

    /** The cell's value as displayed; formulas by their cached result. */
    static String text(Cell cell, DataFormatter fmt) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> {
                double v = cell.getNumericCellValue();
                yield CellNumberFormat.display(v, cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString(), fmt);
            }
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static DocumentMetadata metadata(Workbook wb, String mediaType) {
        if (wb instanceof XSSFWorkbook x) {
            return metadata(x.getProperties().getCoreProperties(), mediaType);
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

    /** An OOXML workbook's metadata: its core properties. */
    static DocumentMetadata metadata(POIXMLProperties.CoreProperties core, String mediaType) {
        return new DocumentMetadata(MetadataValues.text(core.getTitle()), MetadataValues.text(core.getCreator()),
                MetadataValues.instant(core.getCreated()), MetadataValues.instant(core.getModified()), null, mediaType);
    }
}
