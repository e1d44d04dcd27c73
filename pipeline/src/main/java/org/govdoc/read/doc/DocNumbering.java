package org.govdoc.read.doc;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.govdoc.read.NumberFormats;

/**
 * The list numbers of a Word 97 binary, computed like {@code DocxNumbering}: counters per list
 * (lsid) and level, deeper levels restarting, the level's number text template (placeholders are
 * the characters U+0000..U+0008 for levels 1..9) filled with each level's number format. Needed
 * because Tika's list manager prints Chinese formats (一、（一）) as decimals.
 */
final class DocNumbering {

    /** MS-DOC Nfc codes, in the order of OOXML's ST_NumberFormat. */
    private static final String[] NFC = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
        "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting",
        "aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
        "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
        "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
        "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
        "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
        "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand", "koreanDigital"};

    private final Map<Integer, int[]> counters = new HashMap<>();

    /** The number text of a list paragraph, advancing the counters; null for bullets and non-lists. */
    String next(Paragraph p) {
        if (!p.isInList()) {
            return null;
        }
        HWPFList list = p.getList();
        if (list == null) {
            return null;
        }
        int level = Math.max(0, Math.min(8, p.getIlvl()));
        int[] c = counters.computeIfAbsent(list.getLsid(), k -> new int[9]);
        c[level] = c[level] == 0 ? list.getStartAt((char) level) : c[level] + 1;
        for (int i = level + 1; i < 9; i++) {
            c[i] = 0;
        }
        String fmt = format(list.getNumberFormat((char) level));
        if (fmt.equals("bullet")) {
            return null;
        }
        String template = list.getNumberText((char) level);
        if (template == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (ch < 9) {
                int l = ch;
                int value = c[l] == 0 ? list.getStartAt((char) l) : c[l];
                String s = NumberFormats.format(l == level ? fmt : format(list.getNumberFormat((char) l)), value);
                b.append(s == null ? "" : s);
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static String format(int nfc) {
        if (nfc == 255) {
            return "none";
        }
        return nfc >= 0 && nfc < NFC.length ? NFC[nfc] : "decimal";
    }
}
