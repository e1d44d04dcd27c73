package org.govdoc.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The trie walk finds what looking up every substring, longest first, finds. */
class NameTrieTest {

    private final DivisionIndex index = DivisionIndex.shared();

    /** The lookup the trie replaced: every length from the longest name down to 2, first hit wins. */
    private NameTrie.Entry bySubstrings(String t, int i) {
        for (int len = Math.min(index.maxNameLength(), t.length() - i); len >= 2; len--) {
            String sub = t.substring(i, i + len);
            List<Division> ds = index.byName(sub);
            if (!ds.isEmpty()) {
                return new NameTrie.Entry(sub, ds);
            }
        }
        return null;
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String file : List.of("provinces.csv", "cities.csv", "areas.csv")) {
            for (String[] r : DivisionTables.rows(file)) {
                names.add(r[1]);
            }
        }
        return names;
    }

    @Test
    void longestNameAtEveryPositionAsBySubstrings() {
        List<String> names = names();
        java.util.Set<Character> firsts = new java.util.HashSet<>();
        names.stream().filter(x -> !index.byName(x).isEmpty()).forEach(x -> firsts.add(x.charAt(0)));
        Random r = new Random(7);
        String filler = "的关于市区县省州盟旗自治族人民政府工作方案2023年，。 a";
        for (int n = 0; n < 3_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(8); k >= 0; k--) {
                String name = names.get(r.nextInt(names.size()));
                switch (r.nextInt(4)) {
                    case 0 -> b.append(name);
                    case 1 -> b.append(name, 0, 1 + r.nextInt(name.length()));
                    case 2 -> b.append(name, r.nextInt(name.length()), name.length());
                    default -> b.append(filler.charAt(r.nextInt(filler.length())));
                }
            }
            String t = b.toString();
            for (int i = 0; i < t.length(); i++) {
                assertThat(index.longestNameAt(t, i)).as("%s at %d", t, i).isEqualTo(bySubstrings(t, i));
                assertThat(index.startsSomeName(t.charAt(i))).isEqualTo(firsts.contains(t.charAt(i)));
            }
        }
    }

    @Test
    void oneCharacterNamesNeverMatch() {
        Division d = new Division("99", "甲", null, 1, "99", null);
        Division e = new Division("98", "甲乙丙", "甲乙", 1, "98", null);
        DivisionIndex small = DivisionIndex.of(List.of(d, e));
        assertThat(small.longestNameAt("甲丁", 0)).isNull();
        assertThat(small.longestNameAt("甲乙丁", 0).name()).isEqualTo("甲乙");
        assertThat(small.longestNameAt("x甲乙丙", 1).name()).isEqualTo("甲乙丙");
        assertThat(small.startsSomeName('甲')).isTrue();
        assertThat(small.startsSomeName('乙')).isFalse();
    }
}
