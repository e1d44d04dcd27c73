package org.govdoc.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.govdoc.text.ChineseText;
import org.junit.jupiter.api.Test;

/** labelKey and cleanValue with their cheap pre-checks against the regex-only versions they had. */
class LabelValueFinderPrecheckTest {

    private static final Pattern LABEL_DECORATION = Pattern.compile("^[*★※]+|[(（][^)）]{0,12}[)）]$|[:：]$");
    private static final Pattern BREAK_BETWEEN_HAN = Pattern.compile("(?<=[\\p{IsHan}（）()])\\s*\\n\\s*(?=[\\p{IsHan}（）()])");
    private static final Pattern SEAL_NOTE = Pattern.compile("\\s*[(（]\\s*(?:盖章|公章|签章|签字|签名|印章|盖公章|签字盖章)\\s*[)）]\\s*$");
    private static final List<String> PIECES = List.of("*", "＊", "★", "※", "(", ")", "（", "）", ":", "：", "全称", "盖章",
            "签字", "项目", "名称", "单位", " ", "\n", "\t", "\u3000", "\u0085", "\u2028", "\r", "a", "1", "[2023]");

    private static String oldLabelKey(String text) {
        String k = ChineseText.key(text);
        if (k == null) {
            return "";
        }
        String prev;
        do {
            prev = k;
            k = LABEL_DECORATION.matcher(k).replaceAll("");
        } while (!k.equals(prev));
        return k;
    }

    private static String oldCleanValue(String text) {
        String v = ChineseText.collapseWhitespace(ChineseText.removeSpacesInsideCjk(BREAK_BETWEEN_HAN.matcher(text).replaceAll("")));
        return SEAL_NOTE.matcher(v).replaceAll("");
    }

    @Test
    void sameAsTheRegexOnlyVersions() {
        Random r = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(10); k > 0; k--) {
                b.append(PIECES.get(r.nextInt(PIECES.size())));
            }
            String s = b.toString();
            assertThat(LabelValueFinder.labelKey(s)).as(s).isEqualTo(oldLabelKey(s));
            assertThat(LabelValueFinder.cleanValue(s)).as(s).isEqualTo(oldCleanValue(s));
        }
        assertThat(LabelValueFinder.labelKey("名称:\u0085")).isEqualTo(oldLabelKey("名称:\u0085"));
    }
}
