package org.govdoc.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.govdoc.model.Block;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.junit.jupiter.api.Test;

class LayoutAnalyzerTest {

    private static final float SIZE = 12;

    /** A two-column ruled table at the given top, one row per text pair; returns its bottom. */
    private static float table(List<TextBox> boxes, List<Rule> rules, float top, String[][] rows) {
        float y = top;
        for (String[] r : rows) {
            rules.add(Rule.horizontal(y, 72, 520));
            boxes.addAll(Boxes.text(r[0], 78, y + 5, 10));
            boxes.addAll(Boxes.text(r[1], 206, y + 5, 10));
            y += 20;
        }
        rules.add(Rule.horizontal(y, 72, 520));
        rules.add(Rule.vertical(72, top, y));
        rules.add(Rule.vertical(200, top, y));
        rules.add(Rule.vertical(520, top, y));
        return y;
    }

    /** Body lines of 37 characters (one full line is 72..516), the first indented two characters. */
    private static float paragraph(List<TextBox> boxes, float top, String text) {
        int perLine = 37;
        float y = top;
        int i = 0;
        boolean first = true;
        while (i < text.length()) {
            int n = first ? perLine - 2 : perLine;
            String part = text.substring(i, Math.min(text.length(), i + n));
            boxes.addAll(Boxes.text(part, first ? 72 + 2 * SIZE : 72, y, SIZE));
            i += n;
            y += 18;
            first = false;
        }
        return y;
    }

    @Test
    void joinsATableContinuedOnTheNextPageAndDropsItsRepeatedHeader() {
        List<TextBox> b1 = new ArrayList<>();
        List<Rule> r1 = new ArrayList<>();
        float y = paragraph(b1, 80, "一、绩效目标");
        table(b1, r1, y + 10, new String[][] {{"指标", "指标值"}, {"培训人次", "50"}, {"宣传次数", "4"}});
        b1.addAll(Boxes.text("－ 1 －", 280, 790, 12));
        List<TextBox> b2 = new ArrayList<>();
        List<Rule> r2 = new ArrayList<>();
        y = table(b2, r2, 80, new String[][] {{"指标", "指标值"}, {"满意度", "90%"}});
        paragraph(b2, y + 20, "以上指标由项目单位负责完成。");
        b2.addAll(Boxes.text("－ 2 －", 280, 790, 12));

        List<Block> blocks = new LayoutAnalyzer().analyze(List.of(
                new PageContent(1, 595, 842, b1, r1), new PageContent(2, 595, 842, b2, r2)));
        Document doc = new Document(blocks, DocumentMetadata.empty("application/pdf"));

        assertThat(doc.tables()).hasSize(1);
        Table t = doc.tables().get(0);
        assertThat(t.text()).isEqualTo("指标\t指标值\n培训人次\t50\n宣传次数\t4\n满意度\t90%");
        assertThat(t.rows()).extracting(Row::page).containsExactly(1, 1, 1, 2);
        assertThat(t.rows().get(3).cells().get(0).location().page()).isEqualTo(2);
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly("一、绩效目标", "以上指标由项目单位负责完成。");
        assertThat(blocks.get(1)).isSameAs(t);
        assertThat(t.location().block()).isEqualTo(1);
    }

    /** A ruled table with the given column boundaries, one 24pt row per text row (a cell's '\n' is a second line). */
    private static float ruled(List<TextBox> boxes, List<Rule> rules, float top, float[] xs, String[][] rows) {
        float y = top;
        for (String[] r : rows) {
            rules.add(Rule.horizontal(y, xs[0], xs[xs.length - 1]));
            for (int c = 0; c < r.length; c++) {
                String[] lines = r[c].split("\n");
                for (int k = 0; k < lines.length; k++) {
                    boxes.addAll(Boxes.text(lines[k], xs[c] + 6, y + 3 + 11 * k, 10));
                }
            }
            y += 24;
        }
        rules.add(Rule.horizontal(y, xs[0], xs[xs.length - 1]));
        for (float x : xs) {
            rules.add(Rule.vertical(x, top, y));
        }
        return y;
    }

    @Test
    void aTableContinuedWithItsColumnsAFewPointsApartKeepsItsColumnsAndDropsItsRewrappedHeader() {
        // the continuation was laid out on its own: one inner boundary 5pt off, the header wrapped anew
        List<TextBox> b1 = new ArrayList<>();
        List<Rule> r1 = new ArrayList<>();
        float y = paragraph(b1, 80, "一、绩效目标");
        ruled(b1, r1, y + 10, new float[] {72, 200, 330, 520},
                new String[][] {{"三级指标", "指标值", "度量单位"}, {"培训人次", "50", "人次"}, {"宣传次数", "4", "次"}});
        List<TextBox> b2 = new ArrayList<>();
        List<Rule> r2 = new ArrayList<>();
        ruled(b2, r2, 80, new float[] {72, 201, 325, 520},
                new String[][] {{"三级指标", "指标\n值", "度量单位"}, {"满意度", "90", "%"}});

        List<Block> blocks = new LayoutAnalyzer().analyze(List.of(
                new PageContent(1, 595, 842, b1, r1), new PageContent(2, 595, 842, b2, r2)));
        Document doc = new Document(blocks, DocumentMetadata.empty("application/pdf"));

        assertThat(doc.tables()).hasSize(1);
        Table t = doc.tables().get(0);
        assertThat(t.columnCount()).isEqualTo(3);
        assertThat(t.text()).isEqualTo("三级指标\t指标值\t度量单位\n培训人次\t50\t人次\n宣传次数\t4\t次\n满意度\t90\t%");
        assertThat(t.rows()).extracting(Row::page).containsExactly(1, 1, 1, 2);
    }

    @Test
    void snapBoundsKeepsTheFirstPagesBoundariesAndAddsOnlyDistantOnes() {
        TableJoiner joiner = new TableJoiner(LayoutConfig.DEFAULTS, new StreamTableFinder(LayoutConfig.DEFAULTS));
        assertThat(joiner.snapBounds(new float[] {72, 200, 330, 520}, new float[] {72, 205, 325, 420, 520}))
                .containsExactly(72, 200, 330, 420, 520);
        // narrow columns: a quarter of the narrowest (40pt) is 10pt, capped at 8pt
        assertThat(joiner.snapBounds(new float[] {72, 112, 152}, new float[] {72, 121, 152}))
                .containsExactly(72, 112, 121, 152);
    }

    @Test
    void aParagraphRunningOverThePageBreakIsOneParagraph() {
        String text = "为深入贯彻落实国务院关于加快推进政务服务标准化规范化便利化的指导意见，进一步提升一体化政务服务能力，"
                + "更好满足企业和群众办事需求，结合本区实际，制定本工作方案。";
        List<TextBox> b1 = new ArrayList<>();
        List<TextBox> b2 = new ArrayList<>();
        paragraph(b1, 80, "第一段很短。");
        // the first 35 + 37 characters on page 1, the rest on page 2
        b1.addAll(Boxes.text(text.substring(0, 35), 72 + 2 * SIZE, 740, SIZE));
        b1.addAll(Boxes.text(text.substring(35, 72), 72, 758, SIZE));
        b2.addAll(Boxes.text(text.substring(72), 72, 80, SIZE));
        paragraph(b2, 98, "第三段。");
        List<Block> blocks = new LayoutAnalyzer().analyze(List.of(
                new PageContent(1, 595, 842, b1, List.of()), new PageContent(2, 595, 842, b2, List.of())));
        assertThat(blocks).extracting(Block::text).containsExactly("第一段很短。", text, "第三段。");
        assertThat(blocks.get(1).location().page()).isEqualTo(1);
    }

    @Test
    void aFlushRightSignatureLineEndsItsParagraph() {
        List<TextBox> b = new ArrayList<>();
        float y = paragraph(b, 80, "为深入贯彻落实国务院关于加快推进政务服务标准化规范化便利化的指导意见，进一步提升一体化政务服务能力，"
                + "更好满足企业和群众办事需求，结合本区实际，制定本工作方案。");
        // unit and date set flush right (ending at 516, the end of full lines), then notes at the margin
        b.addAll(Boxes.text("昆明市五华区住房和城乡建设局", 516 - 14 * SIZE, y + 18, SIZE));
        b.addAll(Boxes.text("2024年6月20日", 516 - 6.5f * SIZE, y + 36, SIZE));
        b.addAll(Boxes.text("（联系人：王丽；联系电话：63123456）", 72, y + 54, SIZE));
        List<Block> blocks = new LayoutAnalyzer().analyze(List.of(new PageContent(1, 595, 842, b, List.of())));
        assertThat(blocks).extracting(Block::text).endsWith("昆明市五华区住房和城乡建设局", "2024年6月20日",
                "（联系人：王丽；联系电话：63123456）");
    }

    @Test
    void aListItemWithAHangingIndentIsOneParagraph() {
        List<TextBox> b = new ArrayList<>();
        // "1." at the margin, its text and the further lines at 72 + 2 em (Word's list indent)
        b.addAll(Boxes.text("1.", 72, 80, SIZE));
        b.addAll(Boxes.text("深化企业开办一网通办。推行企业开办全程网上办理，实现营业执照和税务、", 72 + 2 * SIZE, 80, SIZE));
        b.addAll(Boxes.text("公章刻制、发票申领、社保登记一日办结等各项事项。（牵头单位：区市场监", 72 + 2 * SIZE, 98, SIZE));
        b.addAll(Boxes.text("管局）", 72 + 2 * SIZE, 116, SIZE));
        b.addAll(Boxes.text("2.", 72, 134, SIZE));
        b.addAll(Boxes.text("推进证照分离改革。", 72 + 2 * SIZE, 134, SIZE));
        List<Block> blocks = new LayoutAnalyzer().analyze(List.of(new PageContent(1, 595, 842, b, List.of())));
        assertThat(blocks).extracting(Block::text).containsExactly(
                "1. 深化企业开办一网通办。推行企业开办全程网上办理，实现营业执照和税务、公章刻制、发票申领、社保登记一日办结等各项事项。（牵头单位：区市场监管局）",
                "2. 推进证照分离改革。");
    }
}
