package org.govdoc.read.sheet;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One {@code <c>} element of a worksheet while it is read: its attributes, first {@code <v>},
 * first {@code <f>} and first {@code <is>}, and the text {@link SpreadsheetReader#text} makes of the
 * {@code XSSFCell} POI builds from it. Reused for every cell of a sheet.
 */
final class CellXml {

    private String type;
    private long style;
    private boolean hasValue;
    private String value;
    private boolean hasFormula;
    private String formulaType;
    private boolean hasInline;
    private String inline;
    private boolean inlineFontReference;
    private boolean arrayFormula;

    /** Starts a cell: its {@code t} and {@code s} attributes (null when absent). */
    void start(String t, String s) {
        type = t;
        style = s == null ? -1 : XmlValues.unsignedInt(s);
        hasValue = false;
        value = null;
        hasFormula = false;
        formulaType = null;
        hasInline = false;
        inline = null;
        inlineFontReference = false;
    }

    boolean hasValue() {
        return hasValue;
    }

    void value(String v) {
        hasValue = true;
        value = v;
    }

    boolean hasFormula() {
        return hasFormula;
    }

    /** The cell's {@code <f>}: its {@code t} and {@code ref} attributes (null when absent). */
    void formula(String t, String ref) throws NotStreamable {
        hasFormula = true;
        formulaType = t == null ? "normal" : t;
        switch (formulaType) {
            case "normal", "dataTable" -> {
            }
            case "shared", "array" -> {
                if (ref != null) {
                    CellRangeAddress.valueOf(ref); // XSSFSheet parses the range, failing on a bad one
                    arrayFormula |= formulaType.equals("array");
                }
            }
            default -> throw new NotStreamable("formula type " + t);
        }
    }

    boolean hasInline() {
        return hasInline;
    }

    /** The text of the cell's {@code <is>}, and whether a run of it names a font by number. */
    void inline(String text, boolean fontReference) {
        hasInline = true;
        inline = text;
        inlineFontReference = fontReference;
    }

    /** True once a cell of the sheet had an array formula over a range. */
    boolean sawArrayFormula() {
        return arrayFormula;
    }

    /**
     * True when the cell is a number without value and without formula: blank, unless it lies in an
     * array formula's range, where POI takes it for a formula showing 0.
     */
    boolean isBlankNumber() {
        return (type == null || type.equals("n")) && !hasValue && !isFormula();
    }

    private boolean isFormula() {
        return hasFormula && !formulaType.equals("dataTable"); // POI types data table cells by their value
    }

    /** The displayed text of the cell, which is in column {@code col} (0-based). */
    String text(SharedStrings sharedStrings, CellStyles styles, ColumnStyles columns, int col) throws NotStreamable {
        switch (type == null ? "n" : type) {
            case "n" -> {
                if (isBlankNumber()) {
                    return "";
                }
                double v = !hasValue || value.isEmpty() ? 0.0 : Double.parseDouble(value);
                return styles.display(v, style, columns.styleOf(col));
            }
            case "s" -> {
                return hasValue ? sharedStrings.get(value) : "";
            }
            case "inlineStr" -> {
                if (hasInline && inlineFontReference) {
                    throw new NotStreamable("an inline string with a run font by number");
                }
                return hasInline ? inline : hasValue ? RichTextCollector.decode(value) : "";
            }
            case "str" -> {
                return hasValue ? RichTextCollector.decode(value) : "";
            }
            case "b" -> {
                return hasValue && value.equals("1") ? "TRUE" : "FALSE";
            }
            case "e" -> {
                byte code = hasValue ? FormulaError.forString(value).getCode() : 0;
                return FormulaError.forInt(code).getString();
            }
            default -> throw new NotStreamable("cell type " + type);
        }
    }
}
