package org.govdoc.extract.deadlines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.extract.DocContext;
import org.govdoc.extract.TextLines;
import org.govdoc.extract.TextLines.Line;
import org.govdoc.model.Document;
import org.govdoc.text.ChineseText;

/**
 * The year a plan's relative deadlines (5月底前, 年底前) refer to: the document's year or issue
 * year from the metadata; when the document states neither (a plan whose title has no year and
 * whose header was not kept), the latest year of a 发文字号 written in it (its own number, or the
 * numbers of the documents it implements, 昆政发〔2016〕13号: a plan is written in the year of the
 * newest document it cites or later, and relative deadlines do not reach back). Null when there
 * is none. Stateless.
 */
public final class ReferenceYear {

    /** A 发文字号 once its year brackets are folded to 〔〕: 某政发〔2016〕13号. */
    private static final Pattern NUMBER_YEAR = Pattern.compile("〔((?:19|20)[0-9]{2})〕\\s*[0-9]{1,4}\\s*号");

    private ReferenceYear() {
    }

    /** The reference year of the document, or null. */
    public static Integer of(Document doc, DocContext ctx) {
        Integer known = ctx == null ? null : ctx.referenceYear();
        return known != null ? known : latestNumberYear(doc);
    }

    /** The latest year of a 发文字号 in the running text, or null. */
    static Integer latestNumberYear(Document doc) {
        Integer best = null;
        for (Line l : TextLines.of(doc, null)) {
            String t = l.text();
            if (t.indexOf('号') < 0) {
                continue;
            }
            Matcher m = NUMBER_YEAR.matcher(ChineseText.foldYearBrackets(t));
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (best == null || y > best) {
                    best = y;
                }
            }
        }
        return best;
    }
}
