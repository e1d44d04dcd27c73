package org.govdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdoc.extract.TextLines.Line;
import org.govdoc.extract.tasks.TaskExtractor;
import org.govdoc.model.Document;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    @Test
    void cleansSpacesBetweenChineseAndKeepsFullWidthForms() {
        assertThat(TextLines.clean("区 政务服务局（单位）  2023 年")).isEqualTo("区政务服务局（单位） 2023 年");
    }

    @Test
    void pageNumbersAreLeftOutAndInnerBreaksJoinedUnlessALineStartsAnItem() {
        Document d = Docs.doc()
                .p("1.推进标准化\n建设。\n牵头单位：区政务局")
                .p("— 3 —")
                .p("第2页 共9页")
                .p("完成时限：年底前")
                .build();
        List<Line> lines = TextLines.of(d, TaskExtractor.lineStarts());
        assertThat(lines).extracting(Line::text).containsExactly("1.推进标准化建设。", "牵头单位：区政务局", "完成时限：年底前");
        assertThat(lines.get(2).location().block()).isEqualTo(3);
        assertThat(TextLines.isPageFurniture("-12-")).isTrue();
        assertThat(TextLines.isPageFurniture("12345热线")).isFalse();
    }
}
