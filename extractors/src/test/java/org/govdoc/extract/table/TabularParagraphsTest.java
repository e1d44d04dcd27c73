package org.govdoc.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Table;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class TabularParagraphsTest {

    @Test
    void runsOfTabSeparatedLinesBecomeTables() {
        Document doc = Docs.doc()
                .table(t -> t.row("a", "b"))
                .p("标题")
                .p("项目名称\t某项目")
                .p("实施单位\t某局\t组织机构代码\t123")
                .p("正文")
                .p("一级指标\t二级指标")
                .build();
        Document v = TabularParagraphs.view(doc);
        assertThat(v.blocks()).hasSize(5);
        assertThat(v.tables()).hasSize(3);
        Table t = v.tables().get(1);
        assertThat(t.index()).isEqualTo(1);
        assertThat(t.rows()).hasSize(2);
        assertThat(t.columnCount()).isEqualTo(4);
        assertThat(t.rows().get(1).cells().get(2).text()).isEqualTo("组织机构代码");
        assertThat(t.location().block()).isEqualTo(2);
        assertThat(v.paragraphs()).extracting(Paragraph::text).containsExactly("标题", "正文");
    }

    @Test
    void documentsWithoutTabsAreReturnedAsTheyAre() {
        Document doc = Docs.doc().p("正文").build();
        assertThat(TabularParagraphs.view(doc)).isSameAs(doc);
    }

    @Test
    void sealNotesAreDroppedFromValues() {
        assertThat(LabelValueFinder.cleanValue("某某局（盖章）")).isEqualTo("某某局");
        assertThat(LabelValueFinder.cleanValue("某某\n局")).isEqualTo("某某局");
    }
}
