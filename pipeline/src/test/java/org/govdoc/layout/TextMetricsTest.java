package org.govdoc.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void theBodySizeIsTheSizeOfMostCharactersHoweverTheBoxesHoldThem() {
        // OCR hands whole runs: a two-line title in two boxes, and the body in one box per line
        List<TextBox> boxes = new ArrayList<>();
        boxes.add(new TextBox("关于印发二〇二四年重点工作", 100, 60, 286, 22, 22, false));
        boxes.add(new TextBox("分工方案的通知", 200, 90, 154, 22, 22, false));
        boxes.add(new TextBox("各市人民政府，省政府各厅委、各直属机构：现将方案印发给你们。", 72, 140, 420, 14, 14, false));
        PageContent page = new PageContent(1, 595, 842, boxes, List.of());
        TextMetrics m = new TextMetrics(List.of(page), List.of(new LineBuilder(LayoutConfig.DEFAULTS).lines(boxes)), LayoutConfig.DEFAULTS);
        assertThat(m.bodySize).isEqualTo(14f);
    }
}
