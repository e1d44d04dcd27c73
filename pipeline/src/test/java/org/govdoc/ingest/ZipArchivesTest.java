package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipArchivesTest {

    @TempDir
    Path tmp;

    @Test
    void aZipOfFilesIsAnArchiveButAnOfficePackageIsNot() throws Exception {
        Path archive = tmp.resolve("files.zip");
        IngestTest.zip(archive, false, "a.txt", "一");
        Path docx = tmp.resolve("named-like-a.zip");
        IngestTest.zip(docx, false, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
        Path text = Files.writeString(tmp.resolve("plain.zip"), "PK but not really");

        assertThat(ZipArchives.isArchive(archive)).isTrue();
        assertThat(ZipArchives.isArchive(docx)).isFalse();
        assertThat(ZipArchives.isArchive(text)).isFalse();
    }

    @Test
    void entryNamesWrittenInGb18030AreDecoded() throws Exception {
        Path archive = tmp.resolve("gbk.zip");
        try (OutputStream out = Files.newOutputStream(archive);
             ZipOutputStream zip = new ZipOutputStream(out, Charset.forName("GB18030"))) {
            zip.putNextEntry(new ZipEntry("工作方案/二〇二三.txt"));
            zip.write(new byte[] {'x'});
            zip.closeEntry();
        }
        try (ZipFile zip = ZipArchives.open(archive)) {
            assertThat(ZipArchives.entries(zip)).extracting(ZipEntry::getName).containsExactly("工作方案/二〇二三.txt");
        }
    }
}
