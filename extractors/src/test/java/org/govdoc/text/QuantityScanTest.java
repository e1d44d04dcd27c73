package org.govdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link QuantityParser#nextAnywhere} finds exactly the matches a plain {@code find()} loop finds. */
class QuantityScanTest {

    private static final List<String> PIECES = List.of("1", "23", "2023", "1,234", "12,34", ".", "5.5", ",", " ", "\t",
            "万", "亿", "千", "百", "十万", "户", "人次", "人", "%", "‰", "平方米", "米", "个百分点", "百分点", "元", "年",
            "新增", "的", "a", "。", "，", "第", "０", "９");

    private static List<String> describe(String t, boolean scan) {
        List<String> out = new ArrayList<>();
        Matcher m = QuantityParser.anywhere(t);
        int from = 0;
        while (scan ? QuantityParser.nextAnywhere(m, t, from) : m.find()) {
            StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                b.append('|').append(m.group(g));
            }
            out.add(b.toString());
            from = m.end();
        }
        return out;
    }

    @Test
    void sameMatchesAsFind() {
        Random r = new Random(5);
        int found = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(14); k > 0; k--) {
                b.append(PIECES.get(r.nextInt(PIECES.size())));
            }
            String t = b.toString();
            List<String> expected = describe(t, false);
            found += expected.size();
            assertThat(describe(t, true)).as(t).isEqualTo(expected);
        }
        assertThat(found).isGreaterThan(10_000);
    }
}
