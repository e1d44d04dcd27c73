package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.ReadAssertions.readOk;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govdoc.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word markup the text must see through: tracked changes, fields, text boxes, symbols. */
class DocxMarkupTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @TempDir
    Path dir;

    /** A DOCX whose one paragraph is replaced by the given w:p XML. */
    private Path docxWithParagraph(String paragraphXml) throws Exception {
        Path f = dir.resolve("markup.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            doc.createParagraph().createRun().setText("@@MARK@@");
            doc.write(out);
        }
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + f.toUri()), Map.of())) {
            Path xml = zip.getPath("word/document.xml");
            String s = Files.readString(xml, StandardCharsets.UTF_8);
            int at = s.indexOf("@@MARK@@");
            int start = s.lastIndexOf("<w:p>", at) >= 0 ? s.lastIndexOf("<w:p>", at) : s.lastIndexOf("<w:p ", at);
            int end = s.indexOf("</w:p>", at) + "</w:p>".length();
            Files.writeString(xml, s.substring(0, start) + paragraphXml + s.substring(end), StandardCharsets.UTF_8);
        }
        return f;
    }

    @Test
    void trackedChangesFieldsAndBreaks() throws Exception {
        Path f = docxWithParagraph("<w:p " + W + ">"
                + "<w:r><w:t xml:space=\"preserve\">项目资金</w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>50</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>69.381</w:t></w:r></w:ins>"
                + "<w:r><w:t>万元</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>（第3页）</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:br/><w:t>第二行</w:t><w:br w:type=\"page\"/></w:r>"
                + "</w:p>");
        assertThat(readOk(new TikaFileReader().read(f)).paragraphs()).extracting(Paragraph::text)
                .containsExactly("项目资金69.381万元（第3页）\n第二行");
    }

    @Test
    void textBoxesBecomeParagraphsOnce() throws Exception {
        String box = "<w:txbxContent><w:p><w:r><w:t>昆明市呈贡区人民政府文件</w:t></w:r></w:p></w:txbxContent>";
        Path f = docxWithParagraph("<w:p " + W
                + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\">"
                + "<w:r><w:t>正文</w:t></w:r>"
                + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>" + box
                + "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box
                + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
                + "</w:p>");
        assertThat(readOk(new TikaFileReader().read(f)).paragraphs()).extracting(Paragraph::text)
                .containsExactly("正文", "昆明市呈贡区人民政府文件");
    }
}
