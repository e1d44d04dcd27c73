package org.govdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.govdoc.model.Document;
import org.govdoc.record.DocType;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

/** The metadata, region, task, deadline, unit and proposal extractors as wired into {@link Extractor}. */
class ExtractorPlanFieldsTest {

    @Test
    void aSmallWorkPlanEndToEnd() throws Exception {
        Document d = Docs.doc()
                .p("昆明市东川区人民政府办公室")
                .p("东政办发〔2023〕12号")
                .p("东川区2023年政务服务工作方案")
                .p("一、重点任务")
                .p("（一）推进标准化")
                .p("1.编制事项清单。")
                .p("2.更新办事指南。")
                .p("牵头单位：区政务局")
                .p("责任单位：区发改局、各乡镇（街道）")
                .p("完成时限：6月底前，长期坚持")
                .p("二、保障措施")
                .p("各牵头单位于每季度末月10日前报送进展。")
                .p("昆明市东川区人民政府办公室")
                .p("2023年4月28日")
                .build();
        Extraction e = new Extractor().extract(d);
        assertThat(e.docType()).isEqualTo(DocType.WORK_PLAN);
        assertThat(e.title()).isEqualTo("东川区2023年政务服务工作方案");
        assertThat(e.docNumber()).isEqualTo("东政办发〔2023〕12号");
        assertThat(e.issuer()).isEqualTo("昆明市东川区人民政府办公室");
        assertThat(e.issueDate()).isEqualTo(LocalDate.of(2023, 4, 28));
        assertThat(e.year()).isEqualTo(2023);
        assertThat(e.region().district()).isEqualTo("东川区");
        assertThat(e.region().code()).isEqualTo("530113");
        assertThat(e.tasks()).hasSize(2).allSatisfy(t -> {
            assertThat(t.deadline().date()).isEqualTo(LocalDate.of(2023, 6, 30));
            assertThat(t.deadline().ongoing()).isTrue();
            assertThat(t.responsibleUnits()).containsExactly("区发改局", "各乡镇（街道）");
        });
        assertThat(e.deadlines()).extracting(x -> x.recurrence()).contains("每季度末月10日");
        assertThat(e.units()).anySatisfy(u -> {
            assertThat(u.canonical()).isEqualTo("东川区发展和改革局");
            assertThat(u.roles()).containsExactly("responsible");
        });
        assertThat(e.units()).anySatisfy(u -> assertThat(u.canonical()).isEqualTo("东川区政务服务管理局"));
        assertThat(e.proposal()).isNull();
        String json = RecordJson.mapper().writeValueAsString(e);
        assertThat(json).contains("\"date\":\"2023-06-30\"").contains("\"origin\":\"body\"");
    }
}
