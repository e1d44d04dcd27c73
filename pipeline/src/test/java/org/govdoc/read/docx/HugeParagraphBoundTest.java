package org.govdoc.read.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.govdoc.extract.Extractor;
import org.govdoc.ingest.ParseRequest;
import org.govdoc.ingest.ParseTask;
import org.govdoc.ingest.RecordLimits;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.read.ReadContext;
import org.govdoc.read.TikaFileReader;
import org.govdoc.record.Extraction;
import org.govdoc.record.Warning;
import org.govdoc.record.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, hole 8: a DOCX whose one paragraph holds millions of characters (a 50 MB paragraph) is
 * read up to the document's bound (the record's text bound, {@code --max-text-chars}): the paragraph
 * is cut, what follows is not read, and the warning {@code content_truncated} says where. The bound is
 * proven with a small limit on a paragraph of 60,000 characters.
 */
class HugeParagraphBoundTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int LENGTH = 60_000;
    private static final int BOUND = 4_000;

    @TempDir
    Path dir;

    /** A title, one paragraph of LENGTH varied Chinese characters (so it compresses as text does), a closing line. */
    private Path hugeParagraph() throws Exception {
        Random random = new Random(18);
        StringBuilder text = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            text.append((char) (0x4E00 + random.nextInt(3000)));
        }
        return new WordPackageWriter().body("<w:p><w:r><w:t>关于统计附表的说明</w:t></w:r></w:p>"
                        + "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"
                        + "<w:p><w:r><w:t>附件：统计附表</w:t></w:r></w:p>")
                .write(dir.resolve("huge-paragraph.docx"));
    }

    @Test
    void aHugeParagraphIsCutAtTheBoundWithAWarning() throws Exception {
        Path f = hugeParagraph();
        Document whole = new DocxReader().read(f, DOCX);
        assertThat(whole.paragraphs().get(1).text()).hasSize(LENGTH);

        ReadContext context = new ReadContext(BOUND);
        Document cut = new DocxReader().read(f, DOCX, context);

        assertThat(cut.plainText()).hasSize(BOUND);
        assertThat(cut.paragraphs()).extracting(Paragraph::text).hasSize(2)
                .first().isEqualTo("关于统计附表的说明");
        assertThat(whole.paragraphs().get(1).text()).startsWith(cut.paragraphs().get(1).text());
        assertThat(cut.plainText()).doesNotContain("附件：统计附表");
        assertThat(context.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningCode.CONTENT_TRUNCATED);
            assertThat(w.location().block()).isEqualTo(1);
            // the title, a line break, and BOUND - 10 characters of the paragraph were kept
            assertThat(w.message()).contains("第 2 段的第 " + (BOUND - 10 + 1) + " 个字符")
                    .contains("舍去 " + (LENGTH - (BOUND - 10)) + " 个字符");
        });
    }

    @Test
    void theRecordOfAHugeParagraphCarriesTheCutAndNoMoreText() throws Exception {
        Path f = hugeParagraph();
        ParseRequest request = new ParseRequest(f.toString(), f.toString(), "huge-paragraph.docx", Files.size(f),
                "0".repeat(64), false, RecordLimits.DEFAULT.withMaxTextChars(BOUND));
        Extraction e = new ParseTask(new TikaFileReader(), new Extractor()).run(request);
        assertThat(e.ok()).isTrue();
        assertThat(e.text()).hasSize(BOUND).startsWith("关于统计附表的说明\n");
        assertThat(e.warnings()).extracting(Warning::code).contains(WarningCode.CONTENT_TRUNCATED.code())
                .doesNotContain(WarningCode.TEXT_TRUNCATED.code());
    }

    @Test
    void aRecordThatKeepsNoTextStillHasItsFileRead() throws Exception {
        Path f = hugeParagraph();
        ParseRequest request = new ParseRequest(f.toString(), f.toString(), "huge-paragraph.docx", Files.size(f),
                "0".repeat(64), false, RecordLimits.DEFAULT.withMaxTextChars(0));
        Extraction e = new ParseTask(new TikaFileReader(), new Extractor()).run(request);
        assertThat(e.ok()).as("read up to the default bound, not an empty document").isTrue();
        assertThat(e.text()).isEmpty();
        assertThat(e.warnings()).extracting(Warning::code).contains(WarningCode.TEXT_TRUNCATED.code())
                .doesNotContain(WarningCode.CONTENT_TRUNCATED.code());
    }
}
