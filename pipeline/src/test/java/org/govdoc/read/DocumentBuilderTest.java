package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.junit.jupiter.api.Test;

class DocumentBuilderTest {

    @Test
    void runsOfTabSeparatedLinesBecomeTablesNumberedInReadingOrder() {
        Document doc = new DocumentBuilder()
                .table(new TableBuilder().row().cell("a").cell("b"))
                .paragraph("标题", 1, 1)
                .line("项目名称\t某项目", 1)
                .line("", 1) // a blank line does not end the run
                .line("实施单位\t某局\t组织机构代码\t123", 2)
                .paragraph("正文", 2)
                .line("\t\t三级指标", 3)
                .build(DocumentMetadata.empty("text/plain"));

        assertThat(doc.blocks()).hasSize(5);
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly("标题", "正文");
        assertThat(doc.tables()).extracting(Table::index).containsExactly(0, 1, 2);
        Table form = doc.tables().get(1);
        assertThat(form.location().block()).isEqualTo(2);
        assertThat(form.rows()).extracting(Row::page).containsExactly(1, 2);
        assertThat(form.rows().get(1).cells()).extracting(c -> c.text()).containsExactly("实施单位", "某局", "组织机构代码", "123");
        assertThat(form.rows().get(1).cells().get(2).location().table()).isEqualTo(1);
        assertThat(form.rows().get(1).cells().get(2).location().block()).isEqualTo(2);
        // leading tabs of a plain-text line are empty leading fields
        assertThat(doc.tables().get(2).rows().get(0).cells()).extracting(c -> c.text()).containsExactly("", "", "三级指标");
        assertThat(doc.tables().get(2).location().block()).isEqualTo(4);
    }

    @Test
    void aTableEndsTheRunBeforeIt() {
        Document doc = new DocumentBuilder()
                .paragraph("序号\t任务", null)
                .table(new TableBuilder().row().cell("x"))
                .build(DocumentMetadata.empty("text/plain"));
        assertThat(doc.tables()).hasSize(2);
        assertThat(doc.tables().get(0).rows().get(0).cells()).extracting(c -> c.text()).containsExactly("序号", "任务");
        assertThat(doc.tables().get(1).index()).isEqualTo(1);
    }

    @Test
    void paragraphsWithoutTabsStayParagraphs() {
        Document doc = new DocumentBuilder().paragraph("正文", null).paragraph("第二段", null).build(DocumentMetadata.empty("text/plain"));
        assertThat(doc.tables()).isEmpty();
        assertThat(doc.paragraphs()).hasSize(2);
    }
}
