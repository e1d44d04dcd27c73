package org.govdoc.read;

import java.nio.file.Path;
import org.govdoc.corpus.render.DocxRenderer;
import org.govdoc.corpus.render.XlsxRenderer;

/**
 * Writes the DOCX and XLSX from which the committed DOC/WPS/XLS/ET/ODT/RTF fixtures were converted
 * with LibreOffice (see src/test/resources/fixtures/README.md). Not a test; run by hand:
 * {@code java -cp <test classpath> org.govdoc.read.FixtureSources <dir>}.
 */
public final class FixtureSources {

    private FixtureSources() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        new DocxRenderer().render(SampleSpecs.doc(), dir.resolve("sample.docx"));
        new XlsxRenderer().render(SampleSpecs.doc(), dir.resolve("sample.xlsx"));
        NumberedDocx.write(dir.resolve("numbered.docx"));
    }
}
