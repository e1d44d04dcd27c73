package org.govdoc.corpus.gen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistrictTest {

    @Test
    void readsTheYunnanDistrictsOfTheChosenCities() {
        Divisions d = Divisions.yunnan();
        assertThat(d.districts()).extracting(District::name).contains("呈贡区", "东川区", "安宁市", "大理市");
        assertThat(d.districts()).allSatisfy(x -> {
            assertThat(x.province()).isEqualTo("云南省");
            assertThat(x.code()).startsWith("53").hasSize(6);
            assertThat(Divisions.CITY_CODES).contains(x.code().substring(0, 4));
        });
    }

    @Test
    void shortNamesDropLevelAndAutonomyWords() {
        assertThat(new District("530114", "呈贡区", "昆明市", "云南省").shortName()).isEqualTo("呈贡");
        assertThat(new District("530126", "石林彝族自治县", "昆明市", "云南省").shortName()).isEqualTo("石林");
        District yuanjiang = new District("530428", "元江哈尼族彝族傣族自治县", "玉溪市", "云南省");
        assertThat(yuanjiang.shortName()).isEqualTo("元江");
        assertThat(yuanjiang.level()).isEqualTo("县");
        assertThat(yuanjiang.local("财政局")).isEqualTo("县财政局");
        assertThat(new District("532901", "大理市", "大理白族自治州", "云南省").cityShortName()).isEqualTo("大理");
    }
}
