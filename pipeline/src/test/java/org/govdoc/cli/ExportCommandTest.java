package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govdoc.record.Extraction;
import org.govdoc.record.Task;
import org.govdoc.serve.SampleIndexes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govdoc export} on an index of the committed samples: the files hold exactly the matching entries. */
class ExportCommandTest {

    @TempDir
    static Path tmp;
    static Path index;
    static List<Extraction> records;

    @BeforeAll
    static void build() throws Exception {
        SampleIndexes.Built b = SampleIndexes.build(tmp);
        index = b.index();
        records = b.records();
    }

    @Test
    void xlsxOfEveryTaskWithItsUnitsDeadlineAndProvenance() throws Exception {
        Path out = tmp.resolve("tasks.xlsx");
        assertThat(Main.run("export", "--kind", "task", "--format", "xlsx", "--out", out.toString(), "--index",
                index.toString())).isZero();
        Set<List<String>> expected = new HashSet<>();
        for (Extraction e : records) {
            for (Task t : e.tasks()) {
                expected.add(List.of(e.source().path(), t.text(), String.join("、", t.leadUnits())));
            }
        }
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(f.formatCellValue(c)));
            assertThat(header).contains("path", "text", "leadUnits", "responsibleUnits", "deadlineDate", "page", "row");
            Set<List<String>> got = new HashSet<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    got.add(List.of(f.formatCellValue(row.getCell(header.indexOf("path"))),
                            f.formatCellValue(row.getCell(header.indexOf("text"))),
                            f.formatCellValue(row.getCell(header.indexOf("leadUnits")))));
                }
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(records.stream().mapToInt(e -> e.tasks().size()).sum());
            assertThat(got).isEqualTo(expected);
        }
    }

    @Test
    void csvOfTheDocumentsOfOneDistrict() throws Exception {
        Extraction one = records.stream().filter(e -> e.region() != null && e.region().district() != null)
                .findFirst().orElseThrow();
        String district = one.region().district();
        long expected = records.stream().filter(e -> e.region() != null && district.equals(e.region().district())).count();
        Path out = tmp.resolve("docs.csv");
        assertThat(Main.run("export", "--kind", "document", "--district", district, "--out", out.toString(),
                "--index", index.toString())).isZero();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,title,");
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + (int) expected);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains(district));
        assertThat(csv).contains(one.id());
    }

    @Test
    void anExportNeedsAKindAndAKnownFormat() {
        Path out = tmp.resolve("x.csv");
        assertThat(Main.run("export", "--out", out.toString(), "--index", index.toString())).isEqualTo(2);
        assertThat(Main.run("export", "--kind", "task", "--format", "pdf", "--out", out.toString(), "--index",
                index.toString())).isEqualTo(2);
        assertThat(out).doesNotExist();
    }
}
