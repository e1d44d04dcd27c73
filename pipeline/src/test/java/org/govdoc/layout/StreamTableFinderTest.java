package org.govdoc.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamTableFinderTest {

    private static final StreamTableFinder STREAM = new StreamTableFinder(LayoutConfig.DEFAULTS);

    private static void row(List<TextBox> out, float top, String... cells) {
        float[] xs = {72, 120, 300};
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                out.addAll(Boxes.text(cells[i], xs[i], top, 10));
            }
        }
    }

    @Test
    void alignedColumnsWithoutLinesMakeATableAndWrappedCellLinesJoinTheirRow() {
        List<TextBox> boxes = new ArrayList<>(Boxes.text("各单位要按照下表分工抓好落实，确保各项任务按期完成。", 72, 60, 12));
        row(boxes, 100, "序号", "工作任务", "牵头单位");
        row(boxes, 125, "1", "梳理事项清单", "区政务服务局");
        row(boxes, 150, "2", "规范窗口服务行为", "区营商办");
        row(boxes, 164, "", "落实首问负责制", "");
        row(boxes, 189, "3", "开展满意度调查", "区大数据中心");
        boxes.addAll(Boxes.text("请各单位于每季度末报送工作进展情况，逾期未报的予以通报。", 72, 240, 12));
        List<TextLine> lines = new LineBuilder(LayoutConfig.DEFAULTS).lines(boxes);

        List<StreamTableFinder.Run> found = STREAM.runs(lines, 1, 842);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).firstLine()).isEqualTo(1);
        assertThat(found.get(0).lastLine()).isEqualTo(5);
        PageTable t = found.get(0).table();
        assertThat(t.rows()).hasSize(4);
        assertThat(t.rows().get(2)).extracting(PageTable.RawCell::text)
                .containsExactly("2", "规范窗口服务行为\n落实首问负责制", "区营商办");
    }

    @Test
    void runningTextIsNoTable() {
        List<TextBox> boxes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boxes.addAll(Boxes.text("深入贯彻落实党中央国务院关于优化营商环境的决策部署持续深化放管服改革", 72, 100 + 18 * i, 12));
        }
        assertThat(STREAM.runs(new LineBuilder(LayoutConfig.DEFAULTS).lines(boxes), 1, 842)).isEmpty();
    }

    @Test
    void rowsWithEmptyCellsStayInTheTable() {
        List<TextBox> boxes = new ArrayList<>();
        row(boxes, 100, "", "工作任务", "牵头单位");
        row(boxes, 125, "1", "梳理事项清单", "区政务服务局");
        row(boxes, 150, "2", "", "区营商办");
        row(boxes, 175, "3", "开展满意度调查", "");
        row(boxes, 200, "", "推进一网通办", "");
        row(boxes, 225, "4", "规范窗口服务", "区大数据中心");
        List<StreamTableFinder.Run> found = STREAM.runs(new LineBuilder(LayoutConfig.DEFAULTS).lines(boxes), 1, 842);
        assertThat(found).hasSize(1);
        PageTable t = found.get(0).table();
        assertThat(t.rows()).hasSize(6);
        assertThat(t.rows().get(4)).extracting(PageTable.RawCell::text).containsExactly("", "推进一网通办", "");
    }
}
