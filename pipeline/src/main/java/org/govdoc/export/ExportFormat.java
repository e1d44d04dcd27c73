package org.govdoc.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The file formats of an export. */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** A writer of this format on {@code out} (which the writer closes), with one sheet named {@code sheet}. */
    public ExportWriter open(OutputStream out, String sheet) throws IOException {
        return switch (this) {
            case CSV -> new CsvExportWriter(out);
            case XLSX -> new XlsxExportWriter(out, sheet);
        };
    }

    /** csv | xlsx, any case. */
    public static ExportFormat fromId(String id) {
        try {
            return valueOf(id.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format: expected csv or xlsx, got '" + id + "'");
        }
    }
}
