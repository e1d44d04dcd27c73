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
    void anOrdinaryWorkbookIsStillRead() throws Exception {
        Path f = new MinimalXlsx().sharedStrings("<si><t>项目名称</t></si>")
                .sheet("name=\"申报表\"", MinimalXlsx.worksheet("", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", ""))
                .write(dir.resolve("plain.xlsx"));
        ReadOutcome o = new TikaFileReader().read(f);
        assertThat(o).as(o.toString()).isInstanceOf(ReadOutcome.Read.class);
        assertThat(((ReadOutcome.Read) o).document().plainText()).contains("项目名称");
    }
}
