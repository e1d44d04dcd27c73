package org.govdoc.read.sheet;

import org.apache.poi.ss.util.CellReference;

/** Attribute values of SpreadsheetML read as POI reads them. */
final class XmlValues {

    private XmlValues() {
    }

    /** An xsd:unsignedInt as XmlBeans reads it; NumberFormatException when it is not one. */
    static long unsignedInt(String s) {
        long v = Long.parseLong(s.strip());
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw new NumberFormatException("not an unsignedInt: " + s);
        }
        return v;
    }

    /** The 0-based column of a cell reference ("B7"), as {@link CellReference} reads it. */
    static int column(String ref) {
        int n = ref.length();
        int letters = 0;
        int col = 0;
        while (letters < n && letters < 3 && ref.charAt(letters) >= 'A' && ref.charAt(letters) <= 'Z') {
            col = col * 26 + ref.charAt(letters) - 'A' + 1;
            letters++;
        }
        int digits = n - letters;
        if (letters == 0 || digits < 1 || digits > 7 || ref.charAt(letters) == '0') {
            return new CellReference(ref).getCol(); // $A$1, lower case, odd references: POI's parsing
        }
        for (int i = letters; i < n; i++) {
            char c = ref.charAt(i);
            if (c < '0' || c > '9') {
                return new CellReference(ref).getCol();
            }
        }
        return col - 1;
    }
}
