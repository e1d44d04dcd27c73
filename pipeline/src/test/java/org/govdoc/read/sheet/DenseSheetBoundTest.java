package org.govdoc.read.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.sheet.MinimalXlsx.worksheet;

import java.nio.file.Path;
import java.util.List;
import org.govdoc.extract.Extractor;
import org.govdoc.ingest.ParseRequest;
import org.govdoc.ingest.ParseTask;
import org.govdoc.ingest.RecordLimits;
import org.govdoc.model.Document;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.govdoc.read.ReadContext;
import org.govdoc.read.TikaFileReader;
import org.govdoc.record.Extraction;
import org.govdoc.record.Warning;
import org.govdoc.record.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, hole 8: a dense sheet (statistical annexes reach a million cells) is read up to the
 * document's bound (the record's text bound, {@code --max-text-chars}): the cells past it are not
 * kept, later sheets not read, and the warning {@code content_truncated} says where the cut is. The
 * bound is proven here with a small limit on a small sheet.
 */
class DenseSheetBoundTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS = 300;
    private static final int COLS = 40;
    private static final int BOUND = 5_000;

    @TempDir
    Path dir;

    /** A sheet of ROWS x COLS numbers under a header row, and a second sheet after it. */
    private Path denseWorkbook() throws Exception {
        StringBuilder rows = new StringBuilder("<row r=\"1\">");
        for (int c = 0; c < COLS; c++) {
            rows.append("<c r=\"").append(column(c)).append("1\" t=\"inlineStr\"><is><t>指标").append(c + 1).append("</t></is></c>");
        }
        rows.append("</row>");
        for (int r = 2; r <= ROWS + 1; r++) {
            rows.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < COLS; c++) {
                rows.append("<c r=\"").append(column(c)).append(r).append("\"><v>").append((r * 7919L + c * 104729L) % 100_000)
                        .append("</v></c>");
            }
            rows.append("</row>");
        }
        return new MinimalXlsx()
                .sheet("name=\"统计附表\"", worksheet("", rows.toString(), "<mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/></mergeCells>"))
                .sheet("name=\"说明\"", worksheet("", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>第二张表的说明</t></is></c></row>", ""))
                .write(dir.resolve("dense.xlsx"));
    }

    private static String column(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : "A" + (char) ('A' + c - 26);
    }

    @Test
    void aDenseSheetIsReadUpToTheBoundWithAWarningSayingWhereItWasCut() throws Exception {
        Path f = denseWorkbook();
        Document whole = new SpreadsheetReader().read(f, XLSX);
        assertThat(whole.plainText().length()).as("the sheet is well over the bound").isGreaterThan(10 * BOUND);

        ReadContext context = new ReadContext(BOUND);
        Document cut = new SpreadsheetReader().read(f, XLSX, context);

        assertThat(cut.plainText().length()).isLessThanOrEqualTo(BOUND).isGreaterThan(BOUND - 10);
        assertThat(whole.plainText()).startsWith(cut.plainText().substring(0, cut.plainText().lastIndexOf('\n')));
        assertThat(cut.plainText()).doesNotContain("第二张表的说明");
        Table kept = cut.tables().get(0);
        Table all = whole.tables().get(0);
        assertThat(kept.rows().size()).isBetween(10, ROWS / 2);
        // every row kept but the last one (which may be cut within) is the row of the whole sheet, spans included
        List<Row> full = kept.rows().subList(0, kept.rows().size() - 1);
        assertThat(full).isEqualTo(all.rows().subList(0, full.size()));
        assertThat(context.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningCode.CONTENT_TRUNCATED);
            assertThat(w.location().table()).isEqualTo(0);
            assertThat(w.location().row()).isEqualTo(kept.rows().size() - (w.location().column() == null ? 0 : 1));
        });

        // the workbook model (XLS, ET, and XLSX the stream leaves) keeps the same bound
        ReadContext model = new ReadContext(BOUND);
        assertThat(SpreadsheetReader.readWorkbook(f, XLSX, model)).isEqualTo(cut);
        assertThat(model.warnings()).isEqualTo(context.warnings());
    }

    @Test
    void theRecordOfADenseSheetCarriesTheCutAndNoMoreText() throws Exception {
        Path f = denseWorkbook();
        ParseRequest request = new ParseRequest(f.toString(), f.toString(), "dense.xlsx", java.nio.file.Files.size(f),
                "0".repeat(64), false, RecordLimits.DEFAULT.withMaxTextChars(BOUND));
        Extraction e = new ParseTask(new TikaFileReader(), new Extractor()).run(request);
        assertThat(e.ok()).isTrue();
        assertThat(e.text().length()).isLessThanOrEqualTo(BOUND);
        assertThat(e.warnings()).extracting(Warning::code).contains(WarningCode.CONTENT_TRUNCATED.code())
                .doesNotContain(WarningCode.TEXT_TRUNCATED.code());
    }
}
