package org.govdoc.extract.project;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.text.ChineseText;

/**
 * Organisation codes and their check digits: the 18-character unified social credit code
 * (统一社会信用代码, GB 32100-2015) and the older 9-character organisation code
 * (组织机构代码, GB 11714-1997, often written XXXXXXXX-X).
 */
public final class OrgCode {

    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final Pattern CREDIT = Pattern.compile("(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])");
    private static final Pattern ORG = Pattern.compile("(?<![0-9A-Z])[0-9A-Z]{8}-?[0-9X](?![0-9A-Z])");

    private OrgCode() {
    }

    /** The first code written in a text (upper-cased, half-width, spaces removed), if any. */
    public static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = ChineseText.removeWhitespace(ChineseText.toHalfWidth(text)).toUpperCase(java.util.Locale.ROOT);
        Matcher m = CREDIT.matcher(t);
        if (m.find()) {
            return Optional.of(m.group());
        }
        Matcher o = ORG.matcher(t);
        return o.find() ? Optional.of(o.group()) : Optional.empty();
    }

    /** True when the code's check digit holds (18-character GB 32100 or 9-character GB 11714). */
    public static boolean isValid(String code) {
        if (code == null) {
            return false;
        }
        String c = code.replace("-", "").toUpperCase(java.util.Locale.ROOT);
        if (c.length() == 18) {
            return creditCheck(c);
        }
        if (c.length() == 9) {
            return orgCheck(c);
        }
        return false;
    }

    private static boolean creditCheck(String c) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CREDIT_CHARS.indexOf(c.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * CREDIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return c.charAt(17) == CREDIT_CHARS.charAt(check);
    }

    private static boolean orgCheck(String c) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = c.charAt(i);
            int v;
            if (ch >= '0' && ch <= '9') {
                v = ch - '0';
            } else if (ch >= 'A' && ch <= 'Z') {
                v = ch - 'A' + 10;
            } else {
                return false;
            }
            sum += v * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return c.charAt(8) == expected;
    }
}
