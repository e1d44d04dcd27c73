package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main-part shortcut names Word and Excel packages as Tika does, and leaves every other case to Tika. */
class OoxmlMainPartTest {

    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    private final OoxmlMainPart detector = new OoxmlMainPart();

    @TempDir
    Path dir;

    @Test
    void namesADocxAndAnXlsxWrittenByPoi() throws IOException {
        Path docx = dir.resolve("a.bin");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            d.createParagraph().createRun().setText("工作方案");
            d.write(out);
        }
        Path xlsx = dir.resolve("b.bin");
        try (XSSFWorkbook w = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            w.createSheet("绩效目标表").createRow(0).createCell(0).setCellValue("指标");
            w.write(out);
        }
        assertThat(detector.detect(docx)).contains(
                MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertThat(detector.detect(xlsx)).contains(
                MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    /** A hand-made package: content types, root relationships and the parts named in them. */
    private Path pkg(String name, String contentTypes, String rels, String... parts) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        if (contentTypes != null) {
            entries.put("[Content_Types].xml", contentTypes);
        }
        if (rels != null) {
            entries.put("_rels/.rels", rels);
        }
        for (String p : parts) {
            entries.put(p, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }
        Path f = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return f;
    }

    private static String types(String partName, String type) {
        return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"" + partName + "\" ContentType=\"" + type + "\"/></Types>";
    }

    private static String rels(String... targets) {
        StringBuilder b = new StringBuilder("<Relationships xmlns=\"" + RELS_NS + "\">");
        int i = 1;
        for (String t : targets) {
            b.append("<Relationship Id=\"rId").append(i++).append("\" Type=\"").append(OFFICE_DOCUMENT)
                    .append("\" Target=\"").append(t).append("\"/>");
        }
        return b.append("</Relationships>").toString();
    }

    @Test
    void aMainPartNamedWithALeadingSlashOrOtherCaseIsFound() throws IOException {
        Path f = pkg("c.docx", types("/WORD/Document.xml", WORD_MAIN), rels("/word/document.xml"), "word/document.xml");
        assertThat(detector.detect(f)).contains(
                MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @Test
    void leavesEveryOtherPackageToTika() throws IOException {
        Map<String, Path> cases = new LinkedHashMap<>();
        cases.put("macro-enabled", pkg("m.docm", types("/word/document.xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml"), rels("word/document.xml"), "word/document.xml"));
        cases.put("two main parts", pkg("two.docx", types("/word/document.xml", WORD_MAIN),
                rels("word/document.xml", "word/document2.xml"), "word/document.xml", "word/document2.xml"));
        cases.put("main part missing", pkg("gone.docx", types("/word/document.xml", WORD_MAIN), rels("word/document.xml")));
        cases.put("no relationships", pkg("norels.docx", types("/word/document.xml", WORD_MAIN), null, "word/document.xml"));
        cases.put("no content types", pkg("notypes.docx", null, rels("word/document.xml"), "word/document.xml"));
        cases.put("only a default type", pkg("default.docx", "<Types xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
                rels("word/document.xml"), "word/document.xml"));
        cases.put("a path out of the package", pkg("up.docx", types("/word/document.xml", WORD_MAIN),
                rels("../word/document.xml"), "word/document.xml"));
        cases.put("broken XML", pkg("broken.docx", "<Types", rels("word/document.xml"), "word/document.xml"));
        cases.put("a DTD", pkg("dtd.docx", "<!DOCTYPE Types [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + types("/word/document.xml", WORD_MAIN), rels("word/document.xml"), "word/document.xml"));
        cases.put("not a ZIP", Files.writeString(dir.resolve("text.docx"), "PK\u0003\u0004 but nothing after"));
        for (Map.Entry<String, Path> c : cases.entrySet()) {
            assertThat(detector.detect(c.getValue())).as(c.getKey()).isEqualTo(Optional.empty());
        }
    }
}
