package org.govdoc.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphRulesTest {

    @Test
    void numberingStartsAParagraph() {
        assertThat(List.of("一、总体目标", "（一）完善机制", "(二)细化措施", "1.深入推进", "2、全面落实", "（1）按照要求",
                "①开展培训", "第三条 各单位")).allMatch(ParagraphRules::startsWithNumbering);
        assertThat(List.of("1.5个工作日以内", "2023年5月4日", "区政务服务局", "100%完成"))
                .noneMatch(ParagraphRules::startsWithNumbering);
    }
}
