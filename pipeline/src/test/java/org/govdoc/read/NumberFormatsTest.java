package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberFormatsTest {

    @Test
    void chineseCounting() {
        assertThat(NumberFormats.format("chineseCounting", 1)).isEqualTo("一");
        assertThat(NumberFormats.format("chineseCounting", 10)).isEqualTo("十");
        assertThat(NumberFormats.format("chineseCounting", 11)).isEqualTo("十一");
        assertThat(NumberFormats.format("chineseCounting", 20)).isEqualTo("二十");
        assertThat(NumberFormats.format("chineseCounting", 35)).isEqualTo("三十五");
        assertThat(NumberFormats.format("chineseCounting", 105)).isEqualTo("一百零五");
        assertThat(NumberFormats.format("chineseCounting", 1200)).isEqualTo("一千二百");
        assertThat(NumberFormats.format("chineseLegalSimplified", 3)).isEqualTo("叁");
    }

    @Test
    void otherFormats() {
        assertThat(NumberFormats.format("decimal", 7)).isEqualTo("7");
        assertThat(NumberFormats.format("decimalZero", 7)).isEqualTo("07");
        assertThat(NumberFormats.format("upperRoman", 14)).isEqualTo("XIV");
        assertThat(NumberFormats.format("lowerLetter", 28)).isEqualTo("bb");
        assertThat(NumberFormats.format("decimalEnclosedCircle", 3)).isEqualTo("③");
        assertThat(NumberFormats.format("ideographTraditional", 2)).isEqualTo("乙");
        assertThat(NumberFormats.format("decimalFullWidth", 12)).isEqualTo("１２");
        assertThat(NumberFormats.format("bullet", 1)).isNull();
        assertThat(NumberFormats.format("none", 1)).isEmpty();
    }
}
