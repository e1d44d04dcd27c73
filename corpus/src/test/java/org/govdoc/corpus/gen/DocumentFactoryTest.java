package org.govdoc.corpus.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.eval.EvalText;
import org.govdoc.record.DocType;
import org.junit.jupiter.api.Test;

class DocumentFactoryTest {

    private static final Divisions DIVISIONS = Divisions.yunnan();
    private static final int N = 400;

    @Test
    void sameSeedGivesTheSameSpecAndTheSameGoldBytes() {
        DocumentFactory a = new DocumentFactory(11, DIVISIONS);
        DocumentFactory b = new DocumentFactory(11, DIVISIONS);
        for (int i = 0; i < 50; i++) {
            GeneratedDocument x = a.create(i);
            GeneratedDocument y = b.create(i);
            assertThat(y.spec()).isEqualTo(x.spec());
            assertThat(y.stem()).isEqualTo(x.stem());
            assertThat(GoldWriter.toBytes(y.gold())).isEqualTo(GoldWriter.toBytes(x.gold()));
        }
        // document 37 does not depend on what was made before it
        assertThat(GoldWriter.toBytes(new DocumentFactory(11, DIVISIONS).create(37).gold()))
                .isEqualTo(GoldWriter.toBytes(a.create(37).gold()));
    }

    @Test
    void otherSeedsGiveOtherDocuments() {
        DocumentFactory a = new DocumentFactory(1, DIVISIONS);
        DocumentFactory b = new DocumentFactory(2, DIVISIONS);
        int same = 0;
        for (int i = 0; i < 20; i++) {
            if (Arrays.equals(GoldWriter.toBytes(a.create(i).gold()), GoldWriter.toBytes(b.create(i).gold()))) {
                same++;
            }
        }
        assertThat(same).isZero();
    }

    @Test
    void coversEveryKindAndManyDistrictsAndYears() {
        DocumentFactory f = new DocumentFactory(5, DIVISIONS);
        Set<DocType> kinds = new HashSet<>();
        Set<String> districts = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        Set<String> stems = new HashSet<>();
        for (int i = 0; i < N; i++) {
            GeneratedDocument d = f.create(i);
            kinds.add(d.gold().docType());
            districts.add(d.gold().region().name());
            years.add(d.gold().year());
            assertThat(stems.add(d.stem())).as("unique stem").isTrue();
            assertThat(d.stem()).startsWith(String.format("%06d_", i)).doesNotContain(".", "/", "\\");
        }
        assertThat(kinds).containsExactlyInAnyOrder(DocType.values());
        assertThat(districts.size()).isGreaterThan(30);
        assertThat(years).containsExactlyInAnyOrder(2019, 2020, 2021, 2022, 2023, 2024, 2025);
    }

    @Test
    void everyIndicatorRowOfTheTableIsInTheGoldAndBack() {
        DocumentFactory f = new DocumentFactory(9, DIVISIONS);
        int budgets = 0;
        for (int i = 0; i < N; i++) {
            GeneratedDocument d = f.create(i);
            if (d.gold().docType() != DocType.BUDGET_PROJECT) {
                continue;
            }
            budgets++;
            List<String> inTables = new ArrayList<>();
            int lastColumn = -1;
            for (SpecBlock.Table t : SpecText.tables(d.spec())) {
                int col = SpecText.columnIndex(t, "三级指标");
                if (col < 0 && t.headerRows() == 0 && lastColumn >= 0) {
                    col = lastColumn; // a continuation without a repeated header
                }
                if (col >= 0) {
                    SpecText.bodyColumn(t, col).stream().filter(s -> !s.isEmpty()).forEach(inTables::add);
                    lastColumn = col;
                }
            }
            List<String> gold = d.gold().indicators().stream().map(Gold.Indicator::level3).toList();
            assertThat(inTables).as(d.stem()).containsExactlyElementsOf(gold);
            assertThat(new HashSet<>(gold)).as("level3 names distinct").hasSameSizeAs(gold);
            for (Gold.Indicator ind : d.gold().indicators()) {
                assertThat(ind.operator()).isIn(">", ">=", "=", "<", "<=", null);
                assertThat(ind.level1()).isIn("产出指标", "效益指标", "满意度指标");
                assertThat(ind.value() == null).isEqualTo(ind.unit() == null);
            }
        }
        assertThat(budgets).isGreaterThan(N / 5);
    }

    @Test
    void orgCodesAreValidExceptTheFlaggedOnes() {
        DocumentFactory f = new DocumentFactory(13, DIVISIONS);
        int flagged = 0;
        int budgets = 0;
        for (int i = 0; i < N * 2; i++) {
            GeneratedDocument d = f.create(i);
            Gold.Project p = d.gold().project();
            if (p == null) {
                continue;
            }
            budgets++;
            boolean valid = OrgCode.isValid(p.orgCode());
            assertThat(p.orgCodeValid()).as(p.orgCode()).isEqualTo(valid);
            assertThat(d.gold().warnings().contains("org_code_check_digit")).isEqualTo(!valid);
            assertThat(SpecText.all(d.spec())).contains(p.orgCode(), p.name(), p.unit());
            assertThat(p.orgCode().substring(2, 8)).isEqualTo(d.gold().region().code());
            flagged += valid ? 0 : 1;
        }
        assertThat(flagged).isPositive().isLessThan(budgets / 4);
    }

    @Test
    void tasksAreWrittenInTheBodyWithTheirUnitsAndDistinctKeys() {
        DocumentFactory f = new DocumentFactory(17, DIVISIONS);
        int typos = 0;
        for (int i = 0; i < N; i++) {
            GeneratedDocument d = f.create(i);
            String all = EvalText.norm(SpecText.all(d.spec()));
            Set<String> keys = new HashSet<>();
            int twoDates = 0;
            for (Gold.Task t : d.gold().tasks()) {
                assertThat(all).as(d.stem()).contains(EvalText.norm(t.text()));
                assertThat(keys.add(EvalText.taskKey(t.text()))).as("key unique: " + t.text()).isTrue();
                assertThat(t.responsibleUnits()).isNotEmpty();
                for (String u : t.leadUnits()) {
                    assertThat(all).contains("牵头");
                    assertThat(all).contains(EvalText.norm(u));
                }
                if (t.dates().size() == 2) {
                    twoDates++;
                    assertThat(all).contains(t.dates().get(1).getYear() + "年");
                }
            }
            // one warning per misprinted 完成时限; a block shared by several tasks gives them all two dates
            long warned = d.gold().warnings().stream().filter("implausible_year"::equals).count();
            assertThat(warned > 0).isEqualTo(twoDates > 0);
            assertThat(warned).isLessThanOrEqualTo(twoDates);
            typos += twoDates;
            if (d.gold().docType() == DocType.WORK_PLAN) {
                assertThat(d.gold().tasks()).as(d.stem()).isNotEmpty();
            } else {
                assertThat(d.gold().tasks()).isEmpty();
            }
        }
        assertThat(typos).isPositive();
    }

    @Test
    void amountsDocumentNumbersAndDatesArePrinted() {
        DocumentFactory f = new DocumentFactory(23, DIVISIONS);
        Pattern number = Pattern.compile("(\\D+)〔(\\d{4})〕(\\d+)号");
        for (int i = 0; i < N; i++) {
            GeneratedDocument d = f.create(i);
            String all = SpecText.all(d.spec());
            for (Gold.Amount a : d.gold().fundingAmounts()) {
                assertThat(all).contains(a.text());
            }
            String no = d.gold().docNumber();
            if (no != null) {
                Matcher m = number.matcher(no);
                assertThat(m.matches()).as(no).isTrue();
                assertThat(Integer.parseInt(m.group(2))).isEqualTo(d.gold().year());
                // printed with one of the bracket habits
                assertThat(EvalText.norm(all)).containsAnyOf(EvalText.norm(no),
                        EvalText.norm(no.replace('〔', '（').replace('〕', '）')));
            }
            if (d.gold().issueDate() != null) {
                assertThat(d.gold().issueDate().getYear()).isEqualTo(d.gold().year());
                String compact = Numerals.compactDate(d.gold().issueDate());
                assertThat(all).containsAnyOf(Numerals.date(d.gold().issueDate()),
                        Numerals.dateChinese(d.gold().issueDate()), compact == null ? "\u0000" : "\n" + compact + "\n");
            }
            if (d.gold().proposal() != null) {
                Gold.Proposal p = d.gold().proposal();
                // the number as written (第27号, 27号, 第027号); the outcome only where stated
                assertThat(all).contains(p.meeting(), p.number() + "号", p.proposer(), p.contactPerson(),
                        p.contactPhone());
                if (p.outcome() != null) {
                    assertThat(all).contains(p.outcome());
                }
            }
        }
    }

    @Test
    void allocationsMatchTheirPrintedText() {
        DocumentFactory f = new DocumentFactory(29, DIVISIONS);
        for (int i = 0; i < N; i++) {
            for (Gold.Amount a : f.create(i).gold().fundingAmounts()) {
                String t = a.text();
                // with its unit (69.381万元, 854万), or a bare number under a label in 万元 or in 元
                List<java.math.BigDecimal> readings = t.endsWith("元") || t.endsWith("万")
                        ? java.util.Collections.singletonList(EvalText.dec(t))
                        : java.util.Arrays.asList(EvalText.dec(t + "万"), EvalText.dec(t));
                assertThat(readings).as(t).doesNotContainNull();
                assertThat(readings).as(t + " = " + a.amountYuan()).anyMatch(p -> p.compareTo(a.amountYuan()) == 0);
            }
        }
    }

    @Test
    void budgetDeclarationsWriteTheirMoneyInEachWay() {
        DocumentFactory f = new DocumentFactory(31, DIVISIONS);
        java.util.Map<String, Integer> roles = new java.util.HashMap<>();
        int wanWithoutYuan = 0;
        int separators = 0;
        int repeated = 0;
        int captioned = 0;
        // every variation is drawn with a fair chance: a few hundred documents show each of them
        for (int i = 0; i < 1000 && (wanWithoutYuan * separators * repeated * captioned == 0 || !roles.keySet().containsAll(List.of("allocation", "component", "midterm", "total"))); i++) {
            GeneratedDocument d = f.create(i);
            String all = SpecText.all(d.spec());
            for (Gold.Amount a : d.gold().fundingAmounts()) {
                roles.merge(a.role(), 1, Integer::sum);
                wanWithoutYuan += a.text().endsWith("万") ? 1 : 0;
                separators += a.text().contains(",") && !a.text().endsWith("元") ? 1 : 0;
            }
            repeated += all.contains("其中：财政拨款（万元）") || all.contains("，其中财政拨款") ? 1 : 0;
            captioned += all.contains("金额单位：万元") ? 1 : 0;
        }
        assertThat(roles).containsKeys("allocation", "component", "midterm", "total");
        assertThat(wanWithoutYuan).isPositive();
        assertThat(separators).isPositive();
        assertThat(repeated).isPositive();
        assertThat(captioned).isPositive();
    }

    @Test
    void theListedPartsAddUpToTheirTotal() {
        DocumentFactory f = new DocumentFactory(37, DIVISIONS);
        int checked = 0;
        for (int i = 0; i < N; i++) {
            List<Gold.Amount> amounts = f.create(i).gold().fundingAmounts();
            List<Gold.Amount> parts = amounts.stream().filter(a -> a.role().equals("component")).toList();
            if (parts.isEmpty()) {
                continue;
            }
            java.math.BigDecimal sum = parts.stream().map(Gold.Amount::amountYuan)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            java.math.BigDecimal total = amounts.stream().filter(a -> a.role().equals("allocation")).findFirst()
                    .orElseThrow().amountYuan();
            assertThat(sum).isEqualByComparingTo(total);
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void aCompactDateIsPrintedOnlyWhereItReadsOneWay() {
        assertThat(Numerals.compactDate(java.time.LocalDate.of(2023, 6, 19))).isEqualTo("2023619");
        assertThat(Numerals.compactDate(java.time.LocalDate.of(2023, 8, 21))).isEqualTo("2023821");
        assertThat(Numerals.compactDate(java.time.LocalDate.of(2023, 1, 11))).isNull(); // 2023111: 1-11 or 11-1
        assertThat(Numerals.compactDate(java.time.LocalDate.of(2023, 10, 5))).isNull(); // 2023105: 10-5 or 1-05
        assertThat(Numerals.compactDate(java.time.LocalDate.of(2023, 12, 25))).isEqualTo("20231225");
    }

    @Test
    void aTownshipsReplyNamesItsTownshipOnlyAndTheGoldGivesItsCounty() {
        DocumentFactory f = new DocumentFactory(9, DIVISIONS);
        int seen = 0;
        for (int i = 0; i < 400; i++) {
            GeneratedDocument d = f.create(i);
            Gold.Proposal p = d.gold().proposal();
            if (p == null || !p.meeting().contains("人民代表大会") || p.meeting().contains(d.gold().region().name())) {
                continue;
            }
            String township = p.meeting().substring(0, p.meeting().indexOf('第'));
            assertThat(DIVISIONS.townships(d.gold().region())).contains(township);
            assertThat(SpecText.all(d.spec())).doesNotContain(d.gold().region().name());
            assertThat(p.replyingUnit()).isEqualTo(township + "人民政府");
            seen++;
        }
        assertThat(seen).as("township replies among 400 documents").isPositive();
    }
}
