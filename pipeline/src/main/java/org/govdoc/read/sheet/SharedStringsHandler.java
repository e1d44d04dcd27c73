package org.govdoc.read.sheet;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the shared strings part ({@code xl/sharedStrings.xml}): the text of every {@code <si>} in
 * order, as {@link RichTextCollector} gives it.
 */
final class SharedStringsHandler extends DefaultHandler {

    private final SharedStrings strings = new SharedStrings();
    private final RichTextCollector item = new RichTextCollector();
    private int depth;
    private boolean inItem;

    SharedStrings strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        boolean main = XlsxReader.MAIN_NS.equals(uri);
        if (depth == 1) {
            if (!main || !localName.equals("sst")) {
                throw new NotStreamable("a shared strings part without <sst>");
            }
        } else if (depth == 2) {
            inItem = main && localName.equals("si");
            if (inItem) {
                item.start();
            }
        } else if (inItem) {
            item.startElement(main, localName, atts);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (inItem) {
            if (depth == 2) {
                strings.add(item.text(), item.fontReference());
                inItem = false;
            } else {
                item.endElement();
            }
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inItem) {
            item.characters(ch, start, length);
        }
    }
}
