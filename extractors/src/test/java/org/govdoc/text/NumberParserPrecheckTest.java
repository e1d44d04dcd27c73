package org.govdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** foldDigits and parseArabic against the versions they replace. */
class NumberParserPrecheckTest {

    private static final Pattern ARABIC_ONLY = Pattern.compile(NumberParser.ARABIC);
    private static final List<String> PIECES = List.of("1", "0", "９", "０", "．", "。", "，", ",", ".", " ", "\u3000",
            "Ａ", "万", "元", "-", "a", "\t", "123", "1,234");

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static String oldFoldDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '，') {
                b.append(c);
            } else if (c == '．' || c == '。' && i > 0 && i + 1 < s.length()
                    && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1))) {
                b.append('.');
            } else {
                b.append(ChineseText.toHalfWidth(String.valueOf(c)));
            }
        }
        return b.toString();
    }

    private static Optional<BigDecimal> oldParseArabic(String s) {
        String t = oldFoldDigits(s.strip());
        if (!ARABIC_ONLY.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(",", "")));
    }

    @Test
    void sameAsBefore() {
        Random r = new Random(9);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(8); k > 0; k--) {
                b.append(PIECES.get(r.nextInt(PIECES.size())));
            }
            String s = b.toString();
            assertThat(NumberParser.foldDigits(s)).as(s).isEqualTo(oldFoldDigits(s));
            assertThat(NumberParser.parseArabic(s)).as(s).isEqualTo(oldParseArabic(s));
        }
    }
}
