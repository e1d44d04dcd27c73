package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.html.JSoupParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detection shortcuts give the type Tika's full detection gives. */
class TikaEngineTest {

    private final TikaEngine tika = TikaEngine.shared();

    @TempDir
    Path dir;

    /** What Tika's own detector says, name as a hint: the reference for every shortcut. */
    private static MediaType fullDetection(Path file) throws IOException {
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file, m)) {
            return TikaConfig.getDefaultConfig().getDetector().detect(in, m).getBaseType();
        }
    }

    @Test
    void aPdfHeaderIsAPdfWhateverTheName() throws IOException {
        Path f = Files.writeString(dir.resolve("note.txt"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n", StandardCharsets.ISO_8859_1);
        assertThat(tika.detect(f)).isEqualTo(MediaType.application("pdf")).isEqualTo(fullDetection(f));
    }

    @Test
    void anOfficeZipIsNamedByItsParts() throws IOException {
        Path f = dir.resolve("renamed.bin");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            d.createParagraph().createRun().setText("工作方案");
            d.write(out);
        }
        assertThat(tika.detect(f).toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .isEqualTo(fullDetection(f).toString());
    }

    @Test
    void aZipThatIsNoOfficeFileGetsTikasFullAnswer() throws IOException {
        for (String name : new String[] {"archive.zip", "looks-like.docx", "no-extension"}) {
            Path f = dir.resolve(name);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
                zip.putNextEntry(new ZipEntry("a.txt"));
                zip.write("内容".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            // by content: a ZIP of files is a ZIP under any name (Tika's name hint would call the
            // .docx one a DOCX, which then fails as corrupt)
            assertThat(tika.detect(f)).as(name).isEqualTo(MediaType.APPLICATION_ZIP);
        }
        assertThat(tika.detect(dir.resolve("archive.zip"))).isEqualTo(fullDetection(dir.resolve("archive.zip")));
    }

    @Test
    void textIsTextUnderAnyNameAndTheNameOnlyPicksAKindOfText() throws IOException {
        byte[] gbk = "关于某某建议的答复\n请于2023年3月31日前报送。\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        for (String name : new String[] {"a.txt", "a.docx", "a.pdf", "a.xlsx", "no-extension"}) {
            assertThat(tika.detect(Files.write(dir.resolve(name), gbk))).as(name).isEqualTo(MediaType.TEXT_PLAIN);
        }
        byte[] utf16 = "关于某某建议的答复 2023\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(tika.detect(Files.write(dir.resolve("u.docx"), utf16))).isEqualTo(MediaType.TEXT_PLAIN);
        byte[] dos = java.util.Arrays.copyOf(gbk, gbk.length + 1);
        dos[gbk.length] = 0x1a; // the end-of-file mark of old DOS editors
        assertThat(tika.detect(Files.write(dir.resolve("dos.doc"), dos))).isEqualTo(MediaType.TEXT_PLAIN);
        Path csv = Files.writeString(dir.resolve("t.csv"), "项目,金额\n道路,100\n");
        assertThat(tika.detect(csv)).isEqualTo(MediaType.text("csv"));
        Path binary = Files.write(dir.resolve("b.docx"), new byte[] {1, 2, 3, 0, (byte) 0xff, 0, 7, 8});
        assertThat(tika.detect(binary)).isEqualTo(MediaType.OCTET_STREAM);
    }

    @Test
    void aZipHoldingTheMainPartOfAWordOrExcelPackageButNoContentTypesIsThatPackage() throws IOException {
        for (String[] c : new String[][] {{"word/document.xml", "wordprocessingml.document"},
                {"xl/workbook.xml", "spreadsheetml.sheet"}}) {
            Path f = dir.resolve("damaged.zip");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
                zip.putNextEntry(new ZipEntry(c[0]));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            assertThat(tika.detect(f).toString()).isEqualTo("application/vnd.openxmlformats-officedocument." + c[1]);
        }
    }

    @Test
    void otherContentGoesThroughTika() throws IOException {
        Path html = Files.writeString(dir.resolve("page.htm"), "<html><head><title>答复</title></head><body><p>正文</p></body></html>");
        Path text = Files.writeString(dir.resolve("plain.txt"), "关于某某建议的答复\n");
        for (Path f : Stream.of(html, text).toList()) {
            assertThat(tika.detect(f)).as(f.getFileName().toString()).isEqualTo(fullDetection(f));
        }
        assertThat(tika.detect(html)).isEqualTo(MediaType.text("html"));
    }

    @Test
    void everyZipFixtureGetsTikasType() throws IOException {
        // the office files of the test fixtures: LibreOffice, WPS and POI packages, Word and Excel
        List<Path> zips;
        try (Stream<Path> all = Files.walk(Path.of("src/test/resources"))) {
            zips = all.filter(Files::isRegularFile).filter(TikaEngineTest::isZip).toList();
        }
        assertThat(zips).hasSizeGreaterThan(10);
        for (Path f : zips) {
            assertThat(tika.detect(f)).as(f.toString()).isEqualTo(fullDetection(f));
        }
    }

    private static boolean isZip(Path f) {
        try (java.io.InputStream in = Files.newInputStream(f)) {
            byte[] h = in.readNBytes(4);
            return h.length == 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void parserForATypeIsTheOneTikaWouldChoose() {
        assertThat(tika.parserFor(MediaType.parse("text/html; charset=gbk"))).isInstanceOf(JSoupParser.class);
        assertThat(tika.parserFor(MediaType.parse("application/x-govdoc-unknown"))).isSameAs(EmptyParser.INSTANCE);
    }
}
