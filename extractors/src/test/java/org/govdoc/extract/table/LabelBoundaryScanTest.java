package org.govdoc.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The boundaries {@link LabelBoundaries} finds from the colons are those a plain {@code find()} loop finds. */
class LabelBoundaryScanTest {

    private static final List<String> FILLER = List.of(":", "：", " ", "  ", "\t", "\n", "\u3000", "，", "。", "a", "1",
            "名", "称", "单位", "地", "址", "电话", "联系", "人", "项目", "代码");

    private static List<String> byFind(LabelValueFinder f, String h) {
        List<String> out = new ArrayList<>();
        Matcher m = f.boundaries().pattern().matcher(h);
        while (m.find()) {
            out.add(m.start(1) + "," + m.end(1) + "," + m.end());
        }
        return out;
    }

    private static List<String> byScan(LabelValueFinder f, String h) {
        List<String> out = new ArrayList<>();
        for (int[] k : f.boundaries().in(h)) {
            out.add(k[0] + "," + k[1] + "," + k[2]);
        }
        return out;
    }

    private static void sameAsFind(LabelValueFinder f, List<String> labels, long seed) {
        Random r = new Random(seed);
        int found = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                b.append(r.nextBoolean() ? labels.get(r.nextInt(labels.size())) : FILLER.get(r.nextInt(FILLER.size())));
            }
            String h = b.toString();
            List<String> expected = byFind(f, h);
            found += expected.size();
            assertThat(byScan(f, h)).as(h).isEqualTo(expected);
        }
        assertThat(found).isGreaterThan(1_000);
    }

    @Test
    void sameBoundariesAsFind() {
        Map<String, String> map = new HashMap<>();
        List<String> labels = List.of("项目名称", "名称", "单位名称", "实施单位", "单位", "地址", "单位地址", "联系电话", "电话",
                "联系人", "统一社会信用代码", "代码", "称");
        LabelValueFinder.register(map, "x", labels);
        List<String> pieces = new ArrayList<>(labels);
        pieces.addAll(List.of("邮编", "备注", "负责人"));
        sameAsFind(new LabelValueFinder(map), pieces, 11);
    }

    @Test
    void labelsWithColonsOrSpacesAreFoundByFind() {
        Map<String, String> map = new HashMap<>();
        map.put("甲:乙", "x");
        map.put("丙 丁", "y");
        map.put("乙", "z");
        sameAsFind(new LabelValueFinder(map), List.of("甲:乙", "丙 丁", "乙", "甲", "丁"), 12);
    }
}
