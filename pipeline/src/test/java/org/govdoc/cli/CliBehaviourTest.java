package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govdoc.index.LuceneRecordStore;
import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.ingest.ScriptedReader;
import org.govdoc.record.RecordJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a new user meets it: exit statuses, one-line errors, names, help, colour, typed JSON. */
class CliBehaviourTest {

    @TempDir
    Path tmp;
    Path index;

    /** What a run printed and returned. */
    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void build() throws Exception {
        index = tmp.resolve("index");
        try (LuceneRecordStore store = LuceneRecordStore.open(index)) {
            store.upsert(SearchCommandTest.record("a.pdf", "1".repeat(64), "呈贡区", 2023, "呈贡区政务服务项目",
                    List.of(SearchCommandTest.indicator("群众满意度", "95", "%"),
                            SearchCommandTest.indicator("企业满意度", "90", "%")), List.of()), new FileStamp(1, 1));
            store.upsert(SearchCommandTest.record("b.pdf", "2".repeat(64), "官渡区", 2022, "官渡区数字政府项目",
                    List.of(SearchCommandTest.indicator("满意度", "80", "%")), List.of()), new FileStamp(1, 1));
            store.commit();
        }
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Run search(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "search";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--index";
        all[args.length + 2] = index.toString();
        return run(all);
    }

    /** Exit 2, nothing on stdout, one line on stderr naming the option, and no Java class names. */
    private static void refused(Run r, String option) {
        assertThat(r.code()).as("exit status, stderr %s", r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains(option).doesNotContain("java.", "Exception", "Usage:");
    }

    // ---- item 4: bad arguments

    @Test
    void contradictoryOrMeaninglessArgumentsExitTwoWithOneLine() {
        refused(search("--year", "2025..2021"), "--year");
        refused(search("--limit", "-1"), "--limit");
        refused(search("--offset", "-3"), "--offset");
        refused(search("--doc-type", "nonsense"), "--doc-type");
        refused(search("--min", "100", "--max", "10"), "--min");
        refused(search("--sort", "colour"), "--sort");
        refused(search("--unit-role", "boss"), "--unit-role");
        refused(search("--kind", "chapter"), "--kind");
        refused(run("compare", "--by", "street", "--index", index.toString()), "--by");
    }

    @Test
    void allRowsOnRequest() {
        Run r = search("满意度", "--limit", "all");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("3 matches, 3 shown");
        Run one = search("满意度", "--limit", "1", "--offset", "2");
        assertThat(one.out()).contains("3 matches, 1 shown");
    }

    // ---- item 5: messages without Java internals; dates as people write them

    @Test
    void badValuesAreSentencesAndChineseDatesWork() {
        refused(search("--due-before", "30.06.2023x"), "--due-before");
        assertThat(search("--due-before", "30.06.2023x").err()).contains("2023年6月30日");
        refused(search("--min", "abc"), "--min");
        assertThat(search("--min", "abc").err()).contains("expected a number");
        for (String date : List.of("2023-06-30", "2023/06/30", "2023年6月30日", "2023.6.30")) {
            Run r = search("--due-before", date, "--kind", "document");
            assertThat(r.err()).as(date).isEmpty();
            assertThat(r.code()).as(date).isEqualTo(1); // accepted; no task is due in this index
        }
        assertThat(Arguments.date("2023年6月30日")).isEqualTo(java.time.LocalDate.of(2023, 6, 30));
        assertThat(Arguments.date("二〇二三年六月三十日")).isEqualTo(java.time.LocalDate.of(2023, 6, 30));
        assertThat(Arguments.number("１，０００")).isEqualByComparingTo("1000");
    }

    // ---- item 6: outputs checked before the ingest

    private int ingest(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "--isolation=thread";
        args[1] = "--index=" + tmp.resolve("ingest-index");
        System.arraycopy(more, 0, args, 2, more.length);
        return new CommandLine(new IngestCommand(ScriptedReader::parsers)).execute(args);
    }

    private Run ingestCapturingErr(String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = ingest(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
    }

    @Test
    void anUnwritableReportOrOutFailsBeforeTheIngestWithASentence() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "好");
        Path aFile = Files.writeString(tmp.resolve("plain-file"), "x");
        Path out = tmp.resolve("o/r.jsonl");
        Run report = ingestCapturingErr(in.toString(), "--out", out.toString(), "--report", aFile.resolve("x.json").toString());
        assertThat(report.code()).isEqualTo(3);
        assertThat(report.err()).startsWith("govdoc ingest: cannot write --report " + aFile.resolve("x.json"))
                .contains("cannot create the folder " + aFile);
        assertThat(report.out()).as("no file was ingested").isEmpty();
        assertThat(Files.exists(out)).isFalse();
        Run badOut = ingestCapturingErr(in.toString(), "--out", aFile.resolve("sub/x.jsonl").toString());
        assertThat(badOut.code()).isEqualTo(3);
        assertThat(badOut.err()).contains("cannot write --out", "cannot create the folder").doesNotContain("Exception");
        if (Files.isDirectory(Path.of("/proc/self"))) {
            Run proc = ingestCapturingErr(in.toString(), "--out", "/proc/nope/x.jsonl");
            assertThat(proc.code()).isEqualTo(3);
            assertThat(proc.err()).contains("cannot write --out /proc/nope/x.jsonl: cannot create the folder /proc/nope");
            Run procReport = ingestCapturingErr(in.toString(), "--out", out.toString(), "--report", "/proc/x.json");
            assertThat(procReport.code()).isEqualTo(3);
            assertThat(procReport.err()).contains("cannot write --report /proc/x.json");
            assertThat(procReport.out()).isEmpty();
        }
    }

    // ---- item 7: exit statuses and saying why

    @Test
    void noHitsExitsOneAndNoCommandExitsTwo() {
        assertThat(search("满意度").code()).isZero();
        Run none = search("铁路");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.out()).contains("0 matches");
        assertThat(run().code()).isEqualTo(2);
        assertThat(run().err()).contains("Usage: govdoc");
        assertThat(run("bench").code()).isEqualTo(2);
    }

    @Test
    void compareOfTasksSaysWhyItCannot() {
        Run r = run("compare", "--kind", "task", "--index", index.toString());
        refused(r, "--kind task");
        assertThat(r.err()).contains("no number to compare", "indicator");
        Run none = run("compare", "铁路", "--index", index.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("no matching indicator entry has a number");
    }

    @Test
    void anEmptyFolderPrintsNoBlankDocTypeLineAndTheReportSpellsIsolationAsTheCli() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("empty"));
        Path report = tmp.resolve("report.json");
        Run r = ingestCapturingErr(in.toString(), "--out", tmp.resolve("e.jsonl").toString(), "--report", report.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("0 files").doesNotContain("docType:");
        JsonNode json = RecordJson.mapper().readTree(report.toFile());
        assertThat(json.get("isolation").asText()).isEqualTo("thread");
        assertThat(schema("ingest-report.schema.json").validate(json)).isEmpty();
    }

    // ---- item 8: names

    @Test
    void compareNamesItsMeasureColumnApartFromTheUnitOption() {
        Run r = run("compare", "满意度", "--index", index.toString());
        assertThat(r.out().lines().findFirst().orElseThrow().split("\\s+")).contains("measure").doesNotContain("unit");
        Run json = run("compare", "--json", "--index", index.toString());
        assertThat(json.out()).contains("\"measure\":\"%\"").doesNotContain("\"unit\"");
    }

    @Test
    void evalNamesItsInputRecordsAndStillTakesTheOldName() throws Exception {
        Path records = Files.writeString(tmp.resolve("r.jsonl"), "");
        Run help = run("eval", "--help");
        assertThat(help.out()).contains("--records").doesNotContain("--out");
        // both names reach the same check (an empty gold folder is refused after the records are found)
        Path gold = Files.createDirectories(tmp.resolve("gold"));
        assertThat(run("eval", "--records", records.toString(), "--gold", gold.toString()).err()).contains("no *.gold.json");
        assertThat(run("eval", "--out", records.toString(), "--gold", gold.toString()).err()).contains("no *.gold.json");
        refused(run("eval", "--gold", gold.toString()), "--records");
    }

    // ---- item 9: help lines are whole sentences; no colour escapes when not on a terminal

    @Test
    void commandListsShowWholeSentences() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"bench", "--help"})) {
            Run r = run(args);
            assertThat(r.code()).isZero();
            assertThat(r.out()).doesNotContain("\u001b[");
            // a command's entry: its first line ("  name  text") and the wrapped lines below it
            List<String> entries = new java.util.ArrayList<>();
            r.out().lines().dropWhile(l -> !l.startsWith("Commands:")).skip(1).forEach(l -> {
                if (l.matches("^  \\S.*")) {
                    entries.add(l.strip());
                } else if (l.startsWith("   ") && !entries.isEmpty()) {
                    entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + l.strip());
                }
            });
            assertThat(entries).as(r.out()).hasSizeGreaterThan(3);
            for (String entry : entries) {
                String[] nameAndText = entry.split("\\s{2,}", 2);
                assertThat(nameAndText).as(entry).hasSize(2);
                assertThat(nameAndText[1]).as("%s: %s", List.of(args), entry).endsWith(".");
            }
        }
    }

    // ---- item 10: colour choice, NO_COLOR, typed JSON lines and schemas

    @Test
    void colourIsChosenByFlagTerminalAndNoColor() {
        assertThat(search("满意度", "--color", "always").out()).contains("\u001b[1m满意度\u001b[0m");
        assertThat(search("满意度", "--color", "never").out()).doesNotContain("\u001b[").contains("【满意度】");
        assertThat(search("满意度").out()).as("auto, stdout not a terminal").doesNotContain("\u001b[");
        refused(search("满意度", "--color", "sometimes"), "--color");
        assertThat(Terminal.color(Terminal.ColorMode.AUTO, true, Map.of())).isTrue();
        assertThat(Terminal.color(Terminal.ColorMode.AUTO, true, Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(Terminal.color(Terminal.ColorMode.AUTO, true, Map.of("TERM", "dumb"))).isFalse();
        assertThat(Terminal.color(Terminal.ColorMode.AUTO, false, Map.of())).isFalse();
        assertThat(Terminal.color(Terminal.ColorMode.ALWAYS, false, Map.of("NO_COLOR", "1"))).isTrue();
        assertThat(Terminal.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Terminal.isTerminalDevice("pipe:[12345]")).isFalse();
        assertThat(Terminal.isTerminalDevice("/dev/null")).isFalse();
    }

    static JsonSchema schema(String name) throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix("https://github.com/govdoc/govdoc/schema/",
                        "classpath:org/govdoc/record/")));
        return factory.getSchema(java.net.URI.create("https://github.com/govdoc/govdoc/schema/" + name));
    }

    @Test
    void jsonLinesAreTypedAndFollowTheirSchemas() throws Exception {
        JsonSchema searchLine = schema("search-line.schema.json");
        for (String kind : List.of("indicator", "document")) {
            Run r = search("--json", "--facets", "--kind", kind);
            List<String> lines = r.out().lines().toList();
            assertThat(lines).hasSizeGreaterThan(1);
            for (String line : lines) {
                JsonNode n = RecordJson.mapper().readTree(line);
                assertThat(n.get("type").asText()).isIn("hit", "summary");
                assertThat(searchLine.validate(n)).as(line).isEmpty();
            }
            assertThat(lines.get(lines.size() - 1)).startsWith("{\"type\":\"summary\"");
        }
        JsonSchema row = schema("compare-row.schema.json");
        Run c = run("compare", "--json", "--index", index.toString());
        assertThat(c.out().lines()).isNotEmpty().allSatisfy(l -> {
            try {
                assertThat(row.validate(RecordJson.mapper().readTree(l))).as(l).isEmpty();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        // the schema is not empty talk: a line of another shape fails it
        JsonNode bad = RecordJson.mapper().readTree("{\"type\":\"hit\",\"total\":3}");
        assertThat(searchLine.validate(bad)).isNotEmpty();
    }
}
