package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Table;

/** Assertions shared by the format tests: the sample table of {@link SampleSpecs} came through. */
final class ReadAssertions {

    private ReadAssertions() {
    }

    static Document readOk(ReadOutcome outcome) {
        assertThat(outcome).as("outcome %s", outcome).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcome).document();
    }

    /** Cells as "row,col,rowSpan,colSpan:text" for exact comparison. */
    static List<String> cells(Table t) {
        return t.rows().stream().flatMap(r -> r.cells().stream())
                .map(ReadAssertions::describe).toList();
    }

    static String describe(Cell c) {
        return c.row() + "," + c.column() + "," + c.rowSpan() + "," + c.colSpan() + ":" + c.text();
    }

    /** The sample table exactly: rows, cells, spans, line break and empty cell. */
    static void assertSampleTable(Table t) {
        assertThat(t.rows()).hasSize(4);
        assertThat(cells(t)).containsExactly(
                "0,0,1,1:一级指标", "0,1,1,1:二级指标", "0,2,1,1:三级指标", "0,3,1,1:指标值",
                "1,0,2,1:产出指标", "1,1,1,1:数量指标", "1,2,1,1:培训人次", "1,3,1,1:300人次",
                "2,1,1,1:质量指标", "2,2,1,1:合格率\n（抽查）", "2,3,1,1:",
                "3,0,1,3:备注", "3,3,1,1:无");
        assertThat(t.columnCount()).isEqualTo(4);
    }
}
