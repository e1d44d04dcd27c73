package org.govdoc.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.govdoc.model.Block;
import org.govdoc.model.Box;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.model.OcrDigits;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Table;
import org.junit.jupiter.api.Test;

/** Every block and cell read from pages gets its box; text read by OCR also its confidence and numbers. */
class ProvenanceTest {

    /** Hand-made text as one OCR run (OCR boxes a line's run, not each glyph), every char read at this probability. */
    private static List<TextBox> recognised(String s, float x, float top, float size, float confidence) {
        float[] c = new float[s.length()];
        java.util.Arrays.fill(c, confidence);
        return List.of(run(s, x, top, size, c));
    }

    private static TextBox run(String s, float x, float top, float size, float[] confidences) {
        List<TextBox> glyphs = Boxes.text(s, x, top, size);
        TextBox last = glyphs.get(glyphs.size() - 1);
        return new TextBox(s, x, top, last.right() - x, size, size, false, confidences);
    }

    /** A two-column ruled table at 100..140 (rows of 20pt), columns 72 | 200 | 520. */
    private static void table(List<TextBox> boxes, List<Rule> rules, List<TextBox> a, List<TextBox> b) {
        rules.add(Rule.horizontal(100, 72, 520));
        rules.add(Rule.horizontal(120, 72, 520));
        rules.add(Rule.horizontal(140, 72, 520));
        rules.add(Rule.vertical(72, 100, 140));
        rules.add(Rule.vertical(200, 100, 140));
        rules.add(Rule.vertical(520, 100, 140));
        boxes.addAll(Boxes.text("项目名称", 78, 105, 10));
        boxes.addAll(Boxes.text("资金", 206, 105, 10));
        boxes.addAll(a);
        boxes.addAll(b);
    }

    private static Document read(List<TextBox> boxes, List<Rule> rules) {
        List<Block> blocks = new LayoutAnalyzer().analyze(List.of(new PageContent(1, 595, 842, boxes, rules)));
        return new Document(blocks, DocumentMetadata.empty("application/pdf"));
    }

    @Test
    void bornDigitalBlocksAndCellsGetBoxesButNoConfidence() {
        List<TextBox> boxes = new ArrayList<>(Boxes.text("一、绩效目标", 72, 60, 12));
        List<Rule> rules = new ArrayList<>();
        table(boxes, rules, Boxes.text("培训", 78, 125, 10), Boxes.text("12.5万元", 206, 125, 10));

        Document doc = read(boxes, rules);

        Paragraph p = doc.paragraphs().get(0);
        assertThat(p.location().box()).isEqualTo(new Box(72, 60, 6 * 12, 12));
        assertThat(p.location().confidence()).isNull();
        assertThat(p.ocrDigits()).isEmpty();
        Table t = doc.tables().get(0);
        Cell amount = t.rows().get(1).cells().get(1);
        assertThat(amount.text()).isEqualTo("12.5万元");
        assertThat(amount.location().box()).as("a ruled cell's box is its frame").isEqualTo(new Box(200, 120, 320, 20));
        assertThat(amount.location().confidence()).isNull();
        assertThat(t.location().box()).as("the table: its cells together").isEqualTo(new Box(72, 100, 448, 40));
    }

    @Test
    void ocrTextGetsItsLowestCharacterProbabilityAndItsNumbers() {
        List<TextBox> boxes = new ArrayList<>(recognised("一、绩效目标", 72, 60, 12, 0.97f));
        List<Rule> rules = new ArrayList<>();
        // the run's "5" doubtful, and its unit more so outside the number
        List<TextBox> amount = List.of(run("12.5万元", 206, 125, 10, new float[] {0.98f, 0.98f, 0.97f, 0.52f, 0.99f, 0.45f}));
        table(boxes, rules, recognised("培训", 78, 125, 10, 0.99f), amount);

        Document doc = read(boxes, rules);

        assertThat(doc.paragraphs().get(0).location().confidence()).isCloseTo(0.97, within(1e-6));
        Cell cell = doc.tables().get(0).rows().get(1).cells().get(1);
        assertThat(cell.location().confidence()).as("the cell's weakest character").isCloseTo(0.45, within(1e-6));
        assertThat(cell.ocrDigits()).as("the number's weakest character").containsExactly(new OcrDigits("125", 0.52f));
        assertThat(doc.tables().get(0).location().confidence()).as("the table: its weakest cell").isCloseTo(0.45, within(1e-6));
        // the header row was not recognised
        assertThat(doc.tables().get(0).rows().get(0).cells().get(0).location().confidence()).isNull();
    }

    @Test
    void aCellFoundByAlignmentHasTheBoxOfItsText() {
        List<TextBox> boxes = new ArrayList<>();
        String[][] rows = {{"指标名称", "指标值", "单位"}, {"培训人次", "50", "人次"}, {"宣传次数", "4", "次"},
            {"满意度", "90", "%"}};
        float y = 100;
        for (String[] r : rows) {
            boxes.addAll(recognised(r[0], 72, y, 10, 0.95f));
            boxes.addAll(recognised(r[1], 250, y, 10, 0.93f));
            boxes.addAll(recognised(r[2], 400, y, 10, 0.99f));
            y += 20;
        }

        Document doc = read(boxes, List.of());

        assertThat(doc.tables()).hasSize(1);
        Cell fifty = doc.tables().get(0).rows().get(1).cells().get(1);
        assertThat(fifty.text()).isEqualTo("50");
        assertThat(fifty.location().box()).isEqualTo(new Box(250, 120, 10, 10));
        assertThat(fifty.location().confidence()).isCloseTo(0.93, within(1e-6));
        assertThat(fifty.ocrDigits()).containsExactly(new OcrDigits("50", 0.93f));
    }
}
