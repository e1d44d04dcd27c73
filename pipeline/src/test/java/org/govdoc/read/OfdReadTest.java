package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.ReadAssertions.assertSampleTable;
import static org.govdoc.read.ReadAssertions.readOk;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.read.ofd.OfdRenderer;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OFD files written in the test with ofdrw-layout (text as text objects, cell borders as path
 * objects) read through {@link TikaFileReader}: detected by their {@code OFD.xml}, laid out by the
 * same layout layer as PDF; and one test per bad OFD.
 */
class OfdReadTest {

    private static final TikaFileReader READER = new TikaFileReader();

    @TempDir
    Path dir;

    private Path render(DocSpec spec, String name, Path seal) throws IOException {
        Path f = dir.resolve(name);
        new OfdRenderer(seal).render(spec, f);
        return f;
    }

    private static ErrorInfo failed(ReadOutcome o) {
        assertThat(o).as("outcome %s", o).isInstanceOf(ReadOutcome.Failed.class);
        return ((ReadOutcome.Failed) o).error();
    }

    @Test
    void anOfdIsDetectedByItsRootPartNotAsAZipArchive() throws Exception {
        Path f = render(SampleSpecs.doc(), "sample.zip", null);
        assertThat(READER.detect(f)).isEqualTo("application/ofd");
    }

    @Test
    void textHeadingsAndABorderedTableWithMergedCellsComeThroughTheLayoutLayer() throws Exception {
        ReadOutcome o = READER.read(render(SampleSpecs.doc(), "sample.ofd", null));
        Document doc = readOk(o);
        assertThat(o.mediaType()).isEqualTo("application/ofd");
        assertThat(doc.paragraphs()).extracting(Paragraph::text)
                .containsExactly(SampleSpecs.TITLE, SampleSpecs.HEADING, SampleSpecs.BODY, "二、绩效目标");
        assertThat(doc.tables()).hasSize(1);
        assertSampleTable(doc.tables().get(0));
        // page header and page number are furniture, left out as in PDF
        assertThat(doc.plainText()).doesNotContain("呈贡区财政局").doesNotContain("－ 1 －");
        assertThat(doc.metadata().pageCount()).isEqualTo(1);
    }

    @Test
    void severalPagesAndASealImageAreRead() throws Exception {
        List<SpecBlock> blocks = new ArrayList<>();
        blocks.add(new SpecBlock.Paragraph("关于印发某项工作方案的通知", 1, true));
        String[] sentences = {"各乡镇（街道）要按照本方案的要求，认真组织实施，确保各项任务按时完成。",
                "县财政局负责资金保障，县审计局负责监督检查。", "请于每季度末报送工作进展情况，年底前报送全年工作总结。",
                "加强宣传引导，营造全社会共同参与的良好氛围。", "本方案自印发之日起施行。"};
        for (int i = 1; i <= 60; i++) {
            blocks.add(SpecBlock.Paragraph.body("第" + i + "段：" + sentences[i % sentences.length].repeat(1 + i % 3)));
        }
        blocks.add(SpecBlock.Paragraph.body("最后一段。"));
        Path f = render(new DocSpec("t", "a", blocks, new PageFurniture(null, "dash")), "long.ofd", seal());
        Document doc = readOk(READER.read(f));
        assertThat(doc.metadata().pageCount()).isGreaterThan(2);
        List<String> texts = doc.paragraphs().stream().map(Paragraph::text).toList();
        assertThat(texts).contains("第1段：" + sentences[1].repeat(2), "第60段：" + sentences[0], "最后一段。");
        assertThat(texts).hasSize(62);
        assertThat(doc.paragraphs().get(doc.paragraphs().size() - 1).location().page()).isGreaterThan(2);
    }

    @Test
    void aTruncatedOfdIsCorrupt() throws Exception {
        Path f = render(SampleSpecs.doc(), "cut.ofd", null);
        byte[] bytes = Files.readAllBytes(f);
        Path cut = dir.resolve("cut2.ofd");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ErrorInfo e = failed(READER.read(cut));
        assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT.code());
        assertThat(e.message()).startsWith("The OFD file is truncated or damaged");
    }

    @Test
    void anOfdWithBrokenXmlIsCorrupt() throws Exception {
        Path f = render(SampleSpecs.doc(), "ok.ofd", null);
        Path bad = rewrite(f, "bad.ofd", "Doc_0/Document.xml", "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData>");
        ErrorInfo e = failed(READER.read(bad));
        assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT.code());
        assertThat(e.message()).contains("OFD file");
    }

    @Test
    void noTemporaryFolderIsLeftBehindByAGoodOrABrokenOfd() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.Set<Path> before = unpackFolders(tmp);
        Path good = render(SampleSpecs.doc(), "ok.ofd", null);
        Path bad = rewrite(good, "bad.ofd", "Doc_0/Document.xml", "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData>");
        assertThat(READER.read(good)).isInstanceOf(ReadOutcome.Read.class);
        assertThat(failed(READER.read(bad)).code()).isEqualTo(ErrorCode.CORRUPT.code());
        assertThat(unpackFolders(tmp)).as("folders unpacked from the OFDs and not deleted").isSubsetOf(before);
    }

    /** The folders OFD packages are unpacked to (govdoc's, and ofdrw's own names). */
    private static java.util.Set<Path> unpackFolders(Path tmp) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.list(tmp)) {
            return all.filter(p -> p.getFileName().toString().startsWith("govdoc-ofd-")
                    || p.getFileName().toString().startsWith("ofd-tmp-")).collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void anEncryptedOfdIsEncrypted() throws Exception {
        Path f = render(SampleSpecs.doc(), "ok.ofd", null);
        Path locked = rewrite(f, "locked.ofd", "Encryptions.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Encryptions xmlns:ofd=\"http://www.ofdspec.org/2016\">"
                        + "<ofd:EncryptInfo ID=\"1\"/></ofd:Encryptions>");
        ErrorInfo e = failed(READER.read(locked));
        assertThat(e.code()).isEqualTo(ErrorCode.ENCRYPTED.code());
    }

    @Test
    void anOfdHoldingOnlyASealIsEmptyAndSaysSo() throws Exception {
        Path f = render(new DocSpec(null, null, List.of(), PageFurniture.NONE), "seal.ofd", seal());
        ErrorInfo e = failed(READER.read(f));
        assertThat(e.code()).isEqualTo(ErrorCode.EMPTY.code());
        assertThat(e.message()).contains("only images or seals");
    }

    @Test
    void anOfdPartWithADoctypeIsRefused() throws Exception {
        Path f = render(SampleSpecs.doc(), "ok.ofd", null);
        Path bad = rewrite(f, "xxe.ofd", "OFD.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\">&e;</ofd:OFD>");
        ErrorInfo e = failed(READER.read(bad));
        assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT.code());
        assertThat(e.message()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void anOfdEntryPointingOutsideThePackageIsRefused() throws Exception {
        Path f = render(SampleSpecs.doc(), "ok.ofd", null);
        Path evil = rewrite(f, "slip.ofd", "../../evil.txt", "x");
        ErrorInfo e = failed(READER.read(evil));
        assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT.code());
        assertThat(e.message()).contains("outside the package");
        assertThat(dir.getParent().getParent().resolve("evil.txt")).doesNotExist();
    }

    @Test
    void textOnATemplatePageAndInAnAnnotationIsRead() throws Exception {
        Path f = render(SampleSpecs.doc(), "plain.ofd", null);
        String ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        Path withExtras = edit(f, "extras.ofd", java.util.Map.of(
                "Doc_0/Document.xml", x -> x
                        .replace("</ofd:CommonData>", "<ofd:TemplatePage ID=\"90\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/></ofd:CommonData>")
                        .replace("</ofd:Pages>", "</ofd:Pages><ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>"),
                "Doc_0/Pages/Page_0/Content.xml", x -> x
                        .replace("<ofd:Content>", "<ofd:Template TemplateID=\"90\" ZOrder=\"Background\"/><ofd:Content>")), java.util.Map.of(
                "Doc_0/Tpls/Tpl_0/Content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page " + ns + "><ofd:Content>"
                        + "<ofd:Layer ID=\"91\"><ofd:TextObject ID=\"92\" Boundary=\"25 150 100 8\" Font=\"3\" Size=\"4.2\">"
                        + "<ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"g 9 4.2\">模板页上的批示文字内容</ofd:TextCode></ofd:TextObject>"
                        + "</ofd:Layer></ofd:Content></ofd:Page>",
                "Doc_0/Annots/Annotations.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Annotations " + ns + ">"
                        + "<ofd:Page PageID=\"1\"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>",
                "Doc_0/Annots/Page_0/Annotation.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:PageAnnot " + ns + ">"
                        + "<ofd:Annot ID=\"93\" Type=\"Highlight\" Creator=\"OA\" LastModDate=\"2024-01-01\">"
                        + "<ofd:Appearance Boundary=\"25 170 120 8\"><ofd:TextObject ID=\"94\" Boundary=\"0 0 120 8\" Font=\"3\" Size=\"4.2\">"
                        + "<ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"g 7 4.2\">注释中的办理意见</ofd:TextCode></ofd:TextObject>"
                        + "</ofd:Appearance></ofd:Annot></ofd:PageAnnot>"));
        Document doc = readOk(READER.read(withExtras));
        assertThat(doc.paragraphs()).extracting(Paragraph::text)
                .contains(SampleSpecs.BODY, "模板页上的批示文字内容", "注释中的办理意见");
        assertSampleTable(doc.tables().get(0));
    }

    /** A copy of the package with parts edited and parts added. */
    private Path edit(Path ofd, String name, java.util.Map<String, java.util.function.UnaryOperator<String>> edits,
                      java.util.Map<String, String> added) throws IOException {
        Path out = dir.resolve(name);
        try (ZipFile in = new ZipFile(ofd.toFile()); OutputStream os = Files.newOutputStream(out);
             ZipOutputStream zos = new ZipOutputStream(os)) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes;
                try (InputStream is = in.getInputStream(entry)) {
                    bytes = is.readAllBytes();
                }
                if (edits.containsKey(entry.getName())) {
                    String edited = edits.get(entry.getName()).apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                    assertThat(edited).as("edit of %s applied", entry.getName()).isNotEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                    bytes = edited.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zos.putNextEntry(new ZipEntry(entry.getName()));
                zos.write(bytes);
                zos.closeEntry();
            }
            for (java.util.Map.Entry<String, String> a : added.entrySet()) {
                zos.putNextEntry(new ZipEntry(a.getKey()));
                zos.write(a.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zos.closeEntry();
            }
        }
        return out;
    }

    /** A red round seal, as a PNG. */
    private Path seal() throws IOException {
        BufferedImage img = new BufferedImage(120, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.drawOval(5, 5, 110, 110);
        g.fillOval(50, 50, 20, 20);
        g.dispose();
        Path p = dir.resolve("seal.png");
        ImageIO.write(img, "png", p.toFile());
        return p;
    }

    /** A copy of the package with one part replaced (or added). */
    private Path rewrite(Path ofd, String name, String part, String content) throws IOException {
        Path out = dir.resolve(name);
        try (ZipFile in = new ZipFile(ofd.toFile()); OutputStream os = Files.newOutputStream(out);
             ZipOutputStream zos = new ZipOutputStream(os)) {
            boolean replaced = false;
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                zos.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    zos.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    replaced = true;
                } else {
                    try (InputStream is = in.getInputStream(entry)) {
                        is.transferTo(zos);
                    }
                }
                zos.closeEntry();
            }
            if (!replaced) {
                zos.putNextEntry(new ZipEntry(part));
                zos.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zos.closeEntry();
            }
        }
        return out;
    }
}
