package org.govdoc.extract.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdoc.extract.tasks.AssignmentParser.Field;
import org.govdoc.extract.tasks.AssignmentParser.Parsed;
import org.junit.jupiter.api.Test;

class AssignmentParserTest {

    @Test
    void oneLabelPerLine() {
        Parsed p = AssignmentParser.parse("责任单位：区级各政务服务实施部门（单位），各乡镇（街道）").orElseThrow();
        assertThat(p.before()).isEmpty();
        assertThat(p.labels()).singleElement().satisfies(l -> {
            assertThat(l.field()).isEqualTo(Field.RESPONSIBLE);
            assertThat(l.label()).isEqualTo("责任单位");
            assertThat(l.value()).isEqualTo("区级各政务服务实施部门（单位），各乡镇（街道）");
        });
    }

    @Test
    void labelsInParenthesesAfterTheItem() {
        Parsed p = AssignmentParser.parse("1.规范窗口服务。（牵头单位：区政务局；责任单位：各乡镇（街道）；完成时限：2023年6月底前）")
                .orElseThrow();
        assertThat(p.before()).isEqualTo("1.规范窗口服务。");
        assertThat(p.labels()).extracting(AssignmentParser.Label::field)
                .containsExactly(Field.LEAD, Field.RESPONSIBLE, Field.DEADLINE);
        assertThat(p.labels()).extracting(AssignmentParser.Label::value)
                .containsExactly("区政务局", "各乡镇（街道）", "2023年6月底前");
    }

    @Test
    void variantsAndHalfWidthColons() {
        Parsed p = AssignmentParser.parse("牵头部门:区财政局 配合单位:区审计局 时间节点:年底前").orElseThrow();
        assertThat(p.labels()).extracting(AssignmentParser.Label::field)
                .containsExactly(Field.LEAD, Field.RESPONSIBLE, Field.DEADLINE);
        assertThat(p.labels().get(2).value()).isEqualTo("年底前");
        assertThat(AssignmentParser.parse("完成时间：2023年9月底前，长期坚持").orElseThrow().labels().get(0).field())
                .isEqualTo(Field.DEADLINE);
    }

    @Test
    void labelsInSquareBrackets() {
        Parsed p = AssignmentParser.parse("【牵头单位】区政务局 【责任单位】区财政局、区审计局 【完成时限】2023年12月底前").orElseThrow();
        assertThat(p.labels()).extracting(AssignmentParser.Label::label).containsExactly("牵头单位", "责任单位", "完成时限");
        assertThat(p.labels()).extracting(AssignmentParser.Label::value)
                .containsExactly("区政务局", "区财政局、区审计局", "2023年12月底前");
    }

    @Test
    void labelWordsInsideSentencesAreNotLabels() {
        assertThat(AssignmentParser.parse("责任单位得分由牵头单位确定。")).isEmpty();
        assertThat(AssignmentParser.parse("明确办结时限，并将清单对外公布")).isEmpty();
        assertThat(AssignmentParser.parse("各单位要把措施、完成时限于5月10日前报送")).isEmpty();
    }

    @Test
    void leadersArePersonsNotUnits() {
        assertThat(AssignmentParser.parse("牵头领导：钱 某").orElseThrow().labels()).singleElement()
                .satisfies(l -> assertThat(l.field()).isEqualTo(Field.PERSON));
        assertThat(AssignmentParser.parse("责任市领导:市政府分管领导同志").orElseThrow().labels().get(0).field())
                .isEqualTo(Field.PERSON);
        assertThat(AssignmentParser.parse("牵头领导单位：市发改委").orElseThrow().labels().get(0).field())
                .isEqualTo(Field.LEAD);
    }

    @Test
    void shortLabelsWithAColon() {
        Parsed p = AssignmentParser.parse("（牵头：县民政局；配合：县财政局、各乡镇）").orElseThrow();
        assertThat(p.labels()).extracting(AssignmentParser.Label::field).containsExactly(Field.LEAD, Field.RESPONSIBLE);
        assertThat(p.labels()).extracting(AssignmentParser.Label::value).containsExactly("县民政局", "县财政局、各乡镇");
        assertThat(AssignmentParser.parse("由县民政局牵头负责，县财政局配合做好保障")).isEmpty();
    }

    @Test
    void bareParenthesesOfUnitNames() {
        Parsed p = AssignmentParser.parseBareUnits("城镇新增就业1.2万人。（市人社局、市财政局）").orElseThrow();
        assertThat(p.before()).isEqualTo("城镇新增就业1.2万人。");
        assertThat(p.labels()).singleElement().satisfies(l -> {
            assertThat(l.field()).isEqualTo(Field.RESPONSIBLE);
            assertThat(l.value()).isEqualTo("市人社局、市财政局");
        });
        assertThat(AssignmentParser.parseBareUnits("提交选址意见（涉及湿地保护项目）")).isEmpty();
        assertThat(AssignmentParser.parseBareUnits("设立专班（以下简称专班办公室）")).isEmpty();
        assertThat(AssignmentParser.parseBareUnits("土地面积6亩以下（不含6亩）")).isEmpty();
        assertThat(AssignmentParser.parseBareUnits("完成改造（2023年）")).isEmpty();
    }

    @Test
    void aPlainUnitListInsideAGroupTakesTheNextRole() {
        Parsed p = AssignmentParser.parseInline("（市发改委牵头，市财政局、市住建局等部门，市城投公司配合）").orElseThrow();
        assertThat(p.labels()).extracting(AssignmentParser.Label::field)
                .containsExactly(Field.LEAD, Field.RESPONSIBLE, Field.RESPONSIBLE);
        assertThat(p.labels()).extracting(AssignmentParser.Label::value)
                .containsExactly("市发改委", "市财政局、市住建局等部门", "市城投公司");
        assertThat(AssignmentParser.parseInline("开展调研（市财政局、市住建局）")).as("no role named").isEmpty();
    }

    @Test
    void anAssignmentAsTheLastSentenceWithoutBrackets() {
        Parsed p = AssignmentParser.parseInline("推进老旧小区改造。由县住建局牵头，县财政局、各社区配合。").orElseThrow();
        assertThat(p.before()).isEqualTo("推进老旧小区改造。");
        assertThat(p.labels()).extracting(AssignmentParser.Label::value).containsExactly("县住建局", "县财政局、各社区");
        assertThat(AssignmentParser.parseInline("推进老旧小区改造，由县住建局负责。")).as("no lead named").isEmpty();
        assertThat(AssignmentParser.parseInline("建立由县长牵头的联席会议制度。")).isEmpty();
    }
}
