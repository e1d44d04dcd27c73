package org.govdoc.read.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Table;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.ReadOutcome;
import org.govdoc.read.TikaFileReader;
import org.govdoc.record.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOCX reader on hand-written WordprocessingML: structure it must see and packages it must refuse. */
class DocxReaderTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    private static String p(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String p(String pPr, String text) {
        return "<w:p><w:pPr>" + pPr + "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String tc(String tcPr, String text) {
        return "<w:tc>" + (tcPr.isEmpty() ? "" : "<w:tcPr>" + tcPr + "</w:tcPr>") + p(text) + "</w:tc>";
    }

    private Document read(WordPackageWriter pkg) throws Exception {
        return new DocxReader().read(pkg.write(dir.resolve("t.docx")), DOCX);
    }

    private static List<String> cells(Table t) {
        return t.rows().stream().flatMap(r -> r.cells().stream()).map(DocxReaderTest::describe).toList();
    }

    private static String describe(Cell c) {
        return c.row() + "," + c.column() + "," + c.rowSpan() + "," + c.colSpan() + ":" + c.text();
    }

    @Test
    void contentControlsAndCustomXmlAreReadThrough() throws Exception {
        Document d = read(new WordPackageWriter().body(
                p("开头")
                + "<w:sdt><w:sdtPr><w:alias w:val=\"项目名称\"/></w:sdtPr><w:sdtContent>" + p("项目名称：道路提升改造")
                + "<w:tbl><w:tr><w:sdt><w:sdtContent>" + tc("", "一级指标") + "</w:sdtContent></w:sdt>" + tc("", "指标值")
                + "</w:tr></w:tbl></w:sdtContent></w:sdt>"
                + "<w:customXml w:element=\"x\">" + p("自定义标记中的段落") + "</w:customXml>"));
        assertThat(d.paragraphs()).extracting(Paragraph::text)
                .containsExactly("开头", "项目名称：道路提升改造", "自定义标记中的段落");
        assertThat(cells(d.tables().get(0))).containsExactly("0,0,1,1:一级指标", "0,1,1,1:指标值");
    }

    @Test
    void gridBeforeSpansAndMerges() throws Exception {
        Document d = read(new WordPackageWriter().body("<w:tbl>"
                + "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "产出指标") + tc("<w:gridSpan w:val=\"2\"/>", "数量指标") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>", "") + tc("<w:hMerge w:val=\"restart\"/>", "培训人次")
                + tc("<w:hMerge/>", "") + "</w:tr>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>" + tc("", "300人次") + "</w:tr>"
                + "</w:tbl>"));
        assertThat(cells(d.tables().get(0))).containsExactly(
                "0,0,2,1:产出指标", "0,1,1,2:数量指标", "1,1,1,2:培训人次", "2,2,1,1:300人次");
    }

    @Test
    void nestedTablesAreFlattenedIntoTheirCell() throws Exception {
        Document d = read(new WordPackageWriter().body("<w:tbl><w:tr>" + tc("", "外层")
                + "<w:tc><w:tbl><w:tr>" + tc("", "甲") + tc("", "乙") + "</w:tr><w:tr>" + tc("", "丙") + tc("", "")
                + "</w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>"));
        assertThat(cells(d.tables().get(0))).containsExactly("0,0,1,1:外层", "0,1,1,1:甲 乙\n丙");
    }

    @Test
    void headingsFromOutlineLevelsAndTheStyleChain() throws Exception {
        String styles = "<w:styles " + WordPackageWriter.W_NS + ">"
                + "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:name w:val=\"heading 1\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Mine\"><w:name w:val=\"我的标题\"/><w:basedOn w:val=\"H1\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Outline\"><w:name w:val=\"Custom\"/>"
                + "<w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Loop\"><w:basedOn w:val=\"Loop\"/></w:style>"
                + "</w:styles>";
        Document d = read(new WordPackageWriter()
                .related("styles", "styles.xml", "word/styles.xml", styles)
                .body(p("<w:outlineLvl w:val=\"1\"/>", "一、总体要求")
                        + p("<w:pStyle w:val=\"Mine\"/>", "二、主要任务")
                        + p("<w:pStyle w:val=\"Outline\"/>", "（一）优化审批")
                        + p("<w:pStyle w:val=\"Outline\"/><w:outlineLvl w:val=\"9\"/>", "正文级别仍看样式")
                        + p("<w:pStyle w:val=\"Loop\"/>", "循环的样式链")
                        + p("<w:pStyle w:val=\"Missing\"/>", "没有的样式")));
        assertThat(d.paragraphs()).extracting(Paragraph::headingLevel).containsExactly(2, 1, 3, 3, null, null);
    }

    @Test
    void numberingFromTheParagraphAndFromItsStyle() throws Exception {
        String numbering = "<w:numbering " + WordPackageWriter.W_NS + ">"
                + "<w:abstractNum w:abstractNumId=\"7\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
                + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"8\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"7\"/><w:lvlOverride w:ilvl=\"1\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"
                + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"8\"/></w:num>"
                + "</w:numbering>";
        String styles = "<w:styles " + WordPackageWriter.W_NS + ">"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Task\"><w:name w:val=\"任务\"/>"
                + "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>";
        Document d = read(new WordPackageWriter()
                .related("styles", "styles.xml", "word/styles.xml", styles)
                .related("numbering", "/word/numbering.xml", "word/numbering.xml", numbering)
                .body(p("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>", "总体要求")
                        + p("<w:pStyle w:val=\"Task\"/>", "优化审批流程")
                        + p("<w:pStyle w:val=\"Task\"/>", "压缩办理时限")
                        + p("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>", "保障措施")
                        + p("<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/></w:numPr>", "加强组织领导")
                        + p("<w:numPr><w:numId w:val=\"3\"/></w:numPr>", "项目符号不算编号")
                        + p("<w:pStyle w:val=\"Task\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>", "编号被取消")));
        assertThat(d.paragraphs()).extracting(Paragraph::text).containsExactly(
                "一、总体要求", "（一）优化审批流程", "（二）压缩办理时限", "二、保障措施", "（五）加强组织领导",
                "项目符号不算编号", "编号被取消");
    }

    @Test
    void propertiesFromCoreAndExtendedParts() throws Exception {
        String core = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                + "<dc:title> 呈贡区2024年城市道路提升改造项目 </dc:title><dc:creator>区财政局</dc:creator>"
                + "<dcterms:created>2024-03-05T09:30:00+08:00</dcterms:created>"
                + "<dcterms:modified>2024-03-06T02:00:00Z</dcterms:modified></cp:coreProperties>";
        String app = "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Pages>3</Pages></Properties>";
        Document d = read(new WordPackageWriter().body(p("正文"))
                .packageRelated("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                        "docProps/core.xml", core)
                .packageRelated("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
                        "docProps/app.xml", app));
        assertThat(d.metadata().title()).isEqualTo("呈贡区2024年城市道路提升改造项目");
        assertThat(d.metadata().author()).isEqualTo("区财政局");
        assertThat(d.metadata().created()).isEqualTo(Instant.parse("2024-03-05T01:30:00Z"));
        assertThat(d.metadata().modified()).isEqualTo(Instant.parse("2024-03-06T02:00:00Z"));
        assertThat(d.metadata().pageCount()).isEqualTo(3);
    }

    @Test
    void partsAreFoundThroughTheRelationshipsWhereverTheyAre() throws Exception {
        String styles = "<w:styles " + WordPackageWriter.W_NS + "><w:style w:type=\"paragraph\" w:styleId=\"T\">"
                + "<w:name w:val=\"Heading 1\"/></w:style></w:styles>";
        Document d = read(new WordPackageWriter("content/main.xml")
                .related("styles", "../style%20sheets/%E6%A0%B7%E5%BC%8F.xml", "style sheets/样式.xml", styles)
                .body(p("<w:pStyle w:val=\"T\"/>", "标题") + p("正文")));
        assertThat(d.paragraphs()).extracting(Paragraph::text).containsExactly("标题", "正文");
        assertThat(d.paragraphs().get(0).headingLevel()).isEqualTo(1);
    }

    @Test
    void relationshipTargetsResolveAsOpcPartNames() {
        assertThat(DocxPackage.resolve("word/", "styles.xml")).isEqualTo("word/styles.xml");
        assertThat(DocxPackage.resolve("word/", "/word/numbering.xml")).isEqualTo("word/numbering.xml");
        assertThat(DocxPackage.resolve("word/sub/", "../../docProps/./app.xml")).isEqualTo("docProps/app.xml");
        assertThat(DocxPackage.resolve("", "word/document.xml")).isEqualTo("word/document.xml");
        assertThat(DocxPackage.resolve("word/", "a%2Bb+c.xml")).isEqualTo("word/a+b+c.xml");
        assertThat(DocxPackage.resolve("word/", "bad%zz.xml")).isEqualTo("word/bad%zz.xml");
    }

    @Test
    void aPackageWithoutItsMainDocumentFails() throws Exception {
        Path f = new WordPackageWriter().write(dir.resolve("hollow.docx")); // the relationship points at nothing
        assertThatThrownBy(() -> new DocxReader().read(f, DOCX)).hasMessageContaining("word/document.xml");
    }

    @Test
    void strictOpenXmlIsRead() throws Exception {
        Path f = new WordPackageWriter().part("word/document.xml",
                "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\" w:conformance=\"strict\">"
                        + "<w:body><w:p><w:r><w:t>严格格式的正文</w:t></w:r></w:p></w:body></w:document>")
                .write(dir.resolve("strict.docx"));
        assertThat(new DocxReader().read(f, DOCX).plainText()).isEqualTo("严格格式的正文");
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityIsResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "机密内容", StandardCharsets.UTF_8);
        Path f = new WordPackageWriter().part("word/document.xml",
                "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document " + WordPackageWriter.W_NS + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
                .write(dir.resolve("xxe.docx"));
        assertThatThrownBy(() -> new DocxReader().read(f, DOCX)).hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(e.toString()).doesNotContain("机密内容"));
        ReadOutcome o = new TikaFileReader().read(f);
        assertThat(o).isInstanceOf(ReadOutcome.Failed.class);
        assertThat(((ReadOutcome.Failed) o).error().code()).isEqualTo(ErrorCode.CORRUPT.code());
    }

    /** A package with a numbering part of 20 MB of spaces (it compresses a thousand times over). */
    private Path bomb(String name) throws Exception {
        Path f = new WordPackageWriter().body(p("正文")).write(dir.resolve("plain-" + name));
        Path bomb = dir.resolve(name);
        try (ZipFile in = new ZipFile(f.toFile()); OutputStream out = Files.newOutputStream(bomb);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("word/_rels/document.xml.rels")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("</Relationships>",
                            "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\""
                            + " Target=\"numbering.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8);
                }
                zip.write(bytes);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/numbering.xml"));
            zip.write(("<w:numbering " + WordPackageWriter.W_NS + ">").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.write("</w:numbering>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bomb;
    }

    private static void assertRefusedAsBomb(ReadOutcome o) {
        assertThat(o).as(o.toString()).isInstanceOf(ReadOutcome.Failed.class);
        assertThat(((ReadOutcome.Failed) o).error().code()).isEqualTo(ErrorCode.TOO_LARGE.code());
        assertThat(((ReadOutcome.Failed) o).error().message()).contains("ZIP bomb").contains("word/numbering.xml");
    }

    @Test
    void aZipBombPartIsRefusedAsTooLarge() throws Exception {
        assertRefusedAsBomb(new TikaFileReader().read(bomb("bomb.docx")));
    }

    @Test
    void aZipBombThatUnderstatesItsSizeIsStoppedWhileInflating() throws Exception {
        Path f = bomb("liar.docx");
        // the central directory says the numbering part inflates to 1,000 bytes
        byte[] bytes = Files.readAllBytes(f);
        byte[] name = "word/numbering.xml".getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int patched = 0;
        for (int i = 0; i + 46 + name.length <= bytes.length; i++) {
            if (buf.getInt(i) == 0x02014b50 && buf.getShort(i + 28) == name.length
                    && Arrays.equals(Arrays.copyOfRange(bytes, i + 46, i + 46 + name.length), name)) {
                buf.putInt(i + 24, 1000);
                patched++;
            }
        }
        assertThat(patched).isEqualTo(1);
        Files.write(f, bytes);
        try (ZipFile check = new ZipFile(f.toFile())) {
            assertThat(check.getEntry("word/numbering.xml").getSize()).isEqualTo(1000);
        }
        assertRefusedAsBomb(new TikaFileReader().read(f));
    }

    @Test
    void notAZipAtAllIsCorrupt() throws Exception {
        Path f = Files.writeString(dir.resolve("fake.docx"), "PK but not really a zip");
        assertThatThrownBy(() -> new DocxReader().read(f, DOCX)).isInstanceOf(ReadFailure.class)
                .hasMessageStartingWith("The DOCX (Word) file is truncated or damaged");
    }
}
