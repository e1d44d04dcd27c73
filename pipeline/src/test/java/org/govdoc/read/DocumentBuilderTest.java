package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.govdoc.record.WarningCode;
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

    // --- the bound of a document (ReadContext.maxChars) ------------------------------------

    @Test
    void aParagraphPastTheBoundIsCutAndLaterBlocksAreLeftOutWithAWarning() {
        ReadContext context = new ReadContext(12);
        DocumentBuilder out = new DocumentBuilder(context).paragraph("第一段", null).paragraph("第二段很长很长很长很长", 1);
        assertThat(out.full()).isTrue();
        Document doc = out.paragraph("第三段", null).table(new TableBuilder().row().cell("x")).build(DocumentMetadata.empty("text/plain"));

        // "第一段" (3) + line break (1) + 8 characters of the second paragraph = 12
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly("第一段", "第二段很长很长很");
        assertThat(doc.plainText()).hasSize(12);
        assertThat(doc.tables()).isEmpty();
        assertThat(context.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningCode.CONTENT_TRUNCATED);
            assertThat(w.location().block()).isEqualTo(1);
            assertThat(w.message()).contains("12 个字符").contains("第 2 段的第 9 个字符")
                    .contains("舍去 7 个字符"); // 3 of the second paragraph, 3 of the third, 1 of the table
        });
    }

    @Test
    void aTablePastTheBoundKeepsTheRowsCellsAndCharactersThatFit() {
        ReadContext context = new ReadContext(21);
        TableBuilder t = new TableBuilder();
        t.row().cellAt(0, "项目", 3, 1).cell("一").cell("二");
        t.row().cell("三").cell("四");
        t.row().cell("五五五五五").cell("六六六六六");
        Document doc = new DocumentBuilder(context).paragraph("标题", null).table(t).build(DocumentMetadata.empty("x"));

        // 标题 (2) + break + "项目\t一\t二" (6) + break + "三\t四" (3) + break + "五五五五五" (5) + tab + "六" = 21
        assertThat(doc.plainText()).hasSize(21).endsWith("五五五五五\t六");
        Table kept = doc.tables().get(0);
        assertThat(kept.rows()).hasSize(3);
        assertThat(kept.rows().get(0).cells().get(0).rowSpan()).isEqualTo(3);
        assertThat(context.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location().table()).isEqualTo(0);
            assertThat(w.location().row()).isEqualTo(2);
            assertThat(w.location().column()).isEqualTo(2);
            assertThat(w.message()).contains("第 1 个表格的第 3 行第 3 列");
        });

        // cut after the second row: the merged cell's span ends with the rows kept
        ReadContext two = new ReadContext(13);
        TableBuilder again = new TableBuilder();
        again.row().cellAt(0, "项目", 3, 1).cell("一").cell("二");
        again.row().cell("三").cell("四");
        again.row().cell("五五五五五").cell("六六六六六");
        Table cut = new DocumentBuilder(two).paragraph("标题", null).table(again).build(DocumentMetadata.empty("x")).tables().get(0);
        assertThat(cut.rows()).hasSize(2);
        assertThat(cut.rows().get(0).cells().get(0).rowSpan()).isEqualTo(2);
        assertThat(two.warnings().get(0).location().column()).isNull();
    }

    @Test
    void aDocumentWithinTheBoundIsTheUnboundedOne() {
        ReadContext context = new ReadContext(9);
        Document bounded = new DocumentBuilder(context).paragraph("正文", null).line("a\tb", null).paragraph("结尾", null)
                .build(DocumentMetadata.empty("x"));
        Document free = new DocumentBuilder().paragraph("正文", null).line("a\tb", null).paragraph("结尾", null)
                .build(DocumentMetadata.empty("x"));
        assertThat(bounded.plainText()).hasSize(9);
        assertThat(bounded).isEqualTo(free);
        assertThat(context.warnings()).isEmpty();
    }

    @Test
    void aReaderThatStoppedAtTheBoundSaysSoEvenWhenNothingWasCut() {
        ReadContext context = new ReadContext(100);
        DocumentBuilder out = new DocumentBuilder(context).paragraph("读到的部分", null);
        out.stoppedAtBound();
        assertThat(out.full()).isTrue();
        out.build(DocumentMetadata.empty("x"));
        assertThat(context.warnings()).extracting(w -> w.kind()).containsExactly(WarningCode.CONTENT_TRUNCATED);
        assertThat(context.warnings().get(0).location().block()).isEqualTo(1);
    }
}
