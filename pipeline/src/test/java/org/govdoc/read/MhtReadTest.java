package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.ReadAssertions.readOk;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Single file web pages" as Word and Internet Explorer save them, often under a .doc name. */
class MhtReadTest {

    private static final String PAGE = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">"
            + "<title>通知</title></head><body><p class=MsoNormal>关于印发工作方案的通知</p>"
            + "<table border=1><tr><td rowspan=2>产出指标</td><td>数量指标</td></tr><tr><td>质量指标</td></tr></table>"
            + "</body></html>";

    @TempDir
    Path dir;

    private static String quotedPrintable(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        int col = 0;
        for (byte x : bytes) {
            int c = x & 0xFF;
            String t = c >= 33 && c <= 126 && c != '=' ? String.valueOf((char) c) : String.format("=%02X", c);
            if (col + t.length() > 75) {
                b.append("=\r\n");
                col = 0;
            }
            b.append(t);
            col += t.length();
        }
        return b.toString();
    }

    private static void assertPage(Document doc) {
        assertThat(doc.paragraphs()).extracting(Paragraph::text).containsExactly("关于印发工作方案的通知");
        assertThat(ReadAssertions.cells(doc.tables().get(0)))
                .containsExactly("0,0,2,1:产出指标", "0,1,1,1:数量指标", "1,1,1,1:质量指标");
    }

    @Test
    void wordSingleFileWebPageNamedDoc() throws Exception {
        String mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01D9\"\r\n\r\n"
                + "此文档为“单个文件网页”。\r\n\r\n------=_NextPart_01D9\r\n"
                + "Content-Location: file:///C:/D1/notice.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Type: text/html; charset=\"gb2312\"\r\n\r\n"
                + quotedPrintable(PAGE.getBytes(Charset.forName("GB2312"))) + "\r\n\r\n"
                + "------=_NextPart_01D9\r\nContent-Location: file:///C:/D1/notice.files/filelist.xml\r\n"
                + "Content-Type: text/xml; charset=\"utf-8\"\r\n\r\n<xml/>\r\n\r\n------=_NextPart_01D9--\r\n";
        Path f = dir.resolve("通知.doc");
        Files.write(f, mht.getBytes(Charset.forName("GB2312")));
        ReadOutcome o = new TikaFileReader().read(f);
        assertThat(o.mediaType()).isEqualTo("multipart/related");
        assertPage(readOk(o));
    }

    @Test
    void internetExplorerArchiveWithBase64() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "From: <Saved by Windows Internet Explorer 8>\r\nSubject: notice\r\nDate: Mon, 8 May 2023 10:00:00 +0800\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                + "\tboundary=\"----=_NextPart_000_0000\"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n"
                + "------=_NextPart_000_0000\r\nContent-Type: text/html;\r\n\tcharset=\"gb2312\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(Base64.getMimeEncoder().encode(PAGE.getBytes(Charset.forName("GB2312"))));
        out.write("\r\n\r\n------=_NextPart_000_0000--\r\n".getBytes(StandardCharsets.US_ASCII));
        Path f = Files.write(dir.resolve("notice.mht"), out.toByteArray());
        assertPage(readOk(new TikaFileReader().read(f)));
    }
}
