package org.govdoc.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govdoc.extract.FieldGroup;
import org.govdoc.record.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    static final String BUDGET_GOLD = """
            {"docType": "budget_project", "region": {"district": "呈贡区"}, "year": 2021, "docNumber": null,
             "project": {"name": "优化提质营商环境改革工作经费", "orgCode": "11530121MB198972XH"},
             "fundingAmounts": [{"amountYuan": 693810, "role": "allocation"}],
             "indicators": [
               {"level1": "产出指标", "level2": "数量指标", "level3": "开展营商环境专题培训", "operator": ">", "value": 50, "unit": "人次", "kind": "定量指标"},
               {"level1": "产出指标", "level2": "数量指标", "level3": "开展营商环境宣传活动", "operator": ">=", "value": 4, "unit": "次", "kind": "定量指标"},
               {"level1": "产出指标", "level2": "质量指标", "level3": "事项清单梳理", "operator": ">=", "value": 90, "unit": "%", "kind": "定性指标"},
               {"level1": "满意度指标", "level2": "服务对象满意度指标", "level3": "营商环境观察员满意度", "operator": "=", "value": 100, "unit": "%", "kind": "定性指标"}],
             "tasks": []}
            """;

    static final String PLAN_GOLD = """
            {"docType": "work_plan", "region": {"district": "东川区"}, "year": 2023,
             "docNumber": "东营商办发〔2023〕7号", "issueDate": "2023-05-04",
             "fundingAmounts": [], "indicators": [],
             "tasks": [
               {"text": "全面落实政务服务事项基本目录。按照国家和", "leadUnits": ["区政务服务局"],
                "responsibleUnits": ["区级各政务服务实施部门（单位）", "各乡镇（街道）"],
                "deadline": {"date": "2023-10-31", "ongoing": false}},
               {"text": "深化推进证明事项告知承诺制。各相关部门在", "leadUnits": ["区司法局"],
                "responsibleUnits": ["各乡镇（街道）"],
                "deadline": {"date": ["2023-09-30", "2223-09-30"], "ongoing": true}}],
             "warnings": [{"code": "implausible_year"}]}
            """;

    /** An output record that says exactly what the gold says, in the shapes ingest writes. */
    static final String BUDGET_OUT = """
            {"source": {"fileName": "budget.pdf"}, "status": "ok", "docType": "budget_project",
             "region": {"province": "云南省", "district": "呈贡区"}, "year": 2021, "docNumber": null,
             "project": {"name": "优化提质营商环境改革工作经费", "orgCode": "11530121MB198972XH"},
             "fundingAmounts": [{"amountYuan": 693810, "role": "allocation", "text": "69.381万元"}],
             "indicators": [
               {"level1": "产出指标", "level2": "数量指标", "level3": "开展营商环境专题培训", "operator": ">", "value": 50, "unit": "人次", "kind": "定量指标"},
               {"level1": "产出指标", "level2": "数量指标", "level3": "开展营商环境宣传活动", "operator": "≥", "value": 4.0, "unit": "次", "kind": "定量指标"},
               {"level1": "产出指标", "level2": "质量指标", "level3": "事项清单梳理", "operator": ">=", "value": 90, "unit": "%", "kind": "定性指标"},
               {"level1": "满意度指标", "level2": "服务对象满意度指标", "level3": "营商环境观察员满意度", "operator": "＝", "value": 100, "unit": "%", "kind": "定性指标"}],
             "tasks": [], "warnings": []}
            """;

    static final String PLAN_OUT = """
            {"source": {"fileName": "plan.docx"}, "status": "ok", "docType": "work_plan",
             "region": {"district": "东川区"}, "year": 2023, "docNumber": "东营商办发[2023]7号", "issueDate": "2023-05-04",
             "fundingAmounts": [], "indicators": [],
             "tasks": [
               {"number": "（3）", "text": "（3）全面落实政务服务事项基本目录。按照国家和省政务服务事项基本目录", "leadUnits": ["区政务服务局"],
                "responsibleUnits": ["各乡镇(街道)", "区级各政务服务实施部门(单位)"],
                "deadline": {"date": "2023-10-31", "text": "2023年10月底前", "ongoing": false}, "origin": "body"},
               {"text": "深化推进证明事项告知承诺制。各相关部门在办理", "leadUnits": ["区司法局"],
                "responsibleUnits": ["各乡镇（街道）"],
                "deadline": {"date": "2223-09-30", "ongoing": true}, "origin": "body"},
               {"text": "考评：全面落实政务服务事项基本目录", "leadUnits": ["区政务服务局"], "origin": "table"}],
             "warnings": [{"code": "implausible_year", "message": "2223年"}]}
            """;

    static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static String line(String json) throws IOException {
        return RecordJson.mapper().readTree(json).toString();
    }

    static Evaluation.Result evaluate(Path gold, Path out) throws IOException {
        Map<String, JsonNode> g = Evaluation.loadGold(List.of(gold));
        return Evaluation.run(g, Evaluation.loadOutput(out, g.keySet(), null, System.err));
    }

    @Test
    void aPerfectOutputScoresOneEverywhere(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        write(gold, "budget.gold.json", BUDGET_GOLD);
        write(gold, "plan.gold.json", PLAN_GOLD);
        Path out = write(dir, "out.jsonl", line(BUDGET_OUT) + "\n" + line(PLAN_OUT) + "\n");
        Evaluation.Result r = evaluate(gold, out);
        assertThat(r.missing()).isZero();
        for (FieldGroup g : List.of(FieldGroup.METADATA, FieldGroup.FUNDING, FieldGroup.INDICATORS, FieldGroup.TASKS, FieldGroup.DEADLINES,
                FieldGroup.UNITS, FieldGroup.WARNINGS)) {
            assertThat(r.total().f1(g)).as(g.id()).isEqualTo(1.0);
        }
        assertThat(r.total().tp(FieldGroup.TASKS)).isEqualTo(2);
        assertThat(r.total().out(FieldGroup.TASKS)).as("table rows are not body tasks").isEqualTo(2);
        assertThat(r.total().tp(FieldGroup.UNITS)).isEqualTo(5); // 1 + 2 and 1 + 1
        assertThat(r.total().has(FieldGroup.PROPOSAL)).isFalse();
        assertThat(r.total().accuracy("indicators.level2")).isEqualTo(1.0);
        assertThat(r.documents()).allSatisfy(d -> assertThat(d.mismatches()).isEmpty());
        assertThat(EvalReport.below(r.total(), 1.0)).isEmpty();
    }

    @Test
    void oneMissingIndicatorGivesExactPrecisionAndRecall(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        write(gold, "budget.gold.json", BUDGET_GOLD);
        ObjectNode out = (ObjectNode) RecordJson.mapper().readTree(BUDGET_OUT);
        ((com.fasterxml.jackson.databind.node.ArrayNode) out.get("indicators")).remove(2);
        Evaluation.Result r = evaluate(gold, write(dir, "out.jsonl", out.toString()));
        Tally t = r.total();
        assertThat(t.tp(FieldGroup.INDICATORS)).isEqualTo(3);
        assertThat(t.precision(FieldGroup.INDICATORS)).isEqualTo(1.0);
        assertThat(t.recall(FieldGroup.INDICATORS)).isEqualTo(0.75);
        assertThat(t.f1(FieldGroup.INDICATORS)).isCloseTo(2 * 0.75 / 1.75, within(1e-12));
        assertThat(t.f1(FieldGroup.METADATA)).isEqualTo(1.0);
        assertThat(r.documents().get(0).mismatches()).containsExactly("indicator missing: 事项清单梳理 >= 90 %");
        assertThat(EvalReport.below(t, 0.9)).containsExactly(FieldGroup.INDICATORS);
    }

    @Test
    void wrongValuesCountAgainstPrecisionAndRecallAndAreListed(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        write(gold, "plan.gold.json", PLAN_GOLD);
        ObjectNode out = (ObjectNode) RecordJson.mapper().readTree(PLAN_OUT);
        out.put("docNumber", "东营商办发〔2023〕8号");
        out.putNull("issueDate");
        ObjectNode first = (ObjectNode) out.get("tasks").get(0);
        ((ObjectNode) first.get("deadline")).put("date", "2023-10-30");
        first.putArray("leadUnits").add("区政务服务局").add("区发展改革局");
        Evaluation.Result r = evaluate(gold, write(dir, "out.jsonl", out.toString()));
        Tally t = r.total();
        // metadata gold fields: docType, region.district, year, docNumber, issueDate = 5, all non-null;
        // output gives 4 values (issueDate null), 3 right
        assertThat(t.tp(FieldGroup.METADATA)).isEqualTo(3);
        assertThat(t.out(FieldGroup.METADATA)).isEqualTo(4);
        assertThat(t.gold(FieldGroup.METADATA)).isEqualTo(5);
        assertThat(t.precision(FieldGroup.METADATA)).isEqualTo(0.75);
        assertThat(t.recall(FieldGroup.METADATA)).isEqualTo(0.6);
        // deadlines: 2 gold, 2 output, 1 right
        assertThat(t.precision(FieldGroup.DEADLINES)).isEqualTo(0.5);
        assertThat(t.recall(FieldGroup.DEADLINES)).isEqualTo(0.5);
        // units: gold 1+2 and 1+1 = 5, output 2+2 and 1+1 = 6, in common 1+2 and 1+1 = 5
        assertThat(t.gold(FieldGroup.UNITS)).isEqualTo(5);
        assertThat(t.out(FieldGroup.UNITS)).isEqualTo(6);
        assertThat(t.tp(FieldGroup.UNITS)).isEqualTo(5);
        assertThat(t.accuracy("tasks.lead")).isEqualTo(0.5);
        assertThat(r.documents().get(0).mismatches()).anyMatch(m -> m.startsWith("docNumber: gold="))
                .anyMatch(m -> m.contains("deadline.date gold=\"2023-10-31\" out=\"2023-10-30\""));
    }

    @Test
    void missingAndFailedDocumentsCountAsAllWrong(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        write(gold, "budget.gold.json", BUDGET_GOLD);
        write(gold, "plan.gold.json", PLAN_GOLD);
        String failed = "{\"source\": {\"fileName\": \"plan.docx\"}, \"status\": \"failed\", \"error\": {\"code\": \"corrupt\"}}";
        String goldRead = "{\"source\": {\"fileName\": \"budget.gold.json\"}, \"status\": \"ok\", \"docType\": \"other\"}";
        Path out = write(dir, "out.jsonl", failed + "\nnot json\n" + goldRead + "\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, JsonNode> g = Evaluation.loadGold(List.of(gold));
        Evaluation.Result r = Evaluation.run(g,
                Evaluation.loadOutput(out, g.keySet(), null, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("out.jsonl:2: not JSON");
        assertThat(r.missing()).isEqualTo(2);
        assertThat(r.total().recall(FieldGroup.INDICATORS)).isEqualTo(0.0);
        assertThat(r.total().f1(FieldGroup.TASKS)).isEqualTo(0.0);
        assertThat(r.total().tp(FieldGroup.METADATA)).isZero();
        // non-null gold scalars: 5 of the budget (docNumber is null), 5 of the plan
        assertThat(r.total().gold(FieldGroup.METADATA)).isEqualTo(5 + 5);
        assertThat(r.documents()).allSatisfy(d -> assertThat(d.missing()).isTrue());
    }

    @Test
    void matchesRecordsByStemAndKeepsTheOkRecordOfAStem() {
        assertThat(Evaluation.stemOf("dir/sub/呈贡区2021年项目.pdf", java.util.Set.of("呈贡区2021年项目")))
                .isEqualTo("呈贡区2021年项目");
        assertThat(Evaluation.stemOf("a.b.docx", java.util.Set.of("a.b"))).isEqualTo("a.b");
        assertThat(Evaluation.stemOf("C:\\x\\a.b.docx", java.util.Set.of("a"))).isEqualTo("a");
    }

    @Test
    void jsonSummaryHasGroupsAndDocuments(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        write(gold, "budget.gold.json", BUDGET_GOLD);
        Evaluation.Result r = evaluate(gold, write(dir, "out.jsonl", line(BUDGET_OUT)));
        ObjectNode j = EvalReport.json(r);
        assertThat(j.get("docs_gold").asInt()).isEqualTo(1);
        assertThat(j.at("/groups/indicators/f1").asDouble()).isEqualTo(1.0);
        assertThat(j.at("/groups/indicators/gold").asInt()).isEqualTo(4);
        assertThat(j.at("/documents/0/stem").asText()).isEqualTo("budget");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        EvalReport.print(r, new PrintStream(text, true, StandardCharsets.UTF_8), true);
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("indicators", "1.000", "budget");
    }

    @Test
    void fundingScoresAllocationsAsAMultisetAndOtherGoldAmountsForRecallInAnyRole(@TempDir Path dir)
            throws IOException {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        ObjectNode g = (ObjectNode) RecordJson.mapper().readTree(BUDGET_GOLD);
        g.set("fundingAmounts", RecordJson.mapper().readTree("""
                [{"amountYuan": 8540000, "role": "allocation"}, {"amountYuan": 4000000, "role": "component"},
                 {"amountYuan": 12000000, "role": "midterm"}, {"amountYuan": 30000000, "role": "total"}]"""));
        write(gold, "budget.gold.json", g.toString());
        ObjectNode o = (ObjectNode) RecordJson.mapper().readTree(BUDGET_OUT);
        // the allocation twice (one too many), the component as "other", the midterm as written in 万
        o.set("fundingAmounts", RecordJson.mapper().readTree("""
                [{"amountYuan": 8540000, "role": "allocation"}, {"amountYuan": 8540000.00, "role": "allocation"},
                 {"amountYuan": 4000000, "role": "other"}, {"amountYuan": "1200万", "role": "midterm"}]"""));
        Evaluation.Result r = evaluate(gold, write(dir, "out.jsonl", o.toString()));
        Tally t = r.total();
        assertThat(t.tp(FieldGroup.FUNDING)).isEqualTo(1);
        assertThat(t.out(FieldGroup.FUNDING)).isEqualTo(2);
        assertThat(t.gold(FieldGroup.FUNDING)).isEqualTo(1);
        assertThat(t.accuracy("funding.other_recall")).isCloseTo(2.0 / 3, within(1e-9)); // the total is missing
    }

    @Test
    void figuresAreScoredWhenTheGoldListsThemOnValueUnitAndAnAgreeingLabel(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        ObjectNode g = (ObjectNode) RecordJson.mapper().readTree(BUDGET_GOLD);
        g.set("figures", RecordJson.mapper().readTree("""
                [{"label": "新增市场主体", "value": 23299, "unit": "户"}, {"label": "覆盖率", "value": 95, "unit": "%"},
                 {"label": "专项行动", "value": 7, "unit": "次"}]"""));
        write(gold, "budget.gold.json", g.toString());
        ObjectNode o = (ObjectNode) RecordJson.mapper().readTree(BUDGET_OUT);
        // a longer label that holds the gold's, one figure with the wrong unit, one label that names another measure
        o.set("figures", RecordJson.mapper().readTree("""
                [{"label": "全区新增市场主体", "value": 23299, "unit": "户"}, {"label": "覆盖率", "value": 95, "unit": "个"},
                 {"label": "培训", "value": 7, "unit": "次"}]"""));
        Evaluation.Result r = evaluate(gold, write(dir, "out.jsonl", o.toString()));
        Tally t = r.total();
        assertThat(t.tp(FieldGroup.FIGURES)).isEqualTo(1);
        assertThat(t.out(FieldGroup.FIGURES)).isEqualTo(3);
        assertThat(t.gold(FieldGroup.FIGURES)).isEqualTo(3);
        assertThat(r.documents().get(0).mismatches()).anyMatch(m -> m.startsWith("figure missing: 覆盖率"));
    }

    @Test
    void figuresAreNotScoredWhenTheGoldIsSilentOnThem(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        write(gold, "budget.gold.json", BUDGET_GOLD);
        ObjectNode o = (ObjectNode) RecordJson.mapper().readTree(BUDGET_OUT);
        o.set("figures", RecordJson.mapper().readTree("[{\"label\": \"培训\", \"value\": 7, \"unit\": \"次\"}]"));
        Evaluation.Result r = evaluate(gold, write(dir, "out.jsonl", o.toString()));

        assertThat(r.total().has(FieldGroup.FIGURES)).isFalse();
    }
}
