package org.govdoc.read;

import java.util.List;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.corpus.spec.SpecBlock.Cell;

/**
 * The document the format tests render and read back (and from which the committed DOC/XLS/ODT/RTF
 * fixtures were made): a heading, body text, and a table with a horizontally merged cell, a
 * vertically merged cell, a multi-line cell and an empty cell.
 *
 * <pre>
 * row 0: 一级指标 | 二级指标 | 三级指标 | 指标值
 * row 1: 产出指标 (rowSpan 2) | 数量指标 | 培训人次 | 300人次
 * row 2:                      | 质量指标 | 合格率\n（抽查） | (empty)
 * row 3: 备注 (colSpan 3)                          | 无
 * </pre>
 */
final class SampleSpecs {

    static final String TITLE = "呈贡区2021年营商环境改革工作经费项目";
    static final String HEADING = "一、项目基本情况";
    static final String BODY = "项目资金69.381万元，用于营商环境改革工作。";

    private SampleSpecs() {
    }

    static SpecBlock.Table table() {
        return new SpecBlock.Table(List.of(
                List.of(Cell.of("一级指标"), Cell.of("二级指标"), Cell.of("三级指标"), Cell.of("指标值")),
                List.of(new Cell("产出指标", 2, 1), Cell.of("数量指标"), Cell.of("培训人次"), Cell.of("300人次")),
                List.of(Cell.of("质量指标"), Cell.of("合格率\n（抽查）"), Cell.of("")),
                List.of(new Cell("备注", 1, 3), Cell.of("无"))), true, 1, true);
    }

    static DocSpec doc() {
        return new DocSpec(TITLE, "财政局", List.of(
                new SpecBlock.Paragraph(TITLE, 1, true),
                new SpecBlock.Paragraph(HEADING, 2, false),
                SpecBlock.Paragraph.body(BODY),
                table(),
                SpecBlock.Paragraph.body("二、绩效目标")), new PageFurniture("呈贡区财政局", "dash"));
    }
}
