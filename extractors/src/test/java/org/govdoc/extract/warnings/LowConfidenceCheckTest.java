package org.govdoc.extract.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.model.Block;
import org.govdoc.model.Box;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.model.Location;
import org.govdoc.model.OcrDigits;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.govdoc.record.Deadline;
import org.govdoc.record.FundingAmount;
import org.govdoc.record.Indicator;
import org.govdoc.record.Warning;
import org.govdoc.record.WarningCode;
import org.junit.jupiter.api.Test;

/** Numbers the extractors used, read by OCR surely or not, in hand-made documents. */
class LowConfidenceCheckTest {

    private static final Box BOX = new Box(72, 100, 200, 20);

    /** A table (block 0) of one row: 项目资金 | the amount, the amount cell read with these digits. */
    private static Document amountTable(String amount, Double confidence, List<OcrDigits> digits) {
        Location label = Location.ofCell(1, 0, 0, 0, 0).withProvenance(BOX, confidence == null ? null : 0.99);
        Location value = Location.ofCell(1, 0, 0, 0, 1).withProvenance(BOX, confidence);
        Row row = new Row(0, 1, List.of(new Cell("项目资金", 0, 0, 1, 1, label),
                new Cell(amount, 0, 1, 1, 1, value, digits)));
        Table t = new Table(0, List.of(row), new Location(1, 0, 0, null, null, BOX, confidence));
        return new Document(List.<Block>of(t), DocumentMetadata.empty("application/pdf"));
    }

    private static List<Warning> run(Document doc, ExtractionDraft draft) {
        new LowConfidenceCheck().extract(doc, draft);
        return draft.warnings();
    }

    private static ExtractionDraft amount(String text, Location at) {
        ExtractionDraft draft = new ExtractionDraft();
        draft.fundingAmounts().add(new FundingAmount(new BigDecimal("693810"), text, "allocation", null, false, "", at));
        return draft;
    }

    @Test
    void anAmountWhoseDigitsOcrDoubtedIsFlaggedAtItsLocation() {
        Document doc = amountTable("69.381万元", 0.42, List.of(new OcrDigits("69381", 0.42)));
        Location at = doc.tables().get(0).rows().get(0).cells().get(1).location();

        List<Warning> w = run(doc, amount("69.381万元", at));

        assertThat(w).hasSize(1);
        assertThat(w.get(0).kind()).isEqualTo(WarningCode.LOW_CONFIDENCE);
        assertThat(w.get(0).location()).isEqualTo(at);
        assertThat(w.get(0).message()).contains("69.381万元", "0.42");
    }

    @Test
    void anAmountReadSurelyIsNotFlagged() {
        Document doc = amountTable("69.381万元", 0.97, List.of(new OcrDigits("69381", 0.97)));
        Location at = doc.tables().get(0).rows().get(0).cells().get(1).location();

        assertThat(run(doc, amount("69.381万元", at))).isEmpty();
    }

    @Test
    void textThatWasNotRecognisedIsNeverFlagged() {
        Document doc = amountTable("69.381万元", null, List.of());
        Location at = doc.tables().get(0).rows().get(0).cells().get(1).location();

        assertThat(run(doc, amount("69.381万元", at))).isEmpty();
    }

    @Test
    void aDoubtfulCharacterOutsideTheNumberDoesNotFlagIt() {
        // the cell's weakest character is the unit (0.40), its digits were read at 0.96
        Document doc = amountTable("69.381万元", 0.40, List.of(new OcrDigits("69381", 0.96)));
        Location at = doc.tables().get(0).rows().get(0).cells().get(1).location();

        assertThat(run(doc, amount("69.381万元", at))).isEmpty();
    }

    @Test
    void anIndicatorTargetIsFoundInTheOtherCellsOfItsRow() {
        Location name = Location.ofCell(1, 0, 0, 0, 0).withProvenance(BOX, 0.99);
        Location target = Location.ofCell(1, 0, 0, 0, 1).withProvenance(BOX, 0.55);
        Row row = new Row(0, 1, List.of(new Cell("培训人次", 0, 0, 1, 1, name),
                new Cell("≥50人次", 0, 1, 1, 1, target, List.of(new OcrDigits("50", 0.55)))));
        Document doc = new Document(List.<Block>of(new Table(0, List.of(row), new Location(1, 0, 0, null, null))),
                DocumentMetadata.empty("application/pdf"));
        ExtractionDraft draft = new ExtractionDraft();
        draft.indicators().add(new Indicator("产出指标", "数量指标", "培训人次", ">=", new BigDecimal("50"), "≥50人次",
                "人次", null, null, null, null, name));

        List<Warning> w = run(doc, draft);

        assertThat(w).hasSize(1);
        assertThat(w.get(0).location()).as("the indicator's own location, so the index flags its entry").isEqualTo(name);
        assertThat(w.get(0).message()).contains("第1行第2列");
    }

    @Test
    void aDeadlineInAParagraphIsJudgedByItsOwnDigitsNotByTheParagraphsWeakestCharacter() {
        Location at = Location.ofBlock(1, 0).withProvenance(BOX, 0.30);
        Paragraph p = new Paragraph("各单位于2021年12月31日前报送，联系人张三。", null, at,
                List.of(new OcrDigits("2021", 0.99), new OcrDigits("12", 0.98), new OcrDigits("31", 0.61)));
        Document doc = new Document(List.<Block>of(p), DocumentMetadata.empty("application/pdf"));
        ExtractionDraft sure = new ExtractionDraft();
        sure.deadlines().add(new Deadline(LocalDate.of(2021, 12, 31), null, "2021年12月", "", at));
        ExtractionDraft doubtful = new ExtractionDraft();
        doubtful.deadlines().add(new Deadline(LocalDate.of(2021, 12, 31), null, "2021年12月31日", "", at));

        assertThat(run(doc, sure)).isEmpty();
        assertThat(run(doc, doubtful)).singleElement().satisfies(w -> assertThat(w.message()).contains("31", "0.61"));
    }

    @Test
    void aNumberReadOnceDoubtfullyAndOnceSurelyInThePlaceCountsWithItsBestReading() {
        Document doc = amountTable("50万元（50万元）", 0.5,
                List.of(new OcrDigits("50", 0.5), new OcrDigits("50", 0.95)));
        Location at = doc.tables().get(0).rows().get(0).cells().get(1).location();

        assertThat(run(doc, amount("50万元", at))).isEmpty();
    }

    @Test
    void theYearIsMatchedAnywhereAndPointsAtItsBestReading() {
        Location title = Location.ofBlock(1, 0).withProvenance(BOX, 0.5);
        Paragraph p = new Paragraph("某区2021年项目支出绩效目标表", null, title, List.of(new OcrDigits("2021", 0.5)));
        Document doc = new Document(List.<Block>of(p), DocumentMetadata.empty("application/pdf"));
        ExtractionDraft draft = new ExtractionDraft();
        draft.year(2021);

        assertThat(run(doc, draft)).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo(title);
            assertThat(w.kind()).isEqualTo(WarningCode.LOW_CONFIDENCE);
        });
        ExtractionDraft other = new ExtractionDraft();
        other.year(2022);
        assertThat(run(doc, other)).as("a year no reading shows: no evidence either way").isEmpty();
    }
}
