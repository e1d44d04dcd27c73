package org.govdoc.corpus.gen;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters — registration
 * authority and organisation type (2), division code (6), the organisation code of GB 11714 with
 * its own check character (9), and a check character computed modulo 31.
 */
public final class OrgCode {

    /** The 31 characters a code may use (no I, O, S, V, Z). */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS_32100 = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] WEIGHTS_11714 = {3, 7, 9, 10, 5, 8, 4, 2};

    private OrgCode() {
    }

    /** The GB 32100 check character of the first 17 characters. */
    public static char checkChar(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a code character: " + first17.charAt(i));
            }
            sum += v * WEIGHTS_32100[i];
        }
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }

    /** True for an 18-character code whose last character is the right check character. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkChar(code.substring(0, 17)) == code.charAt(17);
    }

    /** The GB 11714 check character of an 8-character organisation code body. */
    static char orgCheckChar(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = body8.charAt(i);
            int v = Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
            sum += v * WEIGHTS_11714[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /**
     * A valid code of a government body (11: 机构编制/机关) or public institution (12) registered
     * in the given division.
     */
    public static String generate(Rng rng, String divisionCode) {
        StringBuilder body = new StringBuilder();
        if (rng.chance(0.6)) {
            body.append('M').append(rng.pick("A", "B", "C", "D"));
        } else {
            body.append('0').append(rng.nextInt(10));
        }
        while (body.length() < 8) {
            body.append(rng.nextInt(10));
        }
        String org = body.toString() + orgCheckChar(body.toString());
        String first17 = rng.pick("11", "11", "12") + divisionCode + org;
        return first17 + checkChar(first17);
    }

    /** The code with a wrong check character (a typing error a careful reader flags). */
    public static String corrupt(Rng rng, String valid) {
        char right = valid.charAt(17);
        char wrong;
        do {
            wrong = CHARSET.charAt(rng.nextInt(CHARSET.length()));
        } while (wrong == right);
        return valid.substring(0, 17) + wrong;
    }
}
