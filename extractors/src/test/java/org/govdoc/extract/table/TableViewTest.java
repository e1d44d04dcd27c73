package org.govdoc.extract.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.testing.Docs.span;

import org.govdoc.model.Table;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class TableViewTest {

    private static TableView view() {
        Table t = Docs.doc().page(3).table(b -> b
                .row(span("产出\n指标", 2, 1), span("数量", 1, 2))
                .row("a", "b")).build().tables().get(0);
        return new TableView(t);
    }

    @Test
    void mergedCellsAnswerAtEveryPosition() {
        TableView v = view();
        assertThat(v.rowCount()).isEqualTo(2);
        assertThat(v.columnCount()).isEqualTo(3);
        assertThat(v.text(1, 0)).isEqualTo("产出\n指标");
        assertThat(v.key(1, 0)).isEqualTo("产出指标");
        assertThat(v.text(0, 2)).isEqualTo("数量");
        assertThat(v.continuesFromAbove(1, 0)).isTrue();
        assertThat(v.continuesFromAbove(1, 1)).isFalse();
        assertThat(v.text(5, 5)).isEmpty();
    }

    @Test
    void rowTextNamesEachCellOnce() {
        TableView v = view();
        assertThat(v.rowText(0)).isEqualTo("产出 指标 | 数量");
        assertThat(v.distinctCells(1)).hasSize(3);
    }

    @Test
    void locationsCarryPageTableRowAndColumn() {
        var loc = view().location(1, 2);
        assertThat(loc.page()).isEqualTo(3);
        assertThat(loc.table()).isZero();
        assertThat(loc.row()).isEqualTo(1);
        assertThat(loc.column()).isEqualTo(2);
        assertThat(loc.block()).isZero();
    }
}
