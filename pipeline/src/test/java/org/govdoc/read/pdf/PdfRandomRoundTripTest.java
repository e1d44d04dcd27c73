package org.govdoc.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.govdoc.corpus.render.PdfRenderer;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random documents rendered and read back: ruled tables with random row and column spans,
 * multi-line cells and page breaks inside them; running text with numbering, headings, Latin
 * words, landscape pages and furniture. Cell texts are compared without their line breaks: a
 * hard break after a line that happens to fill its cell cannot be told from a wrap (see
 * docs/pdf-layout.md); everything else must equal the spec.
 */
class PdfRandomRoundTripTest {

    private static final String[] PHRASES = {"开展营商环境专题培训", "区政务服务局", "2023年6月底前", "≥90%", "定量指标",
        "满意度", "完成第3项改革任务并对外公布相关清单", "50", "人次", "年初工作计划及项目实施方案",
        "未开展考察学习工作的，扣10分", "PDF layout", "备注"};
    private static final String[] SENTENCES = {"深入贯彻落实党中央国务院关于优化营商环境的决策部署，", "持续深化放管服改革，",
        "依托省政务服务平台统一提供政务服务，", "全年安排资金69.381万元。", "系统采用 Apache PDFBox 3 实现，",
        "完成率达到100%以上。", "推动“一网通办”“跨省通办”落地见效；", "（详见附件2）。"};
    private static final String[] NUMBERS = {"", "", "", "一、", "（二）", "3.", "（4）"};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void ruledTablesWithRandomSpans(int seed) throws Exception {
        Random r = new Random(seed);
        int cols = 2 + r.nextInt(5);
        int rows = 2 + r.nextInt(40);
        boolean[][] taken = new boolean[rows][cols];
        List<List<SpecBlock.Cell>> spec = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<SpecBlock.Cell> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                if (taken[i][c]) {
                    continue;
                }
                int rowSpan = c > 0 && r.nextInt(8) == 0 ? 1 + r.nextInt(Math.min(3, rows - i)) : 1;
                int free = 1;
                while (c + free < cols && !taken[i][c + free]) {
                    free++;
                }
                int colSpan = r.nextInt(8) == 0 ? 1 + r.nextInt(Math.min(3, free)) : 1;
                for (int dr = 0; dr < rowSpan; dr++) {
                    for (int dc = 0; dc < colSpan; dc++) {
                        taken[i + dr][c + dc] = true;
                    }
                }
                String text = PHRASES[r.nextInt(PHRASES.length)];
                if (r.nextInt(6) == 0) {
                    text += "\n" + PHRASES[r.nextInt(PHRASES.length)];
                }
                row.add(new SpecBlock.Cell(text, rowSpan, colSpan));
            }
            spec.add(row);
        }
        SpecBlock.Table table = new SpecBlock.Table(spec, true, 1, r.nextBoolean());
        DocSpec doc = new DocSpec(null, null, List.of(SpecBlock.Paragraph.body("表格如下。"), table,
                SpecBlock.Paragraph.body("表格结束。")), new PageFurniture(r.nextBoolean() ? "某某区财政局" : null, "dash"));

        Document read = GoldComparison.roundTrip(doc, new PdfRenderer(), dir, "table-" + seed);

        assertThat(read.paragraphs()).extracting(Paragraph::text).containsExactly("表格如下。", "表格结束。");
        assertThat(read.tables()).hasSize(1);
        assertThat(withoutBreaks(GoldComparison.cells(read.tables().get(0))))
                .containsExactlyElementsOf(withoutBreaks(GoldComparison.goldCells(table)));
        GoldComparison.assertNoSpacesInsideChinese(read);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void runningTextWithNumberingHeadingsAndPageBreaks(int seed) throws Exception {
        Random r = new Random(seed);
        List<SpecBlock> blocks = new ArrayList<>();
        blocks.add(new SpecBlock.Paragraph("关于印发工作方案的通知", 1, true));
        int n = 5 + r.nextInt(30);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder(NUMBERS[r.nextInt(NUMBERS.length)]);
            int k = 1 + r.nextInt(6);
            for (int j = 0; j < k; j++) {
                sb.append(SENTENCES[r.nextInt(SENTENCES.length)]);
            }
            blocks.add(new SpecBlock.Paragraph(sb.toString(), r.nextInt(8) == 0 ? 2 : 0, false));
            if (r.nextInt(25) == 0) {
                blocks.add(new SpecBlock.PageBreak(r.nextBoolean()));
            }
        }
        String[] styles = {null, "dash", "of"};
        DocSpec doc = new DocSpec(null, null, blocks,
                new PageFurniture(r.nextBoolean() ? "某某区人民政府" : null, styles[r.nextInt(styles.length)]));

        Document read = GoldComparison.roundTrip(doc, new PdfRenderer(), dir, "text-" + seed);

        assertThat(read.tables()).isEmpty();
        assertThat(read.paragraphs()).extracting(Paragraph::text).containsExactlyElementsOf(GoldComparison.goldParagraphs(doc));
    }

    private static List<String> withoutBreaks(List<String> cells) {
        return cells.stream().map(c -> c.replace("\n", "").replace(" ", "")).toList();
    }
}
