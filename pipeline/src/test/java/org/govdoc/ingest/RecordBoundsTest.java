package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.record.WarningCode;
import org.govdoc.record.DocType;
import org.govdoc.record.Extraction;
import org.govdoc.record.Figure;
import org.govdoc.record.FundingAmount;
import org.govdoc.record.Source;
import org.govdoc.record.Status;
import org.govdoc.record.Warning;
import org.junit.jupiter.api.Test;

/** What one record may carry (issue 18: one huge file ran the ingest JVM out of heap). */
class RecordBoundsTest {

    private static final Source SOURCE = new Source("in/a.txt", "a.txt", "text/plain", 1, null, "a".repeat(64), null);

    private static Extraction record(String title, List<FundingAmount> amounts, List<Figure> figures, String text) {
        return new Extraction(Extraction.SCHEMA_VERSION, null, null, Status.OK, null, DocType.OTHER, title, null, null,
                null, null, null, null, amounts, null, null, null, null, null, figures,
                List.of(new Warning("implausible_year", "已有的提示", null)), null).withSource(SOURCE, text);
    }

    private static List<FundingAmount> amounts(int n, String context) {
        List<FundingAmount> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new FundingAmount(BigDecimal.valueOf(i), i + "元", "other", null, false, context, null));
        }
        return list;
    }

    private static List<String> codes(Extraction r) {
        return r.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void aRecordWithinItsLimitsIsLeftAsItIs() {
        Extraction r = record("标题", amounts(3, "项目资金3元"), List.of(), "正文");
        assertThat(RecordBounds.apply(r, RecordLimits.DEFAULT)).isSameAs(r);
    }

    @Test
    void theTextIsCutAtTheDefaultLimitWithAWarning() {
        String text = "预".repeat(RecordLimits.DEFAULT_MAX_TEXT_CHARS + 7);
        Extraction cut = RecordBounds.apply(record("标题", List.of(), List.of(), text), RecordLimits.DEFAULT);
        assertThat(cut.text()).hasSize(1_000_000);
        assertThat(codes(cut)).containsExactly("implausible_year", WarningCode.TEXT_TRUNCATED.code());
        assertThat(cut.warnings().get(1).message()).contains("1000007").contains("1000000");
        assertThat(cut.ok()).isTrue();
        assertThat(cut.title()).isEqualTo("标题");
    }

    @Test
    void theTextIsNeverCutInsideACharacter() {
        String text = "ab\uD840\uDC00cd"; // 𠀀 is two chars
        Extraction cut = RecordBounds.apply(record(null, List.of(), List.of(), text), RecordLimits.DEFAULT.withMaxTextChars(3));
        assertThat(cut.text()).isEqualTo("ab");
    }

    @Test
    void tooManyEntriesAreCutInTheirOrder() {
        RecordLimits limits = new RecordLimits(1000, 10, 10_000, 1_000_000);
        Extraction cut = RecordBounds.apply(record(null, amounts(20, "上下文"), List.of(), "正文"), limits);
        // 10 entries in all, two kept for the warnings the bounds may add; the old warning comes
        // after the amounts and is cut too
        assertThat(cut.fundingAmounts()).hasSize(8);
        assertThat(cut.fundingAmounts()).extracting(FundingAmount::text).startsWith("0元", "1元");
        assertThat(codes(cut)).containsExactly(WarningCode.ENTRIES_TRUNCATED.code());
        assertThat(cut.warnings().get(0).message()).contains("省略了 13 条（共 21 条）");
    }

    @Test
    void anEntryLargerThanTheLimitIsLeftOutAndTheOthersKept() {
        RecordLimits limits = new RecordLimits(1000, 10_000, 1_000, 1_000_000);
        List<FundingAmount> list = new ArrayList<>(amounts(2, "短"));
        list.add(1, new FundingAmount(BigDecimal.ONE, "1元", "other", null, false, "长".repeat(5_000), null));
        Figure figure = new Figure("人数", BigDecimal.TEN, "人", "10人", "共10人", null);
        Extraction cut = RecordBounds.apply(record(null, list, List.of(figure), "正文"), limits);
        assertThat(cut.fundingAmounts()).extracting(FundingAmount::context).containsExactly("短", "短");
        assertThat(cut.figures()).containsExactly(figure);
        assertThat(codes(cut)).contains(WarningCode.ENTRIES_TRUNCATED.code());
    }

    @Test
    void allEntriesTogetherAreBounded() {
        RecordLimits limits = new RecordLimits(1000, 10_000, 10_000, 3_000);
        Extraction cut = RecordBounds.apply(record(null, amounts(100, "上".repeat(100)), List.of(), null), limits);
        assertThat(cut.fundingAmounts().size()).isBetween(10, 25);
        assertThat(codes(cut)).contains(WarningCode.ENTRIES_TRUNCATED.code());
    }

    @Test
    void aRecordWhoseOwnFieldsAreTooLargeFailsAsTooLarge() {
        RecordLimits limits = new RecordLimits(1000, 10_000, 1_000, 1_000_000);
        Extraction r = RecordBounds.apply(record("题".repeat(2_000), List.of(), List.of(), "正文"), limits);
        assertThat(r.ok()).isFalse();
        assertThat(r.error().code()).isEqualTo("too_large");
        assertThat(r.source()).isEqualTo(SOURCE);
    }

    @Test
    void failedRecordsAreLeftAsTheyAre() {
        Extraction failed = Extraction.failed(SOURCE, org.govdoc.record.ErrorInfo.of(org.govdoc.record.ErrorCode.CORRUPT, "坏"));
        assertThat(RecordBounds.apply(failed, new RecordLimits(0, 0, 1, 1))).isSameAs(failed);
    }
}
