package org.govdoc.read.odt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.govdoc.model.Document;
import org.govdoc.read.ReadFailure;
import org.govdoc.record.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, hole 8: an ODT whose content.xml inflates like a ZIP bomb is refused as {@code too_large}
 * (the rule of {@link org.govdoc.read.ZipInflation}, as for DOCX and XLSX), whether its directory
 * states the true size or a false one; a cell declaring huge spans is read with spans bounded by the
 * table; an ordinary ODT is read.
 */
class OdtBombTest {

    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
            + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>";
    private static final String TAIL = "</office:text></office:body></office:document-content>";

    @TempDir
    Path dir;

    private static byte[] odt(String body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry mimetype = new ZipEntry("mimetype");
            zip.putNextEntry(mimetype);
            zip.write(ODT.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write((HEAD + body + TAIL).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** 20 MB of spaces inside one paragraph: a few KB compressed. */
    private static String bomb() {
        return "<text:p>炸弹" + " ".repeat(20_000_000) + "</text:p>";
    }

    @Test
    void anOrdinaryOdtIsRead() throws Exception {
        Path f = Files.write(dir.resolve("ok.odt"), odt("<text:p>关于印发工作方案的通知</text:p>"));
        Document doc = new OdtReader().read(f, ODT);
        assertThat(doc.paragraphs()).extracting(p -> p.text()).containsExactly("关于印发工作方案的通知");
    }

    @Test
    void aBombDeclaringItsSizeIsRefusedBeforeReading() throws Exception {
        Path f = Files.write(dir.resolve("bomb.odt"), odt(bomb()));
        ReadFailure failure = catchThrowableOfType(() -> new OdtReader().read(f, ODT), ReadFailure.class);
        assertThat(failure).isNotNull();
        assertThat(failure.code()).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(failure.getMessage()).contains("ZIP bomb").contains("content.xml");
    }

    @Test
    void aBombStatingAFalseSizeIsStoppedWhileInflating() throws Exception {
        byte[] zip = odt(bomb());
        lieAboutSizes(zip, "content.xml", 1000);
        Path f = Files.write(dir.resolve("liar.odt"), zip);
        ReadFailure failure = catchThrowableOfType(() -> new OdtReader().read(f, ODT), ReadFailure.class);
        assertThat(failure).isNotNull();
        assertThat(failure.code()).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(failure.getMessage()).contains("ZIP bomb").contains("content.xml");
    }

    /** Writes a false uncompressed size for the entry in the central directory. */
    private static void lieAboutSizes(byte[] zip, String name, int size) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (b.getInt(i) != 0x02014b50) {
                continue;
            }
            int nameLength = Short.toUnsignedInt(b.getShort(i + 28));
            String entry = new String(zip, i + 46, nameLength, StandardCharsets.UTF_8);
            if (entry.equals(new String(wanted, StandardCharsets.UTF_8))) {
                b.putInt(i + 24, size);
                return;
            }
        }
        throw new AssertionError("no central directory entry " + name);
    }

    @Test
    void aCellClaimingABillionRowsAndColumnsIsReadWithSpansBoundedByTheTable() throws Exception {
        String table = "<table:table xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><table:table-row>"
                + "<table:table-cell table:number-rows-spanned=\"1000000000\" table:number-columns-spanned=\"1000000000\">"
                + "<text:p>项目名称</text:p></table:table-cell><table:table-cell><text:p>金额</text:p></table:table-cell>"
                + "</table:table-row><table:table-row><table:table-cell><text:p>12</text:p></table:table-cell>"
                + "</table:table-row></table:table>";
        Path f = Files.write(dir.resolve("spans.odt"), odt(table));
        Document doc = new OdtReader().read(f, ODT);
        assertThat(doc.tables()).hasSize(1);
        org.govdoc.model.Cell first = doc.tables().get(0).rows().get(0).cells().get(0);
        assertThat(first.text()).isEqualTo("项目名称");
        assertThat(first.rowSpan()).isEqualTo(2);
        assertThat(first.colSpan()).isEqualTo(org.govdoc.read.TableBuilder.MAX_COLUMNS);
        assertThat(doc.tables().get(0).rows()).flatExtracting(r -> r.cells()).extracting(c -> c.text())
                .containsExactly("项目名称", "金额", "12");
    }
}
