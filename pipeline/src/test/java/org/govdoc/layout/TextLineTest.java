package org.govdoc.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLineTest {

    private static TextLine line(List<TextBox> boxes) {
        return new LineBuilder(LayoutConfig.DEFAULTS).lines(boxes).get(0);
    }

    @Test
    void noSpaceBetweenChineseCharactersSetCloseTogether() {
        List<TextBox> boxes = new ArrayList<>();
        float x = 100;
        for (char c : "营商环境".toCharArray()) {
            boxes.add(new TextBox(String.valueOf(c), x, 50, 12, 12, 12, false));
            x += 12 + 2; // justified: 2pt between characters
        }
        assertThat(line(boxes).text()).isEqualTo("营商环境");
    }

    @Test
    void spaceGlyphsBetweenLatinWordsAreKeptAndWideGapsCount() {
        assertThat(line(Boxes.text("Apache PDFBox 3", 10, 10, 12)).text()).isEqualTo("Apache PDFBox 3");
        List<TextBox> boxes = new ArrayList<>(Boxes.text("组", 10, 10, 12));
        boxes.addAll(Boxes.text("长", 40, 10, 12)); // a gap of 1.5 em, no space glyph
        assertThat(line(boxes).text()).isEqualTo("组 长");
    }

    @Test
    void overprintedBoldTextIsReadOnce() {
        List<TextBox> boxes = new ArrayList<>(Boxes.text("通知", 10, 10, 16));
        boxes.addAll(Boxes.text("通知", 10.3f, 10, 16));
        assertThat(line(boxes).text()).isEqualTo("通知");
    }

    @Test
    void segmentsSplitAtWideGaps() {
        List<TextBox> boxes = new ArrayList<>(Boxes.text("序号", 10, 10, 10));
        boxes.addAll(Boxes.text("工作任务", 60, 10, 10));
        TextLine l = line(boxes);
        assertThat(l.segments(0.9f)).extracting(TextLine::text).containsExactly("序号", "工作任务");
    }

    @Test
    void aLineWrapsIntoTheNextWhenItsFirstWordWouldNotHaveFitted() {
        TextLine full = line(Boxes.text("营商环境专题培训", 100, 10, 10)); // ends at 180
        TextLine next = line(Boxes.text("及项目", 100, 24, 10));
        TextLine number = line(Boxes.text("2023年", 100, 24, 10));
        assertThat(TextLine.wrapsInto(full, next, 193, 4)).isTrue();   // 9pt left after padding < 10pt
        assertThat(TextLine.wrapsInto(full, next, 200, 4)).isFalse();  // 16pt left: "及" would have fitted
        assertThat(TextLine.wrapsInto(full, number, 200, 4)).isTrue(); // "2023" is 20pt wide
    }

    @Test
    void theLeadingUnitKeepsPunctuationThatMayNotStartALine() {
        TextLine percent = line(Boxes.text("90%，扣5分", 100, 10, 10));
        TextLine quote = line(Boxes.text("“相对集中", 100, 10, 10));
        TextLine plain = line(Boxes.text("相对集中", 100, 10, 10));
        assertThat(percent.leadingWordWidth()).isEqualTo(25f);  // "90%" 15pt + "，" 10pt
        assertThat(quote.leadingWordWidth()).isEqualTo(20f);    // "“" goes with "相"
        assertThat(plain.leadingWordWidth()).isEqualTo(10f);
    }

    @Test
    void aBoxHoldingARunOfCharactersGivesTheLeadingUnitItsShare() {
        // OCR hands the layout whole runs: one box per recognised line
        TextLine run = line(List.of(new TextBox("责任单位：省工业和信息化厅", 100, 24, 130, 10, 10, false)));
        TextLine opening = line(List.of(new TextBox("“相对集中”", 100, 24, 51, 10, 10, false)));
        TextLine number = line(List.of(new TextBox("90%，扣5分", 100, 24, 52, 10, 10, false)));
        assertThat(run.leadingWordWidth()).isEqualTo(10f);         // "责" of 13 characters an em each
        // quotes and Latin characters count about half an em: "“相" is 1.55 of 5.1 ems, "90%，" 2.65 of 5.2
        assertThat(opening.leadingWordWidth()).isCloseTo(15.5f, within(0.01f));
        assertThat(number.leadingWordWidth()).isCloseTo(26.5f, within(0.01f));
        TextLine shortLine = line(List.of(new TextBox("牵头单位：省发展改革委", 100, 10, 110, 10, 10, false)));
        // plenty of room after the short line: the long run does not wrap into it
        assertThat(TextLine.wrapsInto(shortLine, run, 300, 4)).isFalse();
    }

    @Test
    void punctuationThatCannotStartALineTravelsWithTheWordBeforeIt() {
        TextLine full = line(Boxes.text("营商环境专题培训", 100, 10, 10)); // ends at 180
        TextLine closing = line(Boxes.text("道）。完成时限", 100, 24, 10));
        TextLine plain = line(Boxes.text("道路。完成时限", 100, 24, 10));
        // 16pt left: 道 alone would have fitted, 道）。 (30pt) would not
        assertThat(TextLine.wrapsInto(full, closing, 200, 4)).isTrue();
        assertThat(TextLine.wrapsInto(full, plain, 200, 4)).isFalse();
    }

    @Test
    void cjkClassificationAgreesWithTheUnicodeTablesForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            boolean byTables = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                    || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && cp >= 0x2018 && cp <= 0x201F;
            if (TextLine.isCjk(cp) != byTables) {
                throw new AssertionError("U+" + Integer.toHexString(cp) + ": " + TextLine.isCjk(cp));
            }
        }
        assertThat(TextLine.isCjk('中')).isTrue();
        assertThat(TextLine.isCjk('A')).isFalse();
    }
}
