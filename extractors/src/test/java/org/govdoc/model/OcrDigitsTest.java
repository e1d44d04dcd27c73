package org.govdoc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OcrDigitsTest {

    private static float[] conf(String text, float base) {
        float[] c = new float[text.length()];
        java.util.Arrays.fill(c, base);
        return c;
    }

    @Test
    void numbersAreRunsOfDigitsWithTheirSeparatorsAndTheirWeakestCharacter() {
        String text = "资金69.381万元，其中1,200元于2021年拨付";
        float[] c = conf(text, 0.99f);
        c[text.indexOf('.')] = 0.41f; // a doubtful decimal point
        c[text.indexOf("1,200") + 2] = 0.70f; // the 2 of 1,200

        assertThat(OcrDigits.of(text, c)).containsExactly(new OcrDigits("69381", 0.41f),
                new OcrDigits("1200", 0.70f), new OcrDigits("2021", 0.99f));
    }

    @Test
    void fullWidthDigitsAreKeyedAsAscii() {
        assertThat(OcrDigits.digitsOf("２０２１年１２月")).containsExactly("2021", "12");
        assertThat(OcrDigits.digitsOf("≥95%")).containsExactly("95");
        assertThat(OcrDigits.digitsOf("按时完成")).isEmpty();
        assertThat(OcrDigits.digitsOf("1.")).as("a point after the last digit is no separator").containsExactly("1");
    }

    @Test
    void oneConfidencePerChar() {
        assertThatThrownBy(() -> OcrDigits.of("12", new float[1])).isInstanceOf(IllegalArgumentException.class);
    }
}
