package org.govdoc.corpus.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOC writer, where LibreOffice is installed (the corpus writes no DOC without it). */
class SofficeDocWriterTest {

    @Test
    void convertsABatchWithOneLibreOfficeRun(@TempDir Path dir) throws IOException {
        assumeTrue(FormatWriters.soffice().isPresent(), "LibreOffice (soffice) is not installed");
        DocumentFactory factory = new DocumentFactory(4, Divisions.yunnan());
        List<Path> files = List.of(dir.resolve("a.doc"), dir.resolve("b.doc"), dir.resolve("c.doc"));
        Map<Path, String> failed;
        try (SofficeDocWriter writer = new SofficeDocWriter(FormatWriters.soffice().orElseThrow())) {
            for (int i = 0; i < files.size(); i++) {
                writer.write(factory.create(i).spec(), files.get(i));
            }
            assertThat(writer.pending()).isEqualTo(3);
            assertThat(files).noneMatch(Files::exists);
            failed = writer.flush();
            assertThat(writer.pending()).isZero();
        }
        assertThat(failed).isEmpty();
        for (Path f : files) {
            byte[] head = new byte[8];
            System.arraycopy(Files.readAllBytes(f), 0, head, 0, 8);
            // an OLE2 compound file: Word 97-2003
            assertThat(HexFormat.of().formatHex(head)).isEqualTo("d0cf11e0a1b11ae1");
        }
    }
}
