package org.govdoc.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.govdoc.extract.Extractor;
import org.govdoc.read.ReadOutcome;
import org.govdoc.read.TikaFileReader;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hand-written documents in the styles real offices use (a declaration on one Excel sheet, an
 * eight-column indicator table, assignments in brackets or label lines, a plan whose only task
 * list is a breakdown table, replies to 政协 and 人大 proposals, one addressed to a party group),
 * rendered by LibreOffice to DOCX/DOC/PDF or XLSX/XLS, each read through {@link TikaFileReader} and
 * the standard {@link Extractor} and compared with its gold file (see
 * {@code resources/fixtures/real-style/README.md}).
 */
class RealStyleFixturesTest {

    private static final TikaFileReader READER = new TikaFileReader();
    private static final List<String> FORMATS = List.of("docx", "doc", "pdf", "xlsx", "xls", "html");

    @TestFactory
    Stream<DynamicTest> everyRenderingMeetsItsGold() throws Exception {
        return renderings().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode gold = new ObjectMapper().readTree(goldOf(file).toFile());
            ReadOutcome outcome = READER.read(file);
            assertThat(outcome).as("read %s", file.getFileName()).isInstanceOf(ReadOutcome.Read.class);
            Extraction e = new Extractor().extract(((ReadOutcome.Read) outcome).document());
            JsonNode out = RecordJson.mapper().valueToTree(e);
            assertThat(GoldCheck.differences(gold, out)).as("differences from the gold of %s", file.getFileName())
                    .isEmpty();
        }));
    }

    @Test
    void everyDocumentComesInSeveralFormats() throws Exception {
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir())) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).toList();
        }
        assertThat(golds).hasSizeGreaterThanOrEqualTo(9);
        for (Path g : golds) {
            String stem = g.getFileName().toString().replace(".gold.json", "");
            long formats = FORMATS.stream().filter(f -> Files.exists(dir().resolve(stem + "." + f))).count();
            assertThat(formats).as(stem).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theCheckSeesAWrongRecord() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode gold = m.readTree("{\"year\":2024,\"tasks\":[{\"text\":\"（一）落实校长负责制。各学校要建立\","
                + "\"leadUnits\":[],\"deadline\":{\"date\":\"2024-05-31\"}}]}");
        JsonNode right = m.readTree("{\"year\":2024,\"tasks\":[{\"text\":\"落实校长负责制。各学校要建立陪餐制度\","
                + "\"leadUnits\":[],\"origin\":\"body\",\"deadline\":{\"date\":\"2024-05-31\"}}]}");
        JsonNode wrong = m.readTree("{\"year\":2023,\"tasks\":[{\"text\":\"落实校长负责制。各学校要建立陪餐制度\","
                + "\"leadUnits\":[\"区教育体育局\"],\"origin\":\"body\",\"deadline\":{\"date\":\"2024-06-30\"}}]}");
        assertThat(GoldCheck.differences(gold, right)).isEmpty();
        assertThat(GoldCheck.differences(gold, wrong)).hasSize(3);
    }

    private static Stream<Path> renderings() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir())) {
            files = s.filter(p -> FORMATS.contains(extension(p)) && Files.exists(goldOf(p))).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        return files.stream();
    }

    private static Path dir() {
        try {
            return Path.of(Objects.requireNonNull(RealStyleFixturesTest.class.getResource("/fixtures/real-style")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private static Path goldOf(Path file) {
        String n = file.getFileName().toString();
        return file.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".gold.json");
    }
}
