package org.govdoc.read.sheet;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheet list of the workbook part ({@code xl/workbook.xml}): every {@code <sheet>} of
 * {@code <sheets>} in workbook order, with its name, whether it is hidden and its relationship id.
 */
final class WorkbookSheetsHandler extends DefaultHandler {

    /** A sheet as the workbook lists it; {@code relId} null when it has no {@code r:id}. */
    record SheetEntry(String name, boolean hidden, String relId) {
    }

    private final List<SheetEntry> sheets = new ArrayList<>();
    private int depth;
    private boolean sheetsSeen;
    private boolean inSheets;

    /** The sheets in workbook order. */
    List<SheetEntry> sheets() throws NotStreamable {
        if (!sheetsSeen) {
            throw new NotStreamable("a workbook without <sheets>");
        }
        return sheets;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        boolean main = XlsxReader.MAIN_NS.equals(uri);
        if (depth == 1 && (!main || !localName.equals("workbook"))) {
            throw new NotStreamable("a workbook part without <workbook>");
        }
        if (depth == 2 && main && localName.equals("sheets") && !sheetsSeen) {
            sheetsSeen = true;
            inSheets = true;
        } else if (depth == 3 && inSheets && main && localName.equals("sheet")) {
            sheets.add(new SheetEntry(atts.getValue("", "name"), hidden(atts.getValue("", "state")),
                    atts.getValue(XlsxReader.REL_NS, "id")));
        }
    }

    private static boolean hidden(String state) throws NotStreamable {
        if (state == null || state.equals("visible")) {
            return false;
        }
        if (state.equals("hidden") || state.equals("veryHidden")) {
            return true;
        }
        throw new NotStreamable("sheet state " + state);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (depth == 2) {
            inSheets = false;
        }
        depth--;
    }
}
