package org.govdoc.corpus.render;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The renderers by format name, for the corpus generator and tests. */
public final class Renderers {

    /** GB18030, the charset of Chinese plain-text files that are not UTF-8 (a superset of GBK). */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private Renderers() {
    }

    /** The format names {@link #forFormat} knows. */
    public static List<String> formats() {
        return List.of("docx", "xlsx", "html", "txt", "txt-gbk", "pdf");
    }

    /**
     * The renderer of a format: "docx", "xlsx", "html", "txt" (UTF-8), "txt-gbk" (GB18030), "pdf".
     *
     * @throws IllegalArgumentException for a format without renderer
     */
    public static Renderer forFormat(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "docx" -> new DocxRenderer();
            case "xlsx" -> new XlsxRenderer();
            case "html", "htm" -> new HtmlRenderer();
            case "txt" -> new TxtRenderer(StandardCharsets.UTF_8);
            case "txt-gbk", "txt-gb18030" -> new TxtRenderer(GB18030);
            case "pdf" -> new PdfRenderer();
            default -> throw new IllegalArgumentException("no renderer for format '" + format + "'; known: " + formats());
        };
    }
}
