package org.govdoc.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatticeTableFinderTest {

    private static final LatticeTableFinder LATTICE = new LatticeTableFinder(LayoutConfig.DEFAULTS);

    /**
     * <pre>
     * y=100 +--------------+------+
     *       | 绩效指标      | 备注 |     (no line at x=200 in row 0: merged)
     * y=130 +------+-------+      |     (no line under 备注: merged down)
     *       | 一级  | 二级  |      |
     * y=160 +------+-------+------+
     *      x=100  x=200   x=300  x=400
     * </pre>
     */
    @Test
    void buildsTheGridWithSpansWhereInnerLinesAreMissing() {
        List<Rule> rules = new ArrayList<>();
        rules.add(Rule.horizontal(100, 100, 400));
        rules.add(Rule.horizontal(100.4f, 100, 400)); // a near-duplicate stroke
        rules.add(Rule.horizontal(130, 100, 300));
        rules.add(Rule.horizontal(160, 100, 400));
        rules.add(Rule.vertical(100, 100, 160));
        rules.add(Rule.vertical(200, 130, 160));
        rules.add(Rule.vertical(300, 100, 130));
        rules.add(Rule.vertical(300, 130, 160)); // drawn in two pieces
        rules.add(Rule.ofThinRectangle(399.5f, 100, 1, 60)); // a thin filled rectangle as a line
        List<TextBox> boxes = new ArrayList<>();
        boxes.addAll(Boxes.text("绩效指标", 110, 108, 10));
        boxes.addAll(Boxes.text("备注", 310, 108, 10));
        boxes.addAll(Boxes.text("一级", 110, 138, 10));
        boxes.addAll(Boxes.text("二级", 210, 138, 10));
        boxes.addAll(Boxes.text("表外文字", 110, 300, 10));

        List<LatticeTableFinder.Region> found = LATTICE.regions(rules, boxes, 1, 842);

        assertThat(found).hasSize(1);
        PageTable t = found.get(0).table();
        assertThat(t.columnCount()).isEqualTo(3);
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0)).extracting(c -> c.column() + ":" + c.rowSpan() + "x" + c.colSpan() + ":" + c.text())
                .containsExactly("0:1x2:绩效指标", "2:2x1:备注");
        assertThat(t.rows().get(1)).extracting(c -> c.column() + ":" + c.rowSpan() + "x" + c.colSpan() + ":" + c.text())
                .containsExactly("0:1x1:一级", "1:1x1:二级");
        assertThat(found.get(0).contains(boxes.get(boxes.size() - 1))).isFalse();
    }

    @Test
    void keepsHardLineBreaksInsideACellAndJoinsWrappedLines() {
        List<Rule> rules = List.of(Rule.horizontal(100, 100, 200), Rule.horizontal(200, 100, 200),
                Rule.vertical(100, 100, 200), Rule.vertical(200, 100, 200), Rule.vertical(150, 100, 200));
        List<TextBox> boxes = new ArrayList<>();
        boxes.addAll(Boxes.text("第一行", 155, 105, 10));   // short: a hard break follows
        boxes.addAll(Boxes.text("第二行", 155, 120, 10));
        boxes.addAll(Boxes.text("年初工作", 105, 105, 10)); // ends at 145: full, wraps on
        boxes.addAll(Boxes.text("计划", 105, 120, 10));
        PageTable t = LATTICE.regions(rules, boxes, 1, 842).get(0).table();
        assertThat(t.rows().get(0)).extracting(PageTable.RawCell::text).containsExactly("年初工作计划", "第一行\n第二行");
    }

    @Test
    void aFrameWithoutTextOrALoneLineIsNoTable() {
        List<Rule> frame = List.of(Rule.horizontal(100, 100, 200), Rule.horizontal(200, 100, 200),
                Rule.vertical(100, 100, 200), Rule.vertical(200, 100, 200), Rule.vertical(150, 100, 200));
        assertThat(LATTICE.regions(frame, List.of(), 1, 842)).isEmpty();
        assertThat(LATTICE.regions(List.of(Rule.horizontal(60, 72, 520)), Boxes.text("页眉", 100, 40, 10), 1, 842))
                .isEmpty();
    }

    @Test
    void aCellHoldingOnlySpaceGlyphsIsEmpty() {
        List<Rule> rules = List.of(Rule.horizontal(100, 100, 200), Rule.horizontal(200, 100, 200),
                Rule.vertical(100, 100, 200), Rule.vertical(200, 100, 200), Rule.vertical(150, 100, 200));
        List<TextBox> boxes = new ArrayList<>(Boxes.text("  ", 105, 105, 10));
        boxes.addAll(Boxes.text("备注", 155, 105, 10));
        PageTable t = LATTICE.regions(rules, boxes, 1, 842).get(0).table();
        assertThat(t.rows().get(0)).extracting(PageTable.RawCell::text).containsExactly("", "备注");
    }
}
