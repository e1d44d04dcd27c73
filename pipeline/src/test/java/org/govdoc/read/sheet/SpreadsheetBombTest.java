package org.govdoc.read.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.govdoc.read.ReadOutcome;
import org.govdoc.read.TikaFileReader;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An XLSX whose part would inflate like a ZIP bomb is refused before POI opens it (Tika turns POI's guard off). */
class SpreadsheetBombTest {

    @TempDir
    Path dir;

    @Test
    void aWorksheetInflatingAThousandTimesIsRefusedAsTooLarge() throws Exception {
        String padding = " ".repeat(20 << 20); // 20 MB of whitespace between two rows: valid XML, compresses ~1000:1
        Path f = new MinimalXlsx().sharedStrings("<si><t>项目名称</t></si>")
                .sheet("name=\"申报表\"", MinimalXlsx.worksheet("",
                        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + padding, ""))
                .write(dir.resolve("bomb.xlsx"));
        ReadOutcome o = new TikaFileReader().read(f);
        assertThat(o).as(o.toString()).isInstanceOf(ReadOutcome.Failed.class);
        ErrorInfo e = ((ReadOutcome.Failed) o).error();
        assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE.code());
        assertThat(e.message()).contains("ZIP bomb").contains("xl/worksheets/sheet1.xml");
    }

    @Test
    void aSharedStringsPartWhoseDeclaredSizeLiesIsRefusedWhileInflating() throws Exception {
        // issue 18, hole 8: the directory declares 1,000 bytes, so the check before opening passes; the
        // part inflates to 20 MB (a worker's heap ran out on such a file, 8 restarts before it was blamed)
        Path f = new MinimalXlsx().sharedStrings("<si><t>" + "项".repeat(7 << 20) + "</t></si>")
                .sheet("name=\"申报表\"", MinimalXlsx.worksheet("", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", ""))
                .write(dir.resolve("lying.xlsx"));
        declareSize(f, "xl/sharedStrings.xml", 1000);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(f.toFile())) {
            assertThat(zip.getEntry("xl/sharedStrings.xml").getSize()).as("the lie is in place").isEqualTo(1000);
        }
        ReadOutcome o = new TikaFileReader().read(f);
        assertThat(o).as(o.toString()).isInstanceOf(ReadOutcome.Failed.class);
        ErrorInfo e = ((ReadOutcome.Failed) o).error();
        assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE.code());
        assertThat(e.message()).contains("ZIP bomb").contains("xl/sharedStrings.xml");
    }

    /** Rewrites the uncompressed size the ZIP's central directory states for one entry. */
    private static void declareSize(Path zip, String entry, int size) throws java.io.IOException {
        byte[] data = java.nio.file.Files.readAllBytes(zip);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(data).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < data.length; i++) {
            if (b.getInt(i) == 0x02014b50 && (b.getShort(i + 28) & 0xffff) == name.length
                    && java.util.Arrays.equals(data, i + 46, i + 46 + name.length, name, 0, name.length)) {
                b.putInt(i + 24, size);
            }
        }
        java.nio.file.Files.write(zip, data);
    }

    @Test
    void anOrdinaryWorkbookIsStillRead() throws Exception {
        Path f = new MinimalXlsx().sharedStrings("<si><t>项目名称</t></si>")
                .sheet("name=\"申报表\"", MinimalXlsx.worksheet("", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", ""))
                .write(dir.resolve("plain.xlsx"));
        ReadOutcome o = new TikaFileReader().read(f);
        assertThat(o).as(o.toString()).isInstanceOf(ReadOutcome.Read.class);
        assertThat(((ReadOutcome.Read) o).document().plainText()).contains("项目名称");
    }
}
