package org.govdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link DateParser#nextDate} finds exactly the matches a plain {@code find()} loop finds. */
class DateParserScanTest {

    private static final List<String> PIECES = List.of(
            "2023", "1999", "2999", "3023", "12023", "20", "5", "10", "12", "31", "0", "9", "２０２３", "５",
            "年", "月", "日", "号", "季", "度", "底", "末", "内", "份", "旬", "初", "中", "上旬", "下旬",
            "上半年", "下半年", "全年", "年底", "年末", "年内", "第", "季度", "第三季度", "4季度",
            "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零", "○", "廿", "卅", "二〇二三",
            "今", "本", "当", "明", "次", "去", "上", "下", "半", "每", "两", "几", "多", "各", "百", "千",
            "-", ".", "/", "／", "－", "．", " ", "  ", "\t", "\n", "\u3000", "\r",
            "的", "完成", "前", "以前", "截至", "版", "国发〔2022〕5号", "a", "x", "，", "。", "、");

    private static List<String> byFind(String h) {
        List<String> out = new ArrayList<>();
        Matcher m = DateParser.dates(h);
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    private static List<String> byNextDate(String h) {
        List<String> out = new ArrayList<>();
        Matcher m = DateParser.dates(h);
        int from = 0;
        while (DateParser.nextDate(m, h, from)) {
            out.add(describe(m));
            from = m.end();
        }
        return out;
    }

    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            b.append('|').append(m.group(g));
        }
        return b.toString();
    }

    @Test
    void sameMatchesAsFind() {
        Random r = new Random(42);
        int found = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(16); k > 0; k--) {
                b.append(PIECES.get(r.nextInt(PIECES.size())));
            }
            String h = b.toString();
            List<String> expected = byFind(h);
            found += expected.size();
            assertThat(byNextDate(h)).as(h).isEqualTo(expected);
        }
        assertThat(found).isGreaterThan(20_000);
    }

    @Test
    void sameMentionsOnTypicalSentences() {
        for (String s : List.of("于2023年5月30日前公布", "6月底前完成，年内实现", "完成时限：2023年10月底前", "2023-05-04",
                "2023.5.4至2023/6/1", "二〇二三年五月四日", "上半年、第三季度、明年底", "1.5万元", "每季度末月10日17:00前")) {
            List<String> expected = byFind(ChineseText.toHalfWidth(s));
            assertThat(byNextDate(ChineseText.toHalfWidth(s))).as(s).isEqualTo(expected);
        }
    }
}
