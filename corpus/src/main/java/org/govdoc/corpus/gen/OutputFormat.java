package org.govdoc.corpus.gen;

import java.util.Locale;

/** The formats the generator writes, by the names of {@code --formats}. */
public enum OutputFormat {
    DOCX("docx", "docx"),
    PDF("pdf", "pdf"),
    XLSX("xlsx", "xlsx"),
    HTML("html", "html"),
    TXT("txt", "txt"),
    TXT_GBK("txt-gbk", "txt"),
    DOC("doc", "doc");

    private final String id;
    private final String extension;

    OutputFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    /** The name on the command line: docx, txt-gbk … */
    public String id() {
        return id;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public static OutputFormat of(String id) {
        String s = id.strip().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (f.id.equals(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (known: docx, pdf, xlsx, html, txt, txt-gbk, doc)");
    }
}
