package org.govdoc.read.sheet;

import org.xml.sax.SAXException;

/**
 * Thrown while streaming an XLSX part that has a structure {@link XlsxReader} does not reproduce
 * exactly (a value POI's workbook model rejects or reads in its own way): the workbook is then read
 * with that model instead. Not a failure of the file.
 */
final class NotStreamable extends SAXException {

    private static final long serialVersionUID = 1L;

    NotStreamable(String reason) {
        super(reason);
    }
}
