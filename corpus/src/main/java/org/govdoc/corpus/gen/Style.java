package org.govdoc.corpus.gen;

/**
 * The typing habits of the office that wrote a document: full- or half-width punctuation, how
 * list items are numbered, how units are separated.
 *
 * @param halfWidth   ASCII colon, brackets and comma instead of ：（），
 * @param level1      numbering of top sections: "一、" or "一."
 * @param level3      numbering of items: "1." "1．" or "1、"
 * @param level4      numbering of sub-items: "（" for （1）, "(" for (1), "①" for ①②③
 * @param unitSep     the separator between units in 牵头单位/责任单位: "、" "，" or ","
 */
public record Style(boolean halfWidth, String level1, String level3, String level4, String unitSep) {

    public static Style random(Rng rng) {
        boolean half = rng.chance(0.3);
        return new Style(half, rng.pick("、", "、", "."), rng.pick(".", ".", "．", "、"), rng.pick("（", "（", "（", "(", "①"),
                half ? rng.pick(",", "、") : rng.pick("、", "、", "，"));
    }

    /** A text in this style's punctuation (the generator writes full-width; this folds if asked). */
    public String punct(String s) {
        if (!halfWidth) {
            return s;
        }
        return s.replace('：', ':').replace('（', '(').replace('）', ')').replace('，', ',').replace('；', ';');
    }

    public String colon() {
        return halfWidth ? ":" : "：";
    }

    public String item1(int n) {
        return Numerals.chinese(n) + level1;
    }

    public String item2(int n) {
        return halfWidth ? "(" + Numerals.chinese(n) + ")" : "（" + Numerals.chinese(n) + "）";
    }

    public String item3(int n) {
        return n + level3;
    }

    public String item4(int n) {
        if (level4.equals("①") && n <= 20) {
            return String.valueOf((char) ('①' + n - 1));
        }
        return level4.equals("（") && !halfWidth ? "（" + n + "）" : "(" + n + ")";
    }
}
