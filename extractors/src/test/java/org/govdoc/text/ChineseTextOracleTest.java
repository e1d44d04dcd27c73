package org.govdoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link ChineseText}'s single-pass methods against the regular expressions they replace
 * ({@link ChineseTextOracle}): fixed-seed random strings built from the characters that matter
 * (Han, CJK punctuation, full-width forms, every kind of whitespace, brackets, digits, years,
 * ASCII, surrogate pairs and lone surrogates).
 */
class ChineseTextOracleTest {

    private static final int STRINGS = 60_000;

    /** Pieces the random strings are made of, grouped so that each group is drawn often. */
    private static final List<List<String>> PIECES = List.of(
            List.of("中", "文", "国", "发", "区", "龥", "鿼", "\u9FFD", "\u9FFF", "㐀", "䶿", "豈", "\uFA6E", "⺀", "⼀",
                    "々", "〇", "〡", "〸", "𠀀", "𪛝", "\uD87E\uDC00"),
            List.of("\u3000", "\u3000", "、", "。", "〃", "〈", "〉", "「", "」", "〜", "〿", "\u302A"),
            List.of("！", "，", "：", "；", "（", "）", "［", "］", "Ａ", "ｚ", "１", "０", "９", "～", "｟", "｠", "｡", "ｱ",
                    "＊", "．", "／", "－"),
            List.of(" ", " ", " ", "\t", "\n", "\u000B", "\f", "\r", "\r\n", "\u00A0", "\u3000", "\u2003", "\u2007",
                    "\u202F", "\u2028", "\u2029", "\u0085", "\u001C", "\u001F", "\u200B", "\uFEFF", "\u1680"),
            List.of("[", "]", "【", "】", "（", "）", "(", ")", "〔", "〕", "﹝", "﹞", "［", "］", "〖", "〗", "《", "》",
                    "{", "}"),
            List.of("2023", "1999", "2100", "2199", "2299", "2300", "1899", "0", "7", "20", "202", "20233", "２０２３",
                    "19 99", "2 023"),
            List.of("a", "Z", "x", "-", ".", ":", ",", "*", "★", "※", "é", "\u0000", "\u007F"),
            List.of("😀", "\uD800", "\uDC00", "\uDBFF", "\uDFFF", "𝔸"));

    private static String randomString(Random r) {
        StringBuilder b = new StringBuilder();
        int pieces = r.nextInt(14);
        for (int i = 0; i < pieces; i++) {
            List<String> group = PIECES.get(r.nextInt(PIECES.size()));
            String piece = group.get(r.nextInt(group.size()));
            int repeat = r.nextInt(5) == 0 ? 1 + r.nextInt(3) : 1;
            b.append(piece.repeat(repeat));
        }
        return b.toString();
    }

    private static void agree(String name, UnaryOperator<String> fast, UnaryOperator<String> oracle) {
        Random r = new Random(20240611L ^ name.hashCode());
        assertThat(fast.apply(null)).isNull();
        for (String fixed : List.of("", " ", "中 文", "中　　a", "a　　文", "中 　a", "中\u3000 \u3000a", "中 \n 文",
                "[ 2023 ]", "［2023］", "〔２０２３〕", "东营商办发[2023]7号", " \u2003 a \u2003 ", "中 𠀀", "𠀀 中",
                "\uD840 中", "中 \uDC00", "（ 2023\t）", "[20 23]")) {
            assertThat(fast.apply(fixed)).as("%s(%s)", name, escape(fixed)).isEqualTo(oracle.apply(fixed));
        }
        for (int i = 0; i < STRINGS; i++) {
            String s = randomString(r);
            assertThat(fast.apply(s)).as("%s(%s)", name, escape(s)).isEqualTo(oracle.apply(s));
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return b.toString();
    }

    @Test
    void toHalfWidth() {
        agree("toHalfWidth", ChineseText::toHalfWidth, ChineseTextOracle::toHalfWidth);
    }

    @Test
    void removeSpacesInsideCjk() {
        agree("removeSpacesInsideCjk", ChineseText::removeSpacesInsideCjk, ChineseTextOracle::removeSpacesInsideCjk);
    }

    @Test
    void collapseWhitespace() {
        agree("collapseWhitespace", ChineseText::collapseWhitespace, ChineseTextOracle::collapseWhitespace);
    }

    @Test
    void removeWhitespace() {
        agree("removeWhitespace", ChineseText::removeWhitespace, ChineseTextOracle::removeWhitespace);
    }

    @Test
    void foldYearBrackets() {
        agree("foldYearBrackets", ChineseText::foldYearBrackets, ChineseTextOracle::foldYearBrackets);
    }

    @Test
    void normalize() {
        agree("normalize", ChineseText::normalize, ChineseTextOracle::normalize);
    }

    @Test
    void key() {
        agree("key", ChineseText::key, ChineseTextOracle::key);
    }

    @Test
    void composedAsTheExtractorsComposeThem() {
        agree("clean", s -> ChineseText.removeSpacesInsideCjk(ChineseText.collapseWhitespace(s)),
                s -> ChineseTextOracle.removeSpacesInsideCjk(ChineseTextOracle.collapseWhitespace(s)));
        agree("cleanValue", s -> ChineseText.collapseWhitespace(ChineseText.removeSpacesInsideCjk(s)),
                s -> ChineseTextOracle.collapseWhitespace(ChineseTextOracle.removeSpacesInsideCjk(s)));
    }

    /** The fast ranges of the character classes hold for every code point. */
    @Test
    void characterClassesAgreeOnEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (ChineseText.isHan(cp) != ChineseTextOracle.isHan(cp)) {
                throw new AssertionError("isHan " + Integer.toHexString(cp));
            }
            boolean exact = ChineseTextOracle.isHan(cp)
                    || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || cp >= 0xFF01 && cp <= 0xFF60;
            if (ChineseText.isCjk(cp) != exact) {
                throw new AssertionError("isCjk " + Integer.toHexString(cp));
            }
        }
        for (int cp : new int[] {0x20, 0x3000, 0x3005, 0x4E2D, 0x9FFD, 0xFF01, 0xFF60, 0xFF61, 0x20000, 0xD800, 0x1F600}) {
            assertThat(ChineseText.isCjk(cp)).as(Integer.toHexString(cp)).isEqualTo(ChineseTextOracle.isCjk(cp));
        }
    }
}
