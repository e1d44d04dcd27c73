package org.govdoc.corpus.gen;

import java.util.List;
import java.util.Map;

/** The spellings of comparison operators in indicator tables (指标性质), by folded operator. */
final class Operators {

    /** Per folded operator: symbol, full-width, ASCII, word, then other spellings. */
    static final Map<String, List<String>> SPELLINGS = Map.of(
            ">=", List.of("≥", "＞＝", ">=", "大于等于", "不低于"),
            ">", List.of(">", "＞", ">", "大于", "高于"),
            "=", List.of("=", "＝", "=", "等于"),
            "<=", List.of("≤", "＜＝", "<=", "小于等于", "不高于"),
            "<", List.of("<", "＜", "<", "小于", "低于"));

    private Operators() {
    }

    /**
     * One office's habit (0..3): symbols (≥), full-width symbols (＞＝), ASCII (>=) or words (大于等于),
     * with an occasional other spelling.
     */
    static String spell(Rng rng, String op, int habit) {
        List<String> s = SPELLINGS.get(op);
        if (rng.chance(0.15)) {
            return rng.pick(s);
        }
        return s.get(habit);
    }
}
