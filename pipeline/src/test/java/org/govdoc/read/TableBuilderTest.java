package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.govdoc.model.Cell;
import org.govdoc.model.Table;
import org.junit.jupiter.api.Test;

class TableBuilderTest {

    private static Table build(TableBuilder tb) {
        return tb.build(2, 5);
    }

    @Test
    void autoPlacementSkipsPositionsCoveredFromAbove() {
        TableBuilder tb = new TableBuilder();
        tb.row().cell("甲", 2, 1).cell("乙", 1, 2);
        tb.row().cell("丙").cell("丁");
        Table t = build(tb);
        assertThat(ReadAssertions.cells(t)).containsExactly("0,0,2,1:甲", "0,1,1,2:乙", "1,1,1,1:丙", "1,2,1,1:丁");
        assertThat(t.columnCount()).isEqualTo(3);
        assertThat(t.grid().get(1).get(0)).map(Cell::text).contains("甲");
    }

    @Test
    void locationsCarryBlockTableRowAndColumn() {
        TableBuilder tb = new TableBuilder();
        tb.row(3).cell("a");
        tb.row(4).cellAt(2, "b", 1, 1);
        Table t = build(tb);
        Cell b = t.rows().get(1).cells().get(0);
        assertThat(b.column()).isEqualTo(2);
        assertThat(b.location()).satisfies(l -> {
            assertThat(l.page()).isEqualTo(4);
            assertThat(l.block()).isEqualTo(5);
            assertThat(l.table()).isEqualTo(2);
            assertThat(l.row()).isEqualTo(1);
            assertThat(l.column()).isEqualTo(2);
        });
        assertThat(t.location().page()).isEqualTo(3);
        assertThat(t.rows().get(1).page()).isEqualTo(4);
    }

    @Test
    void explicitColumnThatOverlapsMovesRight() {
        TableBuilder tb = new TableBuilder();
        tb.row().cellAt(0, "wide", 1, 2).cellAt(1, "clash", 1, 1);
        assertThat(ReadAssertions.cells(build(tb))).containsExactly("0,0,1,2:wide", "0,2,1,1:clash");
    }

    @Test
    void emptyRowsAreDroppedAndSpansAcrossThemShortened() {
        TableBuilder tb = new TableBuilder();
        tb.row().cell("a").cell("b");
        tb.row(); // nothing at all
        tb.row().cell("c").cell("d");
        Table t = build(tb);
        assertThat(t.rows()).hasSize(2);
        assertThat(ReadAssertions.cells(t)).containsExactly("0,0,1,1:a", "0,1,1,1:b", "1,0,1,1:c", "1,1,1,1:d");
    }

    @Test
    void rowSpanPastTheEndIsCut() {
        TableBuilder tb = new TableBuilder();
        tb.row().cell("a", 5, 1).cell("b");
        tb.row().cell("c");
        assertThat(ReadAssertions.cells(build(tb))).containsExactly("0,0,2,1:a", "0,1,1,1:b", "1,1,1,1:c");
    }

    @Test
    void emptyCellsAreKeptAndCellTextIsCleaned() {
        TableBuilder tb = new TableBuilder();
        tb.row().cell("").cell("  第一行 \r\n 第二行\u0007 ");
        Table t = build(tb);
        assertThat(ReadAssertions.cells(t)).containsExactly("0,0,1,1:", "0,1,1,1:第一行\n第二行");
        assertThat(t.grid().get(0)).allMatch(Optional::isPresent);
    }

    @Test
    void mergedGridTurnsVerticalMergesIntoRowSpans() {
        MergedGrid g = new MergedGrid();
        g.row().add(new MergedGrid.Slot("一级", 0, 1, MergedGrid.Merge.RESTART))
                .add(new MergedGrid.Slot("x", 1, 1, MergedGrid.Merge.NONE));
        g.row().add(new MergedGrid.Slot("", 0, 1, MergedGrid.Merge.CONTINUE))
                .add(new MergedGrid.Slot("y", 1, 1, MergedGrid.Merge.NONE));
        g.row().add(new MergedGrid.Slot("", 0, 1, MergedGrid.Merge.CONTINUE))
                .add(new MergedGrid.Slot("z", 1, 1, MergedGrid.Merge.NONE));
        // a "continue" with nothing above it is an ordinary cell
        g.row().add(new MergedGrid.Slot("孤", 1, 1, MergedGrid.Merge.CONTINUE));
        assertThat(ReadAssertions.cells(build(g.toTable()))).containsExactly(
                "0,0,3,1:一级", "0,1,1,1:x", "1,1,1,1:y", "2,1,1,1:z", "3,1,1,1:孤");
    }

    @Test
    void spansClaimingMoreThanTheTableHasCostWhatTheTableHas() {
        TableBuilder tb = new TableBuilder();
        tb.row().cell("巨大的合并", 1_000_000_000, 1_000_000_000).cell("旁边");
        tb.row().cell("下一行");
        tb.row().cell("乙", Integer.MAX_VALUE, 1);
        Table t = build(tb);
        Cell huge = t.rows().get(0).cells().get(0);
        assertThat(huge.rowSpan()).as("cut at the last row").isEqualTo(3);
        assertThat(huge.colSpan()).isEqualTo(TableBuilder.MAX_COLUMNS);
        assertThat(ReadAssertions.cells(t)).contains("0," + TableBuilder.MAX_COLUMNS + ",1,1:旁边",
                "1," + TableBuilder.MAX_COLUMNS + ",1,1:下一行", "2," + TableBuilder.MAX_COLUMNS + ",1,1:乙");
    }
}
