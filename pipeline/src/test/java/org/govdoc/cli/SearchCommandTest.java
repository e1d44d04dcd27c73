package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.model.Location;
import org.govdoc.record.DocType;
import org.govdoc.record.DueDate;
import org.govdoc.record.Extraction;
import org.govdoc.record.Indicator;
import org.govdoc.record.Region;
import org.govdoc.record.Source;
import org.govdoc.record.Status;
import org.govdoc.record.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

    @TempDir
    Path tmp;
    Path index;

    static Indicator indicator(String level3, String value, String unit) {
        return new Indicator("满意度指标", "服务对象满意度指标", level3, ">=", new BigDecimal(value), "≥" + value + unit, unit,
                "定量指标", null, null, null, Location.ofBlock(1, 1));
    }

    static Extraction record(String path, String sha, String district, int year, String title, List<Indicator> inds,
                             List<Task> tasks) {
        return new Extraction(Extraction.SCHEMA_VERSION, sha,
                new Source(path, path, "application/pdf", 10, 1, sha, List.of()), Status.OK, null,
                tasks.isEmpty() ? DocType.BUDGET_PROJECT : DocType.WORK_PLAN, title,
                new Region("云南省", "昆明市", district, null), year, null, null, null, null, List.of(), inds, tasks,
                List.of(), List.of(), null, List.of(), List.of(), title);
    }

    @BeforeEach
    void build() throws Exception {
        index = tmp.resolve("index");
        try (LuceneRecordStore store = LuceneRecordStore.open(index)) {
            store.upsert(record("a.pdf", "s1", "呈贡区", 2023, "呈贡区政务服务项目",
                    List.of(indicator("群众满意度", "95", "%"), indicator("企业满意度", "90", "%")), List.of()),
                    new FileStamp(1, 1));
            store.upsert(record("b.pdf", "s2", "官渡区", 2022, "官渡区数字政府项目",
                    List.of(indicator("满意度", "80", "%")), List.of()), new FileStamp(1, 1));
            store.upsert(record("c.docx", "s3", "呈贡区", 2023, "呈贡区营商环境工作方案", List.of(),
                    List.of(new Task("1", List.of(), "推进一网通办", List.of("区政务服务局"), List.of(),
                            new DueDate(LocalDate.of(2023, 6, 30), "6月底前", false), "body", null, null,
                            Location.ofBlock(1, 2)))), new FileStamp(1, 1));
            store.commit();
        }
    }

    private String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            assertThat(code).as("exit code of %s", List.of(args)).isZero();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tableWithHighlightedWords() {
        String out = run("search", "满意度", "--kind", "indicator", "--district", "呈贡", "--index", index.toString());
        assertThat(out).contains("群众【满意度】", "企业【满意度】", ">= 95 %", "呈贡区", "2023").doesNotContain("官渡区");
        assertThat(out).contains("2 matches, 2 shown");
    }

    @Test
    void jsonLinesAndFacets() {
        String out = run("search", "--json", "--facets", "--year", "2022..2023", "--kind", "indicator",
                "--index", index.toString());
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("{\"type\":\"hit\",\"kind\":\"indicator\"");
        assertThat(lines.get(3)).startsWith("{\"type\":\"summary\"").contains("\"total\":3", "\"呈贡区\":2",
                "\"官渡区\":1");
    }

    @Test
    void taskRowsShowLeadUnitsAndDeadline() {
        String out = run("search", "政务服务", "--kind", "task", "--due-before", "2023-12-31", "--index", index.toString());
        assertThat(out).contains("推进一网通办", "牵头: 区政务服务局", "时限: 2023-06-30");
    }

    @Test
    void compareByDistrict() {
        String out = run("compare", "满意度", "--kind", "indicator", "--by", "district", "--index", index.toString());
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0).split("\\s+")).containsExactly("district", "measure", "op", "count", "sum", "mean", "min",
                "max", "median", "flagged");
        assertThat(lines).anySatisfy(l -> assertThat(l.split("\\s+"))
                .containsExactly("呈贡区", "%", ">=", "2", "185", "92.5", "90", "95", "92.5", "0"));
        assertThat(lines).anySatisfy(l -> assertThat(l.split("\\s+"))
                .containsExactly("官渡区", "%", ">=", "1", "80", "80", "80", "80", "80", "0"));
    }

    @Test
    void removeDeletesAFile() {
        assertThat(run("remove", "a.pdf", "--index", index.toString())).contains("removed 1 file");
        String out = run("search", "满意度", "--kind", "indicator", "--json", "--index", index.toString());
        assertThat(out.lines()).hasSize(1).allSatisfy(l -> assertThat(l).contains("官渡区"));
    }
}
