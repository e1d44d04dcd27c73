package org.govdoc.read.sheet;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Number formats of an XLSX workbook's cell styles ({@code <cellXfs>} of the styles part), looked
 * up the way POI's {@code XSSFCell.getCellStyle()} finds a cell's style, and numbers displayed with
 * them by {@link CellNumberFormat}.
 */
final class CellStyles {

    private record NumberFormat(int index, String format) {
    }

    private final StylesTable styles;
    private final NumberFormat[] formats;
    private final DataFormatter fmt;

    CellStyles(StylesTable styles, DataFormatter fmt) {
        this.styles = styles;
        this.formats = new NumberFormat[styles.getNumCellStyles()];
        this.fmt = fmt;
    }

    /**
     * A numeric cell's value as displayed.
     *
     * @param cellStyle   the cell's {@code s} attribute, -1 when it has none
     * @param columnStyle the default style of the cell's column ({@code <col style>}), -1 when no
     *                    {@code <col>} covers it
     */
    String display(double value, long cellStyle, int columnStyle) {
        NumberFormat f = null;
        if (cellStyle >= 0 && formats.length > 0) {
            f = format(Math.toIntExact(cellStyle));
        }
        if (f == null) {
            f = format(columnStyle == -1 ? 0 : columnStyle);
        }
        if (f == null) {
            throw new IllegalStateException("The cell style " + cellStyle + " does not exist");
        }
        return CellNumberFormat.display(value, f.index(), f.format(), fmt);
    }

    /** The number format of style {@code i}, null when there is no such style. */
    private NumberFormat format(int i) {
        if (i < 0 || i >= formats.length) {
            return null;
        }
        if (formats[i] == null) {
            XSSFCellStyle style = styles.getStyleAt(i);
            formats[i] = new NumberFormat(style.getDataFormat(), style.getDataFormatString());
        }
        return formats[i];
    }
}
