package org.govdoc.read.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet part ({@code xl/worksheets/sheetN.xml}) into the texts of its cells and its
 * merged regions, with the values POI's workbook model gives for the same XML: rows and cells
 * placed as {@code XSSFSheet} places them (a later row or cell at the same position replaces an
 * earlier one; a row or cell without a reference follows the previous one), and each cell's text as
 * {@link SpreadsheetReader#text} makes it from an {@code XSSFCell}: shared, inline and formula
 * strings, booleans, errors, and numbers in the number format of the cell's style or its column's.
 * Formulas count by their cached value. Throws {@link NotStreamable} for structures it does not
 * reproduce.
 */
final class SheetXmlHandler extends DefaultHandler {

    private final List<String> sharedStrings;
    private final CellStyles styles;

    private int depth;
    private boolean sheetDataSeen;
    private boolean inSheetData;
    private boolean mergeCellsSeen;
    private boolean inMergeCells;
    private boolean inCols;

    private final Map<Integer, Map<Integer, String>> rows = new HashMap<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    /** {@code <col>} ranges, 1-based min and max, and their style. */
    private final List<long[]> columns = new ArrayList<>();
    private int maxRow = -1;

    private boolean inRow;
    private Map<Integer, String> row;
    private int rowMaxCol;

    private boolean inCell;
    private int col;
    private String type;
    private long style;
    private boolean hasValue;
    private String value;
    private boolean hasFormula;
    private String formulaType;
    private boolean hasInline;
    private String inline;
    private boolean inValue;
    private boolean inInline;
    private final StringBuilder chars = new StringBuilder();
    private final RichTextCollector inlineText = new RichTextCollector();

    private boolean sawArrayFormula;
    private boolean sawBlankNumber;

    SheetXmlHandler(List<String> sharedStrings, CellStyles styles) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
    }

    /** The cells' texts, once the part is parsed. */
    SheetCells cells() {
        SheetCells cells = new SheetCells();
        for (Map.Entry<Integer, Map<Integer, String>> r : rows.entrySet()) {
            for (Map.Entry<Integer, String> c : r.getValue().entrySet()) {
                cells.add(r.getKey(), c.getKey(), c.getValue());
            }
        }
        return cells;
    }

    /** The merged regions in file order, once the part is parsed. */
    List<CellRangeAddress> merged() {
        return merged;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        if (inInline) {
            inlineText.startElement(XlsxReader.MAIN_NS.equals(uri), localName);
            return;
        }
        if (!XlsxReader.MAIN_NS.equals(uri)) {
            return;
        }
        switch (depth) {
            case 1 -> {
                if (!localName.equals("worksheet")) {
                    throw new NotStreamable("a worksheet part without <worksheet>");
                }
            }
            case 2 -> topLevel(localName);
            case 3 -> {
                if (inSheetData && localName.equals("row")) {
                    startRow(atts);
                } else if (inMergeCells && localName.equals("mergeCell")) {
                    merged.add(CellRangeAddress.valueOf(atts.getValue("", "ref")));
                } else if (inCols && localName.equals("col")) {
                    column(atts);
                }
            }
            case 4 -> {
                if (inRow && localName.equals("c")) {
                    startCell(atts);
                }
            }
            case 5 -> {
                if (inCell) {
                    cellChild(localName, atts);
                }
            }
            default -> {
            }
        }
    }

    private void topLevel(String localName) throws NotStreamable {
        switch (localName) {
            case "sheetData" -> {
                if (!sheetDataSeen) {
                    sheetDataSeen = true;
                    inSheetData = true;
                    checkColumns();
                }
            }
            case "mergeCells" -> {
                if (!mergeCellsSeen) {
                    mergeCellsSeen = true;
                    inMergeCells = true;
                }
            }
            case "cols" -> {
                if (sheetDataSeen) {
                    throw new NotStreamable("<cols> after <sheetData>");
                }
                inCols = true;
            }
            default -> {
            }
        }
    }

    private void column(Attributes atts) throws NotStreamable {
        String min = atts.getValue("", "min");
        String max = atts.getValue("", "max");
        String s = atts.getValue("", "style");
        if (min == null || max == null) {
            throw new NotStreamable("<col> without min or max");
        }
        columns.add(new long[] {unsignedInt(min), unsignedInt(max), s == null ? 0 : unsignedInt(s)});
    }

    /** POI merges overlapping {@code <col>} ranges in its own way; only disjoint ones are read here. */
    private void checkColumns() throws NotStreamable {
        List<long[]> sorted = new ArrayList<>(columns);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        long end = 0;
        for (long[] c : sorted) {
            if (c[0] > c[1] || c[0] <= end) {
                throw new NotStreamable("overlapping or inverted <col> ranges");
            }
            end = c[1];
        }
    }

    /** The default style of a column ({@code ColumnHelper.getColDefaultStyle}), -1 when no {@code <col>} covers it. */
    private int columnStyle(int column) {
        long index1 = column + 1L;
        for (long[] c : columns) {
            if (c[0] <= index1 && c[1] >= index1) {
                return (int) c[2];
            }
        }
        return -1;
    }

    private void startRow(Attributes atts) {
        String r = atts.getValue("", "r");
        int rowNum = r == null ? maxRow + 1 : (int) (unsignedInt(r) - 1);
        row = new HashMap<>();
        rows.put(rowNum, row); // a later row with the same number replaces this one, as in XSSFSheet
        maxRow = Math.max(maxRow, rowNum);
        rowMaxCol = -1;
        inRow = true;
    }

    private void startCell(Attributes atts) throws NotStreamable {
        String r = atts.getValue("", "r");
        col = r != null ? columnOf(r) : rowMaxCol + 1;
        if (col < 0) {
            throw new NotStreamable("a cell reference without column: " + r);
        }
        type = atts.getValue("", "t");
        String s = atts.getValue("", "s");
        style = s == null ? -1 : unsignedInt(s);
        hasValue = false;
        value = null;
        hasFormula = false;
        formulaType = null;
        hasInline = false;
        inline = null;
        inCell = true;
    }

    private void cellChild(String localName, Attributes atts) throws NotStreamable {
        switch (localName) {
            case "v" -> {
                if (!hasValue) {
                    hasValue = true;
                    inValue = true;
                    chars.setLength(0);
                }
            }
            case "f" -> {
                if (!hasFormula) {
                    hasFormula = true;
                    formula(atts);
                }
            }
            case "is" -> {
                if (!hasInline) {
                    hasInline = true;
                    inInline = true;
                    inlineText.start();
                }
            }
            default -> {
            }
        }
    }

    /** What XSSFSheet notes of a formula while reading: the ranges of shared and array formulas. */
    private void formula(Attributes atts) throws NotStreamable {
        String t = atts.getValue("", "t");
        formulaType = t == null ? "normal" : t;
        String ref = atts.getValue("", "ref");
        switch (formulaType) {
            case "normal", "dataTable" -> {
            }
            case "shared", "array" -> {
                if (ref != null) {
                    CellRangeAddress.valueOf(ref); // XSSFSheet parses it and fails on a bad one
                    sawArrayFormula |= formulaType.equals("array");
                }
            }
            default -> throw new NotStreamable("formula type " + t);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (inInline) {
            if (depth == 5) {
                inInline = false;
                inline = inlineText.text();
            } else {
                inlineText.endElement();
            }
        } else if (inValue && depth == 5) {
            inValue = false;
            value = chars.toString();
        } else if (inCell && depth == 4) {
            inCell = false;
            row.put(col, text());
            rowMaxCol = Math.max(rowMaxCol, col);
        } else if (depth == 3) {
            inRow = false;
        } else if (depth == 2) {
            inSheetData = false;
            inMergeCells = false;
            inCols = false;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            chars.append(ch, start, length);
        } else if (inInline) {
            inlineText.characters(ch, start, length);
        }
    }

    @Override
    public void endDocument() throws SAXException {
        if (!sheetDataSeen) {
            throw new NotStreamable("a worksheet without <sheetData>");
        }
        if (sawArrayFormula && sawBlankNumber) {
            // XSSFCell types an empty cell inside an array formula's range as a formula (showing 0)
            throw new NotStreamable("empty cells beside array formulas");
        }
    }

    /** The cell's displayed text, as {@link SpreadsheetReader#text} gives it for the XSSFCell. */
    private String text() throws NotStreamable {
        boolean formula = hasFormula && !formulaType.equals("dataTable");
        switch (type == null ? "n" : type) {
            case "n" -> {
                if (!hasValue && !formula) {
                    sawBlankNumber = true;
                    return "";
                }
                double v = !hasValue || value.isEmpty() ? 0.0 : Double.parseDouble(value);
                return styles.display(v, style, columnStyle(col));
            }
            case "s" -> {
                return hasValue ? sharedString(value) : "";
            }
            case "inlineStr" -> {
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

    /** A shared string by index; like XSSFCell, "" for an index that is not a number or not in the table. */
    private String sharedString(String index) {
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return "";
        }
        return i >= 0 && i < sharedStrings.size() ? sharedStrings.get(i) : "";
    }

    /** The 0-based column of a cell reference ("B7"), as {@link CellReference} reads it. */
    private static int columnOf(String ref) {
        int n = ref.length();
        int letters = 0;
        int col = 0;
        while (letters < n && letters < 3 && ref.charAt(letters) >= 'A' && ref.charAt(letters) <= 'Z') {
            col = col * 26 + ref.charAt(letters) - 'A' + 1;
            letters++;
        }
        int digits = n - letters;
        if (letters == 0 || digits < 1 || digits > 7 || ref.charAt(letters) == '0') {
            return new CellReference(ref).getCol();
        }
        for (int i = letters; i < n; i++) {
            char c = ref.charAt(i);
            if (c < '0' || c > '9') {
                return new CellReference(ref).getCol();
            }
        }
        return col - 1;
    }

    /** An xsd:unsignedInt attribute as XmlBeans reads it. */
    private static long unsignedInt(String s) {
        long v = Long.parseLong(s.strip());
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw new NumberFormatException("not an unsignedInt: " + s);
        }
        return v;
    }
}
