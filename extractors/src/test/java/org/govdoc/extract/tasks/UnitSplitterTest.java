package org.govdoc.extract.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitSplitterTest {

    @Test
    void splitsOnListSeparatorsButNotInsideParentheses() {
        assertThat(UnitSplitter.split("区级各政务服务实施部门（单位），各乡镇（街道）"))
                .containsExactly("区级各政务服务实施部门（单位）", "各乡镇（街道）");
        assertThat(UnitSplitter.split("区发展改革局、区住建局；区税务局,区水务局"))
                .containsExactly("区发展改革局", "区住建局", "区税务局", "区水务局");
        assertThat(UnitSplitter.split("各乡镇（街道、社区）")).containsExactly("各乡镇（街道、社区）");
    }

    @Test
    void aRoleWrittenAloneAfterTheListIsNoUnit() {
        assertThat(UnitSplitter.split("市税务局、市财政局，按职责分工负责")).containsExactly("市税务局", "市财政局");
        assertThat(UnitSplitter.split("人民银行某某市支行和市财政局")).containsExactly("人民银行某某市支行", "市财政局");
    }

    @Test
    void levelsListedBeforeTheNameTheyShareAreOneUnit() {
        assertThat(UnitSplitter.split("各县、区人民政府，市直有关部门")).containsExactly("各县、区人民政府", "市直有关部门");
        assertThat(UnitSplitter.split("各县、市、区人民政府")).containsExactly("各县、市、区人民政府");
        assertThat(UnitSplitter.split("县财政局、县统计局")).containsExactly("县财政局", "县统计局");
    }

    @Test
    void theMembersOfAUnitStayWithIt() {
        assertThat(UnitSplitter.split("区安委会各成员单位")).containsExactly("区安委会各成员单位");
        assertThat(UnitSplitter.split("区政府各部门、区国投公司")).containsExactly("区政府各部门", "区国投公司");
        assertThat(UnitSplitter.split("区农业农村局各街道")).containsExactly("区农业农村局", "各街道");
        assertThat(UnitSplitter.split("县工信局、各乡（镇）\n人民政府")).as("a name wrapped in its cell")
                .containsExactly("县工信局", "各乡（镇）人民政府");
    }

    @Test
    void conjunctionsSplitOnlyBetweenUnits() {
        assertThat(UnitSplitter.split("区财政局和区审计局")).containsExactly("区财政局", "区审计局");
        assertThat(UnitSplitter.split("区住建局及各乡镇（街道）")).containsExactly("区住建局", "各乡镇（街道）");
        assertThat(UnitSplitter.split("区发展和改革局")).containsExactly("区发展和改革局");
        assertThat(UnitSplitter.split("区人力资源和社会保障局")).containsExactly("区人力资源和社会保障局");
        assertThat(UnitSplitter.split("区文化和旅游局、区民政局")).containsExactly("区文化和旅游局", "区民政局");
    }

    @Test
    void unitsMarkedAsLeadInAResponsibleList() {
        java.util.List<String> lead = new java.util.ArrayList<>();
        java.util.List<String> resp = new java.util.ArrayList<>(UnitSplitter.split("县发改局（牵头）、县财政局、各乡镇（街道）"));
        UnitSplitter.moveMarkedLeads(lead, resp);
        assertThat(lead).containsExactly("县发改局");
        assertThat(resp).containsExactly("县财政局", "各乡镇（街道）");
        assertThat(UnitSplitter.markedLead("各乡镇（街道）")).isFalse();
    }

    @Test
    void wrapsSpacesAndPlaceholders() {
        assertThat(UnitSplitter.split("区政务局\n区财政局")).containsExactly("区政务局", "区财政局");
        assertThat(UnitSplitter.split("区人力资源社会保\n障局")).containsExactly("区人力资源社会保障局");
        assertThat(UnitSplitter.split("/")).isEmpty();
        assertThat(UnitSplitter.split("无")).isEmpty();
        assertThat(UnitSplitter.split(null)).isEmpty();
        assertThat(UnitSplitter.split("区公安局等")).containsExactly("区公安局");
    }

    @Test
    void unitsGluedTogetherOnceTheirSpacesAreGoneAreSplitAtAScopedStart() {
        assertThat(UnitSplitter.split("区农业农村局区卫生健康局各街道")).containsExactly("区农业农村局", "区卫生健康局", "各街道");
        assertThat(UnitSplitter.split("各街道区城市管理局")).containsExactly("各街道", "区城市管理局");
        assertThat(UnitSplitter.split("区委组织部区人力资源社会保障局")).containsExactly("区委组织部", "区人力资源社会保障局");
        assertThat(UnitSplitter.split("各乡镇（街道）各村（社区）")).containsExactly("各乡镇（街道）", "各村（社区）");
        // one name each: no scoped start after a complete name, or the rest is no unit
        assertThat(UnitSplitter.split("市生态环境局晋宁分局")).containsExactly("市生态环境局晋宁分局");
        assertThat(UnitSplitter.split("昆明市住房公积金东川分中心")).containsExactly("昆明市住房公积金东川分中心");
        assertThat(UnitSplitter.split("区级各政务服务实施部门（单位）")).containsExactly("区级各政务服务实施部门（单位）");
        assertThat(UnitSplitter.split("区市场监督管理局")).containsExactly("区市场监督管理局");
        assertThat(UnitSplitter.split("县人民政府办公室")).containsExactly("县人民政府办公室");
    }

    @Test
    void aNameKeepsItsOwnParentheses() {
        assertThat(UnitSplitter.split("各县（市、区）人民政府，市直有关部门")).containsExactly("各县（市、区）人民政府", "市直有关部门");
        assertThat(UnitSplitter.split("各州(市)区人民政府、各管委会")).containsExactly("各州(市)区人民政府", "各管委会");
        assertThat(UnitSplitter.split("市场监管专班各成员单位,各县(市)区政府、各园区管委会"))
                .containsExactly("市场监管专班各成员单位", "各县(市)区政府", "各园区管委会");
        assertThat(UnitSplitter.split("各县（市）\n区政府")).containsExactly("各县（市）区政府");
        assertThat(UnitSplitter.split("市直各部门，各县（市、\n区）人民政府")).containsExactly("市直各部门", "各县（市、区）人民政府");
        // a parenthesis after a complete name still ends it
        assertThat(UnitSplitter.split("各乡镇（街道）区农业农村局")).containsExactly("各乡镇（街道）", "区农业农村局");
        assertThat(UnitSplitter.split("各乡镇（街道）\n区民政局")).containsExactly("各乡镇（街道）", "区民政局");
    }

    @Test
    void aTrailingEtceteraIsDroppedButEtceteraBeforeANounIsKept() {
        assertThat(UnitSplitter.split("州商务局、州国资委等，各县人民政府"))
                .containsExactly("州商务局", "州国资委", "各县人民政府");
        assertThat(UnitSplitter.split("县林草局等部门，县城投公司")).containsExactly("县林草局等部门", "县城投公司");
        assertThat(UnitSplitter.split("市统计局等相关部门")).containsExactly("市统计局等相关部门");
    }

    @Test
    void aRoleVerbAfterTheLastUnitIsNotPartOfItsName() {
        assertThat(UnitSplitter.split("市发展改革委、市财政局按职责分工负责")).containsExactly("市发展改革委", "市财政局");
        assertThat(UnitSplitter.split("各县（市、区）人民政府负责")).containsExactly("各县（市、区）人民政府");
        assertThat(UnitSplitter.split("市应急管理局、市消防救援支队配合")).containsExactly("市应急管理局", "市消防救援支队");
    }
}
