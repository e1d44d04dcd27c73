package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.ReadAssertions.readOk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.govdoc.corpus.render.DocxRenderer;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per error code: every bad file gives a {@link ReadOutcome.Failed}, never an exception. */
class FailureReadTest {

    private final TikaFileReader reader = new TikaFileReader();

    @TempDir
    Path dir;

    private static ErrorInfo failed(ReadOutcome o) {
        assertThat(o).as("outcome %s", o).isInstanceOf(ReadOutcome.Failed.class);
        return ((ReadOutcome.Failed) o).error();
    }

    private Path docx(String name) throws Exception {
        Path f = dir.resolve(name);
        new DocxRenderer().render(SampleSpecs.doc(), f);
        return f;
    }

    @Test
    void encryptedPdf() throws Exception {
        Path plain = dir.resolve("plain.pdf");
        FormatReadTest.writePdf(plain, List.of("Secret budget"));
        Path locked = dir.resolve("locked.pdf");
        try (PDDocument pdf = Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(locked.toFile());
        }
        ReadOutcome o = reader.read(locked);
        assertThat(o.mediaType()).isEqualTo("application/pdf");
        ErrorInfo e = failed(o);
        assertThat(e.code()).isEqualTo(ErrorCode.ENCRYPTED.code());
        assertThat(e.message()).contains("password");
    }

    @Test
    void passwordProtectedDocx() throws Exception {
        Path plain = docx("plain.docx");
        Path locked = PasswordLocked.lock(plain, dir.resolve("locked.docx"));
        ErrorInfo e = failed(reader.read(locked));
        assertThat(e.code()).isEqualTo(ErrorCode.ENCRYPTED.code());
        assertThat(e.message()).contains("password");
    }

    @Test
    void truncatedDocxIsCorrupt() throws Exception {
        Path whole = docx("whole.docx");
        Path cut = dir.resolve("cut.docx");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ReadOutcome o = reader.read(cut);
        assertThat(o.mediaType()).endsWith("wordprocessingml.document");
        ErrorInfo e = failed(o);
        assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT.code());
        assertThat(e.message()).startsWith("The DOCX (Word) file is truncated or damaged");
    }

    @Test
    void zeroBytesIsEmpty() throws Exception {
        Path f = Files.createFile(dir.resolve("nothing.docx"));
        ErrorInfo e = failed(reader.read(f));
        assertThat(e.code()).isEqualTo(ErrorCode.EMPTY.code());
        assertThat(e.message()).contains("0 bytes");
    }

    @Test
    void documentWithoutTextIsEmpty() throws Exception {
        Path f = dir.resolve("blank.docx");
        new DocxRenderer().render(new DocSpec(null, null, List.of(SpecBlock.Paragraph.body("  ")), null), f);
        ErrorInfo e = failed(reader.read(f));
        assertThat(e.code()).isEqualTo(ErrorCode.EMPTY.code());
        assertThat(e.message()).contains("no text");
    }

    @Test
    void randomBytesAreUnsupported() throws Exception {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Path bin = Files.write(dir.resolve("blob.bin"), junk);
        assertThat(failed(reader.read(bin)).code()).isEqualTo(ErrorCode.UNSUPPORTED_TYPE.code());
        // a text name does not make binary content text
        Path txt = Files.write(dir.resolve("blob.txt"), junk);
        assertThat(failed(reader.read(txt)).code()).isEqualTo(ErrorCode.UNSUPPORTED_TYPE.code());
    }

    @Test
    void imageOfAKindNotReadAsAScanIsUnsupportedWhateverItsName() throws Exception {
        Path gif = dir.resolve("scan.docx");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "gif", gif.toFile());
        ReadOutcome o = reader.read(gif);
        assertThat(o.mediaType()).isEqualTo("image/gif");
        ErrorInfo e = failed(o);
        assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_TYPE.code());
        assertThat(e.message()).contains("image");
    }

    @Test
    void zipIsDetectedButNotRead() throws Exception {
        Path zip = dir.resolve("bundle.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write("附件".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(reader.detect(zip)).isEqualTo("application/zip");
        assertThat(failed(reader.read(zip)).code()).isEqualTo(ErrorCode.UNSUPPORTED_TYPE.code());
    }

    @Test
    void tooLargeWithATinyLimit() throws Exception {
        Path f = docx("big.docx");
        ReadOutcome o = new TikaFileReader(1000).read(f);
        ErrorInfo e = failed(o);
        assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE.code());
        assertThat(e.message()).contains("limit of 1000 bytes");
        assertThat(o.mediaType()).endsWith("wordprocessingml.document");
    }

    @Test
    void missingFileIsAnIoError() {
        ErrorInfo e = failed(reader.read(dir.resolve("gone.doc")));
        assertThat(e.code()).isEqualTo(ErrorCode.IO_ERROR.code());
    }

    @Test
    void folderIsAnIoError() {
        assertThat(failed(reader.read(dir)).code()).isEqualTo(ErrorCode.IO_ERROR.code());
    }

    @Test
    void corruptOfficeBinaryIsCorrupt() throws Exception {
        // an OLE2 container that is not a Word document inside, under a .doc name
        Path f = dir.resolve("broken.doc");
        byte[] doc = Files.readAllBytes(FormatReadTest.fixture("sample.doc"));
        Files.write(f, java.util.Arrays.copyOf(doc, 2048));
        ErrorInfo e = failed(reader.read(f));
        assertThat(e.code()).isIn(ErrorCode.CORRUPT.code(), ErrorCode.UNSUPPORTED_TYPE.code());
    }

    @Test
    void readerKeepsWorkingAfterEveryKindOfFailure() throws Exception {
        Path good = docx("good.docx");
        Path cut = dir.resolve("cut.docx");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(cut, java.util.Arrays.copyOf(bytes, 100));
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        byte[] junk = new byte[512];
        new Random(7).nextBytes(junk);
        Path bin = Files.write(dir.resolve("junk.bin"), junk);
        for (Path bad : List.of(cut, empty, bin, dir.resolve("missing.docx"))) {
            assertThat(reader.read(bad)).isInstanceOf(ReadOutcome.Failed.class);
            ReadAssertions.assertSampleTable(readOk(reader.read(good)).tables().get(0));
        }
    }
}
