package org.govdoc.extract.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.govdoc.extract.DocContext;
import org.govdoc.model.Document;
import org.govdoc.record.Deadline;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class DeadlineExtractorTest {

    private static final DocContext CTX = new DocContext(2023, null, null, null, null);
    private final DeadlineExtractor extractor = new DeadlineExtractor();

    private List<Deadline> of(String... paragraphs) {
        Docs b = Docs.doc();
        for (String p : paragraphs) {
            b.p(p);
        }
        return extractor.extract(b.build(), CTX);
    }

    @Test
    void datesInsideSentences() {
        List<Deadline> ds = of("审批事项的实施部门要于2023年5月30日前编制清单。各单位要在6月底前完成自查，年内实现全覆盖。");
        assertThat(ds).extracting(Deadline::date).containsExactly(
                LocalDate.of(2023, 5, 30), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 12, 31));
        assertThat(ds).extracting(Deadline::text).containsExactly("2023年5月30日前", "6月底前", "年内");
        assertThat(ds.get(0).context()).isEqualTo("审批事项的实施部门要于2023年5月30日前编制清单。");
        assertThat(ds.get(1).context()).isEqualTo("各单位要在6月底前完成自查，年内实现全覆盖。");
        assertThat(ds.get(0).location().block()).isZero();
        assertThat(ds).allSatisfy(d -> assertThat(d.recurrence()).isNull());
    }

    @Test
    void recurringObligations() {
        List<Deadline> ds = of("各牵头单位于每季度末月10日17:00前将季度工作情况报告报专项组办公室。");
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.date()).isNull();
            assertThat(d.recurrence()).isEqualTo("每季度末月10日");
            assertThat(d.text()).isEqualTo("每季度末月10日17:00前");
        });
        assertThat(of("各责任单位每季度末将工作进展情况报送牵头单位。")).singleElement()
                .satisfies(d -> assertThat(d.recurrence()).isEqualTo("每季度末"));
        assertThat(of("每年12月20日前报送年度总结。")).singleElement()
                .satisfies(d -> assertThat(d.recurrence()).isEqualTo("每年12月20日"));
    }

    @Test
    void labelledDeadlinesAndTimesOfDay() {
        List<Deadline> ds = of("完成时限：2023年10月底前，长期坚持", "把措施于2023年5月10日12:00前报专项组办公室备案。");
        assertThat(ds).extracting(Deadline::date).containsExactly(LocalDate.of(2023, 10, 31), LocalDate.of(2023, 5, 10));
        assertThat(ds.get(0).text()).isEqualTo("2023年10月底前");
        assertThat(ds.get(1).location().block()).isEqualTo(1);
    }

    @Test
    void datesThatAreNoObligations() {
        assertThat(of("2023年，政务服务实现网上可办率达99.8%。",
                "根据《方案》（国发〔2022〕5号）要求，2022年版事项清单已公布。",
                "本通知自2023年5月4日印发。",
                "每月汇聚数据至省平台。")).isEmpty();
    }

    @Test
    void impossibleYearsAreRepairedToThePlanYear() {
        assertThat(of("完成时限：2223年9月底前")).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2023, 9, 30)));
    }

    @Test
    void tableCells() {
        Document d = Docs.doc().table(t -> t.row("任务", "完成时限").row("建设平台", "2023年11月底前")).build();
        List<Deadline> ds = extractor.extract(d, CTX);
        assertThat(ds).singleElement().satisfies(x -> {
            assertThat(x.date()).isEqualTo(LocalDate.of(2023, 11, 30));
            assertThat(x.location().row()).isEqualTo(1);
        });
    }
}
