package org.govdoc.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.pdf.GoldComparison.roundTrip;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.corpus.render.PdfRenderer;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.corpus.spec.SpecBlock.Cell;
import org.govdoc.corpus.spec.SpecBlock.Paragraph;
import org.govdoc.model.Document;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Table shapes that once came back broken from generated PDFs: a borderless table with a
 * two-row header whose row-spanning cells are taller than the first header row, a borderless
 * table's head left alone at the foot of a page, a signature line under a borderless table, and
 * a table split in two around a page break with each part laid out on its own.
 */
class PdfTableShapesRoundTripTest {

    @TempDir
    Path dir;

    private static final String SCORING = "达到目标值得满分；未达到目标值的，按完成比例计分；工作中出现重大失误或造成不良社会影响的，本项不得分。";

    private static List<Cell> row(String... texts) {
        List<Cell> out = new ArrayList<>();
        for (String t : texts) {
            out.add(Cell.of(t));
        }
        return out;
    }

    /** A nine-column indicator table: narrow columns, so the header and most cells wrap. */
    private static List<List<Cell>> twoLevelHeader() {
        return List.of(
                List.of(new Cell("绩效指标", 1, 6), new Cell("指标属性", 2, 1), new Cell("评分标准", 2, 1), new Cell("指标内容", 2, 1)),
                row("一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "度量单位"));
    }

    private static List<List<Cell>> body(int n) {
        String[] names = {"开展营商环境宣传活动", "政务服务事项网上可办", "开展营商环境专题培训", "资金使用合规率", "资金支付及时率", "预算执行率"};
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = names[i % names.length];
            rows.add(row("产出指标", "数量指标", name, "≥", String.valueOf(90 + i), "%", "定量指标", SCORING, name + "，确保完成年度目标任务。"));
        }
        return rows;
    }

    /** Each row's cell texts by column, line breaks left out (soft wraps are not the point here). */
    private static List<List<String>> texts(Table t) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : t.rows()) {
            String[] cells = new String[t.columnCount()];
            java.util.Arrays.fill(cells, "");
            r.cells().forEach(c -> cells[c.column()] = c.text().replace("\n", ""));
            out.add(List.of(cells));
        }
        return out;
    }

    private static List<String> bodyTexts(List<Cell> specRow) {
        return specRow.stream().map(Cell::text).toList();
    }

    private static List<SpecBlock> fillers(int n) {
        List<SpecBlock> blocks = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            blocks.add(Paragraph.body("第" + (k + 1) + "段：为深入贯彻落实国务院关于加快推进政务服务标准化规范化便利化的指导意见，进一步提升一体化政务服务能力。"));
        }
        return blocks;
    }

    private static List<List<Cell>> sevenColumns(int from, int n, String scoring) {
        return sevenColumns(from, n, scoring, 60);
    }

    private static List<List<Cell>> sevenColumns(int from, int n, String scoring, int base) {
        List<List<Cell>> rows = new ArrayList<>();
        String[] names = {"新建村级公共厕所", "清理村庄生活垃圾", "改造农村户用卫生厕所", "建设村庄污水收集管网", "工作任务完成率", "项目验收合格率"};
        for (int i = from; i < from + n; i++) {
            rows.add(row("产出指标", "数量指标", names[i % names.length], ">=", (base + i) + "座", "定量指标", scoring + i + "分"));
        }
        return rows;
    }

    private static List<String> header7() {
        return List.of("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "指标属性", "评（扣）分标准");
    }

    /** The rows the reader should give for a borderless table: merged header cells at their first column, no spans. */
    private static List<List<String>> expectedTwoLevel(List<List<Cell>> body) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("绩效指标", "", "", "", "", "", "指标属性", "评分标准", "指标内容"));
        out.add(List.of("一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "度量单位", "", "", ""));
        body.forEach(r -> out.add(bodyTexts(r)));
        return out;
    }

    private static Document twoLevelBorderless(Path dir, String name, int fillers) throws Exception {
        List<SpecBlock> blocks = new ArrayList<>(fillers(fillers));
        List<List<Cell>> rows = new ArrayList<>(twoLevelHeader());
        rows.addAll(body(4));
        blocks.add(new SpecBlock.Table(rows, false, 2, true));
        blocks.add(Paragraph.body("以上指标由项目实施单位负责完成。"));
        return roundTrip(new DocSpec(null, null, blocks, new PageFurniture(null, "dash")), new PdfRenderer(), dir, name);
    }

    @Test
    void borderlessTwoRowHeaderWithRowSpanningCellsTallerThanItsFirstRowAndRepeatedOnEveryPage() throws Exception {
        // the row-spanning header cells wrap to two lines, so the second header row starts closer
        // under their last line than the in-cell line pitch; on pages 2 and 3 the repeated header
        // sits in the top band on every page, like a running header
        Document doc = twoLevelBorderless(dir, "two-level", 0);
        assertThat(doc.tables()).hasSize(1);
        Table t = doc.tables().get(0);
        assertThat(texts(t)).containsExactlyElementsOf(expectedTwoLevel(body(4)));
        assertThat(t.rows().stream().map(Row::page).distinct().count()).isGreaterThan(1);
        assertThat(doc.paragraphs()).extracting(org.govdoc.model.Paragraph::text).containsExactly("以上指标由项目实施单位负责完成。");
    }

    @Test
    void borderlessTwoRowHeaderAloneAtTheFootOfAPageJoinsItsBody() throws Exception {
        // ten paragraphs leave room for the header rows but not for the first (tall) body row
        Document doc = twoLevelBorderless(dir, "head-at-foot", 10);
        assertThat(doc.tables()).hasSize(1);
        Table t = doc.tables().get(0);
        assertThat(t.rows().get(0).page()).as("precondition: the head ends page 1").isEqualTo(1);
        assertThat(t.rows().get(2).page()).as("precondition: the body starts page 2").isEqualTo(2);
        assertThat(texts(t)).containsExactlyElementsOf(expectedTwoLevel(body(4)));
    }

    @Test
    void borderlessOneLineHeaderAloneAtTheFootOfAPageJoinsItsBody() throws Exception {
        // a single header line is too little to be found as a table on its own
        List<SpecBlock> blocks = new ArrayList<>(fillers(15));
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row(header7().toArray(String[]::new)));
        List<List<Cell>> body = sevenColumns(0, 4, "达到目标值得满分；未达到目标值的，按完成比例计分；工作中出现重大失误或造成不良社会影响的，本项扣");
        rows.addAll(body);
        blocks.add(new SpecBlock.Table(rows, false, 1, false));
        Document doc = roundTrip(new DocSpec(null, null, blocks, new PageFurniture(null, "dash")), new PdfRenderer(), dir, "one-line-head");
        assertThat(doc.tables()).hasSize(1);
        Table t = doc.tables().get(0);
        assertThat(t.rows().get(0).page()).as("precondition: the header line ends page 1").isEqualTo(1);
        assertThat(t.rows().get(1).page()).isEqualTo(2);
        List<List<String>> expected = new ArrayList<>();
        expected.add(header7());
        body.forEach(r -> expected.add(bodyTexts(r)));
        assertThat(texts(t)).containsExactlyElementsOf(expected);
        assertThat(doc.paragraphs()).hasSize(15);
    }

    @Test
    void aSignatureLineUnderABorderlessTableIsNotOneOfItsRows() throws Exception {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row(header7().toArray(String[]::new)));
        List<List<Cell>> body = sevenColumns(0, 3, "未完成的，扣");
        rows.addAll(body);
        String signature = "填报人：沈鹏　　　　　　联系电话：0878-84713752";
        DocSpec spec = new DocSpec(null, null, List.of(new SpecBlock.Table(rows, false, 1, false), Paragraph.body(signature)),
                PageFurniture.NONE);
        Document doc = roundTrip(spec, new PdfRenderer(), dir, "signature");
        assertThat(doc.tables()).hasSize(1);
        List<List<String>> expected = new ArrayList<>();
        expected.add(header7());
        body.forEach(r -> expected.add(bodyTexts(r)));
        assertThat(texts(doc.tables().get(0))).containsExactlyElementsOf(expected);
        assertThat(doc.paragraphs()).singleElement().satisfies(p -> assertThat(p.text()).startsWith("填报人：沈鹏").contains("联系电话：0878-84713752"));
    }

    @Test
    void aTableSplitInTwoAroundAPageBreakWithColumnsAFewPointsApartIsOneTable() throws Exception {
        // each part is laid out on its own, so the wider numbers of the second part move its
        // column boundaries by a few points; its repeated header wraps the same
        for (boolean bordered : new boolean[] {true, false}) {
            List<List<Cell>> first = new ArrayList<>();
            first.add(row(header7().toArray(String[]::new)));
            List<List<Cell>> body1 = sevenColumns(0, 3, "未完成的，扣", 60);
            first.addAll(body1);
            List<List<Cell>> second = new ArrayList<>();
            second.add(row(header7().toArray(String[]::new)));
            List<List<Cell>> body2 = sevenColumns(3, 3, "未完成的，扣", 6000);
            second.addAll(body2);
            DocSpec spec = new DocSpec(null, null, List.of(
                    new SpecBlock.Table(first, bordered, 1, true), new SpecBlock.PageBreak(false), new SpecBlock.Table(second, bordered, 1, true)),
                    new PageFurniture(null, "dash"));
            Document doc = roundTrip(spec, new PdfRenderer(), dir, "split-parts-" + bordered);
            assertThat(doc.tables()).as("bordered=%s", bordered).hasSize(1);
            Table t = doc.tables().get(0);
            assertThat(t.columnCount()).as("bordered=%s", bordered).isEqualTo(7);
            List<List<String>> expected = new ArrayList<>();
            expected.add(header7());
            body1.forEach(r -> expected.add(bodyTexts(r)));
            body2.forEach(r -> expected.add(bodyTexts(r)));
            assertThat(texts(t)).as("bordered=%s", bordered).containsExactlyElementsOf(expected);
            assertThat(t.rows()).allSatisfy(r -> assertThat(r.cells()).allSatisfy(c -> assertThat(c.colSpan()).isEqualTo(1)));
            assertThat(t.rows().get(t.rows().size() - 1).page()).isEqualTo(2);
        }
    }
}
