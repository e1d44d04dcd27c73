package org.govdoc.read.sheet;

import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A numeric cell's value as a Chinese Excel displays it, from the value and its cell style's number
 * format (index and format string). One rule for every spreadsheet path: the POI workbook model
 * (XLS, ET) and the streaming XLSX reader.
 */
final class CellNumberFormat {

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

    private CellNumberFormat() {
    }

    /**
     * @param index        the style's number format index ({@code CellStyle.getDataFormat()})
     * @param formatString the style's format string ({@code CellStyle.getDataFormatString()}), may be null
     */
    static String display(double value, int index, String formatString, DataFormatter fmt) {
        String format = CHINESE_BUILTIN.getOrDefault(index, formatString);
        if (format != null && DateUtil.isADateFormat(index, format) && DateUtil.isValidExcelDate(value)) {
            // POI's date formatting prints quoted literals with their quotes ("年"); Chinese
            // characters are literals anyway, so the quotes can go
            return fmt.formatRawCellContents(value, index, format.replace("\"", ""));
        }
        return fmt.formatRawCellContents(value, index, format == null ? "General" : format);
    }
}
