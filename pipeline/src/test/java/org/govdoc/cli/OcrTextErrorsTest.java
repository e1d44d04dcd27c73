package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OcrTextErrorsTest {

    @Test
    void theSameTextHasNoErrors() {
        OcrTextErrors e = OcrTextErrors.of(List.of("关于印发工作方案的通知", "一、重点任务"), List.of("关于印发工作方案的通知", "一、重点任务"));
        assertThat(e).isEqualTo(new OcrTextErrors(0, 0, 17));
    }

    @Test
    void readingOrderAndWhitespaceAreNotErrors() {
        // the known text runs cell by cell, the recognised text row by row with spaces between cells
        List<String> cells = List.of("一级指标", "二级指标", "产出指标", "数量指标");
        List<String> rows = List.of("二级指标 一级指标", "产出指标  数量指标");
        assertThat(OcrTextErrors.of(cells, rows)).isEqualTo(new OcrTextErrors(0, 0, 16));
    }

    @Test
    void fullWidthAndHalfWidthFormsAreTheSame() {
        OcrTextErrors e = OcrTextErrors.of(List.of("（一）完成率：９０％"), List.of("(一)完成率:90%"));
        assertThat(e.missed()).isZero();
        assertThat(e.extra()).isZero();
    }

    @Test
    void aWrongCharacterIsOneMissedAndOneExtra() {
        OcrTextErrors e = OcrTextErrors.of(List.of("完成时限：2023年6月底前"), List.of("完成时限：2028年6月底前"));
        assertThat(e).isEqualTo(new OcrTextErrors(1, 1, 14));
    }

    @Test
    void aLineNotReadIsMissedWholeAndNoiseIsExtra() {
        OcrTextErrors e = OcrTextErrors.of(List.of("牵头单位：区政务服务局", "。"), List.of("牵头单位：区政务服务局", "·", "-"));
        assertThat(e).isEqualTo(new OcrTextErrors(1, 2, 12));
    }

    @Test
    void orderInsideALineCounts() {
        // as a bag of characters "21" would equal "12"; aligned, one of them is wrong
        OcrTextErrors e = OcrTextErrors.of(List.of("扣12分"), List.of("扣21分"));
        assertThat(e).isEqualTo(new OcrTextErrors(1, 1, 4));
    }

    @Test
    void aRecognisedStretchIsUsedOnce() {
        // two reference lines with the same text, read once: the second is missed
        OcrTextErrors e = OcrTextErrors.of(List.of("人次", "人次"), List.of("人次"));
        assertThat(e).isEqualTo(new OcrTextErrors(2, 0, 4));
    }

    @Test
    void aLineReadAsTwoPiecesCostsNothingButWhatIsWrongInThem() {
        List<String> known = List.of("未开展考察学习工作的，扣5分；", "人次");
        assertThat(OcrTextErrors.of(known, List.of("人次", "工作的，扣5分；", "未开展考察学习"))).isEqualTo(new OcrTextErrors(0, 0, 17));
        // a piece with one wrong character and an invented one, and a lost full stop at the end
        assertThat(OcrTextErrors.of(List.of("未开展考察学习工作的，扣5分。"), List.of("未开展考查学习", "工作的，扣5分")))
                .isEqualTo(new OcrTextErrors(2, 1, 15));
        assertThat(OcrTextErrors.of(List.of("未开展考察学习工作的"), List.of("未开展考察学习工作的x")))
                .isEqualTo(new OcrTextErrors(0, 1, 10));
    }
}
