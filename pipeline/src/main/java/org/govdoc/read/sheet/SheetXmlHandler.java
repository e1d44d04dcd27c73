package org.govdoc.read.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet part ({@code xl/worksheets/sheetN.xml}) into the texts of its cells and its
 * merged regions, as POI's {@code XSSFSheet} has them for the same XML: the first
 * {@code <sheetData>} and {@code <mergeCells>}; a row or cell without a reference follows the
 * previous one (the highest row so far, the row's highest column); a later row or cell at the same
 * position replaces an earlier one. Each cell's text comes from {@link CellXml}. Throws
 * {@link NotStreamable} for structures it does not reproduce, and for a hyperlink to a missing
 * relationship, on which XSSFSheet fails.
 */
final class SheetXmlHandler extends DefaultHandler {

    private final SharedStrings sharedStrings;
    private final CellStyles styles;
    private final Set<String> hyperlinkRelIds;
    private boolean hyperlinksSeen;
    /** The most characters of cell text to keep (the document's bound); cells past it are skipped. */
    private final long maxChars;
    /** Characters of the cells kept so far, a separator counted with each. */
    private long kept;
    private boolean cut;

    /** Cell texts by row, then column. */
    private final Map<Integer, Map<Integer, String>> rows = new HashMap<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final ColumnStyles columns = new ColumnStyles();
    private final CellXml cell = new CellXml();
    private final RichTextCollector inlineText = new RichTextCollector();
    private final StringBuilder chars = new StringBuilder();

    private int depth;
    private boolean sheetDataSeen;
    private boolean mergeCellsSeen;
    /** The depth-2 element being read: sheetData, mergeCells or cols; null for any other. */
    private String section;
    private int maxRow = -1;
    private Map<Integer, String> row;
    private int rowMaxCol;
    private int col;
    private boolean inCell;
    private boolean inValue;
    private boolean inInline;
    private boolean sawBlankNumber;

    /**
     * @param hyperlinkRelIds the ids of the sheet part's hyperlink relationships
     * @param maxChars        the most characters of cell text to keep: once the cells kept pass it,
     *                        the rest of the sheet's cells are skipped unformatted (the merged regions
     *                        after them are still read), see {@link #cut()}
     */
    SheetXmlHandler(SharedStrings sharedStrings, CellStyles styles, Set<String> hyperlinkRelIds, long maxChars) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.hyperlinkRelIds = hyperlinkRelIds;
        this.maxChars = maxChars;
    }

    /** True when cells were skipped because the cells kept passed the bound. */
    boolean cut() {
        return cut;
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
        boolean main = XlsxReader.MAIN_NS.equals(uri);
        if (inInline) {
            inlineText.startElement(main, localName, atts);
            return;
        }
        if (!main) {
            return;
        }
        switch (depth) {
            case 1 -> {
                if (!localName.equals("worksheet")) {
                    throw new NotStreamable("a worksheet part without <worksheet>");
                }
            }
            case 2 -> startSection(localName);
            case 3 -> {
                if ("sheetData".equals(section) && localName.equals("row")) {
                    startRow(atts.getValue("", "r"));
                } else if ("mergeCells".equals(section) && localName.equals("mergeCell")) {
                    merged.add(CellRangeAddress.valueOf(atts.getValue("", "ref")));
                } else if ("cols".equals(section) && localName.equals("col")) {
                    columns.add(atts);
                } else if ("hyperlinks".equals(section) && localName.equals("hyperlink")) {
                    hyperlink(atts);
                }
            }
            case 4 -> {
                if (row != null && localName.equals("c")) {
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

    private void startSection(String localName) throws NotStreamable {
        section = null;
        if (localName.equals("sheetData") && !sheetDataSeen) {
            sheetDataSeen = true;
            columns.check(); // the <col>s come before the cells
            section = localName;
        } else if (localName.equals("mergeCells") && !mergeCellsSeen) {
            mergeCellsSeen = true;
            section = localName;
        } else if (localName.equals("hyperlinks") && !hyperlinksSeen) {
            hyperlinksSeen = true;
            section = localName;
        } else if (localName.equals("cols")) {
            if (sheetDataSeen) {
                throw new NotStreamable("<cols> after <sheetData>");
            }
            section = localName;
        }
    }

    private void hyperlink(Attributes atts) throws NotStreamable {
        String id = atts.getValue(XlsxReader.REL_NS, "id");
        if (atts.getValue("", "location") == null && id != null && !hyperlinkRelIds.contains(id)) {
            throw new NotStreamable("a hyperlink to a missing relationship");
        }
    }

    private void startRow(String r) {
        if (kept > maxChars) {
            cut = true;
            row = null; // past the bound: the row's cells are not read
            return;
        }
        int rowNum = r == null ? maxRow + 1 : (int) (XmlValues.unsignedInt(r) - 1);
        row = new HashMap<>();
        rows.put(rowNum, row); // replaces an earlier row with the same number, as in XSSFSheet
        maxRow = Math.max(maxRow, rowNum);
        rowMaxCol = -1;
    }

    private void startCell(Attributes atts) throws NotStreamable {
        String r = atts.getValue("", "r");
        col = r != null ? XmlValues.column(r) : rowMaxCol + 1;
        if (col < 0) {
            throw new NotStreamable("a cell reference without column: " + r);
        }
        cell.start(atts.getValue("", "t"), atts.getValue("", "s"));
        inCell = true;
    }

    private void cellChild(String localName, Attributes atts) throws NotStreamable {
        if (localName.equals("v") && !cell.hasValue()) {
            inValue = true;
            chars.setLength(0);
        } else if (localName.equals("f") && !cell.hasFormula()) {
            cell.formula(atts.getValue("", "t"), atts.getValue("", "ref"));
        } else if (localName.equals("is") && !cell.hasInline()) {
            inInline = true;
            inlineText.start();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (inInline) {
            if (depth == 5) {
                inInline = false;
                cell.inline(inlineText.text(), inlineText.fontReference());
            } else {
                inlineText.endElement();
            }
        } else if (inValue && depth == 5) {
            inValue = false;
            cell.value(chars.toString());
        } else if (inCell && depth == 4) {
            inCell = false;
            sawBlankNumber |= cell.isBlankNumber();
            if (kept > maxChars) {
                cut = true; // past the bound: the cell is not formatted nor kept
            } else {
                String text = cell.text(sharedStrings, styles, columns, col);
                row.put(col, text);
                kept += text.length() + 1;
            }
            rowMaxCol = Math.max(rowMaxCol, col);
        } else if (depth == 3 && "sheetData".equals(section)) {
            row = null;
        } else if (depth == 2) {
            section = null;
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
            throw new NotStreamable("a worksheet without <sheetData>"); // XSSFSheet refuses it
        }
        if (cell.sawArrayFormula() && sawBlankNumber) {
            // XSSFCell takes an empty cell inside an array formula's range for a formula showing 0
            throw new NotStreamable("empty cells beside an array formula");
        }
    }
}
