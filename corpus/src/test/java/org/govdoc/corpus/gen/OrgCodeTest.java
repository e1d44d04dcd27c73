package org.govdoc.corpus.gen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgCodeTest {

    @Test
    void acceptsARealCodeAndRejectsAChangedCheckCharacter() {
        // the code printed in a real declaration of 昆明市呈贡区政务服务管理局
        assertThat(OrgCode.isValid("11530121MB198972XH")).isTrue();
        assertThat(OrgCode.checkChar("11530121MB198972X")).isEqualTo('H');
        assertThat(OrgCode.isValid("11530121MB198972XJ")).isFalse();
        assertThat(OrgCode.isValid("11530121MB198972X")).isFalse();
        assertThat(OrgCode.isValid("11530121MB198972XI")).isFalse(); // I is not a code character
    }

    @Test
    void generatedCodesAreValidAndCorruptedOnesAreNot() {
        Rng rng = Rng.of(42);
        for (int i = 0; i < 500; i++) {
            String code = OrgCode.generate(rng, "530114");
            assertThat(code).hasSize(18).startsWith("1").contains("530114");
            assertThat(OrgCode.isValid(code)).as(code).isTrue();
            String bad = OrgCode.corrupt(rng, code);
            assertThat(bad.substring(0, 17)).isEqualTo(code.substring(0, 17));
            assertThat(OrgCode.isValid(bad)).as(bad).isFalse();
        }
    }

    @Test
    void organisationCodeInsideHasItsOwnCheckCharacter() {
        // GB 11714: 12345678 → weights 3 7 9 10 5 8 4 2 → sum 3+14+27+40+25+48+28+16 = 201, 11 - 201 % 11 = 8
        assertThat(OrgCode.orgCheckChar("12345678")).isEqualTo('8');
    }
}
