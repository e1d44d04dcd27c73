package org.govdoc.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govdoc.cli.Main;
import org.govdoc.corpus.gen.CorpusGenerator;
import org.govdoc.corpus.gen.DocumentFactory;
import org.govdoc.corpus.gen.FormatWriter;
import org.govdoc.corpus.gen.FormatWriters;
import org.govdoc.corpus.gen.OutputFormat;
import org.govdoc.record.RecordJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} on a generated corpus of every format (DOC where LibreOffice is
 * installed) with bad files among them, against {@code govdoc ingest} on the same folder: the same
 * records, field for field. The corpus and the CLI's output are made once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkIngestTest {

    private static final ObjectMapper JSON = RecordJson.mapper();

    private Path dir;
    private Path corpus;
    private Map<String, JsonNode> cli;
    private SparkSession spark;

    @BeforeAll
    void corpusAndCli(@TempDir Path dir) throws Exception {
        this.dir = dir;
        corpus = dir.resolve("corpus");
        Map<OutputFormat, FormatWriter> writers = FormatWriters.available();
        List<OutputFormat> formats = Arrays.stream(OutputFormat.values()).filter(writers::containsKey).toList();
        // every available format twice (a random draw of 2 x formats may miss one the bad files are made from)
        new CorpusGenerator(new DocumentFactory(16), formats, writers, true)
                .generate(2L * formats.size(), corpus, new PrintStream(OutputStream.nullOutputStream()), false);
        badFiles(corpus);
        Path out = dir.resolve("cli.jsonl");
        PrintStream stdout = System.out;
        try {
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            assertThat(Main.run("ingest", corpus.toString(), "--out", out.toString(),
                    "--index", dir.resolve("cli-index").toString(), "--threads", "2")).isZero();
        } finally {
            System.setOut(stdout);
        }
        cli = byPath(Files.readAllLines(out, StandardCharsets.UTF_8));
        spark = SparkSession.builder().master("local[2]").appName("govdoc-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Damaged and empty files, and a file in a folder with a Chinese name and a space in its own. */
    private static void badFiles(Path corpus) throws IOException {
        // not a ZIP: the ingest would take bytes starting with PK for an archive, which the job does not expand
        Files.write(corpus.resolve("损坏的申报书.docx"), "\u00d0\u00cf\u0011\u00e0 a damaged OLE2 header".getBytes(StandardCharsets.ISO_8859_1));
        try (Stream<Path> files = Files.list(corpus)) {
            Path pdf = files.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(pdf);
            Files.write(corpus.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 3));
        }
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Path sub = Files.createDirectories(corpus.resolve("子目录"));
        try (Stream<Path> files = Files.list(corpus)) {
            Path docx = files.filter(p -> p.toString().endsWith(".docx") && !p.getFileName().toString().startsWith("损坏"))
                    .sorted().findFirst().orElseThrow();
            Files.move(docx, sub.resolve("2023年 工作方案.docx"));
        }
    }

    @Test
    void jsonLinesHoldTheRecordsOfGovdocIngest() throws IOException {
        Path out = dir.resolve("spark-jsonl");
        SparkIngestSummary summary = SparkIngest.run(spark, SparkIngestOptions.defaults(List.of(corpus.toString()),
                out.toString(), RecordFormat.JSONL, 2));

        Map<String, JsonNode> records = byPath(partLines(out, ".txt"));
        assertThat(records.keySet()).containsExactlyElementsOf(cli.keySet());
        for (Map.Entry<String, JsonNode> e : cli.entrySet()) {
            assertThat(records.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(summary.files()).isEqualTo(cli.size());
        assertThat(summary.failed()).containsKeys("corrupt", "empty");
        assertThat(records.values()).filteredOn(r -> r.get("status").asText().equals("ok")).hasSizeGreaterThan(cli.size() / 2);
        assertThat(records.get(corpus.resolve("子目录").resolve("2023年 工作方案.docx").toString()).get("status").asText())
                .isEqualTo("ok");
    }

    @Test
    void parquetHoldsTheKeyColumnsAndTheRecordAndTheSinkGetsEveryRecord() throws IOException {
        Path out = dir.resolve("spark-parquet");
        Path sunk = Files.createDirectories(dir.resolve("sink"));
        SparkIngestOptions options = SparkIngestOptions.defaults(List.of(corpus.toString()), out.toString(),
                RecordFormat.PARQUET, 2).withNoText(true).withSink("folder", Map.of("dir", sunk.toString()));
        SparkIngest.run(spark, options);

        List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
        assertThat(rows).hasSize(cli.size());
        for (Row row : rows) {
            String path = row.getAs("path");
            JsonNode record = JSON.readTree(row.<String>getAs("record"));
            JsonNode expected = ((com.fasterxml.jackson.databind.node.ObjectNode) cli.get(path).deepCopy()).putNull("text");
            assertThat(record).as(path).isEqualTo(expected);
            assertThat(row.<String>getAs("id")).isEqualTo(expected.get("id").asText());
            assertThat(row.<String>getAs("status")).isEqualTo(expected.get("status").asText());
            assertThat(row.<String>getAs("docType")).isEqualTo(expected.get("docType").textValue());
            assertThat(row.<String>getAs("errorCode")).isEqualTo(expected.at("/error/code").textValue());
            assertThat(row.<Integer>getAs("indicators")).isEqualTo(expected.get("indicators").size());
        }
        List<String> sent;
        try (Stream<Path> files = Files.list(sunk)) {
            sent = files.flatMap(SparkIngestTest::lines).map(l -> l.substring(l.indexOf('\t') + 1)).sorted().toList();
        }
        assertThat(sent).containsExactlyElementsOf(cli.keySet());
    }

    @Test
    void aFileOverItsTimeLimitFailsAloneAndTheJobGoesOn() throws IOException {
        Path out = dir.resolve("spark-timeout");
        Path one = Files.createDirectories(dir.resolve("one"));
        Files.copy(corpus.resolve("empty.txt"), one.resolve("empty.txt"));
        try (Stream<Path> files = Files.list(corpus)) {
            Path pdf = files.filter(p -> p.toString().endsWith(".pdf") && !p.endsWith("truncated.pdf")).sorted().findFirst().orElseThrow();
            Files.copy(pdf, one.resolve("slow.pdf"));
        }
        SparkIngestSummary s = SparkIngest.run(spark, SparkIngestOptions.defaults(List.of(one.toString()), out.toString(),
                RecordFormat.JSONL, 2).withTimeLimit(Duration.ofMillis(1)));

        Map<String, JsonNode> records = byPath(partLines(out, ".txt"));
        assertThat(s.files()).isEqualTo(2);
        assertThat(records).hasSize(2);
        // no PDF is read within a millisecond: the file fails as timeout, its worker is killed, the job goes on
        assertThat(records.get(one.resolve("slow.pdf").toString()).at("/error/code").asText()).isEqualTo("timeout");
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> partLines(Path out, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-") && p.toString().endsWith(suffix))
                    .sorted().flatMap(SparkIngestTest::lines).toList();
        }
    }

    private static Map<String, JsonNode> byPath(List<String> lines) throws IOException {
        Map<String, JsonNode> records = new TreeMap<>();
        for (String line : lines) {
            JsonNode r = JSON.readTree(line);
            assertThat(records.put(r.at("/source/path").asText(), r)).as("one record per path").isNull();
        }
        return records;
    }
}
