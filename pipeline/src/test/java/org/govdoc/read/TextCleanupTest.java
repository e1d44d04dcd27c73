package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanupTest {

    @Test
    void lineBreakVariantsBecomeNewlinesAndControlsGo() {
        assertThat(TextCleanup.cleanParagraph("甲\r\n乙\r丙\u000B丁\u2028戊")).isEqualTo("甲\n乙\n丙\n丁\n戊");
        assertThat(TextCleanup.cleanParagraph("a\u0001b\u0007c\u0013\u0015\uFEFF")).isEqualTo("abc");
    }

    @Test
    void linesAreStrippedAndBlankEndsDropped() {
        assertThat(TextCleanup.cleanParagraph("\n\n\u3000\u3000为深入贯彻落实  \n\n")).isEqualTo("为深入贯彻落实");
        assertThat(TextCleanup.cleanParagraph(" a \n\n b ")).isEqualTo("a\n\nb");
        assertThat(TextCleanup.cleanParagraph(null)).isEmpty();
    }

    @Test
    void plainTextLinesKeepLeadingTabs() {
        assertThat(TextCleanup.cleanLine("\t质量指标\t合格率\t\t")).isEqualTo("\t质量指标\t合格率");
        assertThat(TextCleanup.cleanParagraph("\t质量指标")).isEqualTo("质量指标");
    }

    @Test
    void nonBreakingSpaceIsASpace() {
        assertThat(TextCleanup.cleanParagraph("69.381\u00A0万元")).isEqualTo("69.381 万元");
    }
}
