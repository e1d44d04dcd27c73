package org.govdoc.read.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.TikaEngine;
import org.junit.jupiter.api.Test;

class TextReaderTest {

    private final TextReader reader = new TextReader(TikaEngine.shared());
    private static final String TEXT = "东川区打造便捷高效的政务环境2023年工作方案\n牵头单位：区政务服务局\n完成时限：2023年10月底前\n";

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        assertThat(reader.decode(TEXT.getBytes(StandardCharsets.UTF_8)).charset()).isEqualTo(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(reader.decode(bom).text()).isEqualTo(TEXT);
    }

    @Test
    void gbkAndGb18030() throws Exception {
        for (String cs : new String[] {"GBK", "GB2312", "GB18030"}) {
            TextReader.Decoded d = reader.decode(TEXT.getBytes(Charset.forName(cs)));
            assertThat(d.text()).as(cs).isEqualTo(TEXT);
            assertThat(d.charset().name()).isEqualTo("GB18030");
        }
    }

    @Test
    void utf16WithAndWithoutBom() throws Exception {
        assertThat(reader.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(TEXT);
        assertThat(reader.decode(TEXT.replace("东", "A").getBytes(StandardCharsets.UTF_16LE)).text())
                .isEqualTo(TEXT.replace("东", "A"));
    }

    @Test
    void binaryIsRefused() {
        byte[] b = {0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2, 3, (byte) 0xFF, 0, 0};
        assertThatThrownBy(() -> reader.decode(b)).isInstanceOf(ReadFailure.class);
    }

    @Test
    void aTextFileOverTheSizeBoundIsRefusedWithoutBeingRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // issue 18, hole 8: a 200 MB one-line TXT ran the worker out of heap; a sparse file of the bound
        // plus one byte stands for it without writing megabytes
        java.nio.file.Path big = dir.resolve("one-line.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(TextReader.MAX_TEXT_BYTES + 1);
        }
        assertThatThrownBy(() -> reader.read(big, "text/plain"))
                .isInstanceOfSatisfying(ReadFailure.class, e -> assertThat(e.code().code()).isEqualTo("too_large"))
                .hasMessageContaining("32 MiB");
        java.nio.file.Path small = java.nio.file.Files.writeString(dir.resolve("ok.txt"), "项目名称");
        assertThat(reader.read(small, "text/plain").plainText()).isEqualTo("项目名称");
    }
}
