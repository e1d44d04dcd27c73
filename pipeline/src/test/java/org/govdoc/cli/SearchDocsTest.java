package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.govdoc.record.RecordJson;
import org.junit.jupiter.api.Test;

/** docs/search.md's example output names only districts and titles that the committed samples hold. */
class SearchDocsTest {

    @Test
    void examplesNameWhatTheSamplesContain() throws Exception {
        Path docs = Path.of("..", "docs", "search.md");
        Path samples = Path.of("..", "corpus", "samples");
        assumeTrue(Files.isRegularFile(docs) && Files.isDirectory(samples), "run from the source tree");
        Set<String> districts = new HashSet<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path gold : files.filter(p -> p.toString().endsWith(".gold.json")).toList()) {
                var node = RecordJson.mapper().readTree(gold.toFile());
                var district = node.findValue("district");
                if (district != null && district.isTextual()) {
                    districts.add(district.asText());
                }
            }
        }
        assertThat(districts).hasSizeGreaterThan(3);
        String text = Files.readString(docs);
        String examples = text.substring(text.indexOf("Examples, on the committed samples"),
                text.indexOf("## Using it from Java"));
        List<String> rows = examples.lines().filter(l -> l.startsWith("    ") && !l.strip().startsWith("$"))
                .map(String::strip).filter(l -> l.matches("^\\p{IsHan}+(区|县|市|自治县)\\s.*")).toList();
        assertThat(rows).hasSizeGreaterThan(5);
        for (String row : rows) {
            assertThat(districts).as(row).contains(row.split("\\s+")[0]);
        }
        for (String facet : examples.lines().filter(l -> l.strip().startsWith("district:")).toList()) {
            for (String count : facet.strip().substring("district:".length()).split(",")) {
                assertThat(districts).as(facet).contains(count.strip().split(" ")[0]);
            }
        }
    }
}
