package org.govdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.govdoc.model.Document;
import org.govdoc.record.Extraction;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

/** Odd inputs never make the extractors throw: random fragments of the words they look for. */
class ExtractorRobustnessTest {

    private static final String[] PIECES = {"一级指标", "二级指标", "三级指标", "指标值", "度量单位", "指标性质", "≥", "＞＝",
        "不低于", "以上", "%", "100", "69.381", "万元", "元", "亿", "壹佰", "约", "-", "至", "项目名称", "：", ":", "\t", "\n",
        "单位名称", "统一社会信用代码", "11530121MB198972XH", "2021年", "1月", "—", "空", "产出指标", "（", "）", "，", "。",
        "其中", "安排资金", "补助", "户", "人次", "第", "每", " ", "", "0", "-5", "１２３", "万", "全区新增"};

    private static String junk(Random rnd, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            b.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static Document randomDoc(Random rnd) {
        Docs d = Docs.doc();
        int blocks = 1 + rnd.nextInt(8);
        for (int i = 0; i < blocks; i++) {
            if (rnd.nextBoolean()) {
                d.p(junk(rnd, rnd.nextInt(12)));
            } else {
                int rows = rnd.nextInt(6);
                int cols = 1 + rnd.nextInt(6);
                d.table(t -> {
                    for (int r = 0; r < rows; r++) {
                        Object[] cells = new Object[cols];
                        for (int c = 0; c < cols; c++) {
                            cells[c] = rnd.nextInt(6) == 0
                                    ? Docs.span(junk(rnd, 3), 1 + rnd.nextInt(2), 1 + rnd.nextInt(2))
                                    : junk(rnd, rnd.nextInt(4));
                        }
                        t.row(cells);
                    }
                });
            }
        }
        return d.build();
    }

    @Test
    void randomDocumentsNeverThrow() {
        Random rnd = new Random(20261124L);
        Extractor extractor = new Extractor();
        for (int i = 0; i < 400; i++) {
            Document doc = randomDoc(rnd);
            assertThatCode(() -> {
                Extraction e = extractor.extract(doc);
                assertThat(e.fundingAmounts()).allSatisfy(f -> assertThat(f.amountYuan().signum()).isGreaterThanOrEqualTo(0));
            }).as("document %d: %s", i, doc.plainText()).doesNotThrowAnyException();
        }
    }
}
