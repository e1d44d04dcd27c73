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
}
