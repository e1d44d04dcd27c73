package org.govdoc.read;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.govdoc.read.doc.DocReader;
import org.govdoc.read.docx.DocxReader;
import org.govdoc.read.mht.MhtReader;
import org.govdoc.read.odt.OdtReader;
import org.govdoc.read.ofd.OfdReader;
import org.govdoc.read.pdf.PdfReader;
import org.govdoc.read.rtf.RtfReader;
import org.govdoc.read.sheet.SpreadsheetReader;
import org.govdoc.read.text.TextReader;
import org.govdoc.read.xhtml.XhtmlReader;

/**
 * Dispatch: the reader of each {@link Format}, and the second reader tried when the first trips
 * over a file (Tika's own parser of the format). Adding a format is one line here and one constant
 * in {@link Format}.
 */
public final class FormatReaders {

    private final Map<Format, DocumentReader> readers;
    private final Map<Format, DocumentReader> fallbacks;

    /** govdoc's readers. */
    public FormatReaders(TikaEngine tika) {
        this(tika, Map.of());
    }

    /** govdoc's readers, some formats replaced (tests). */
    FormatReaders(TikaEngine tika, Map<Format, DocumentReader> overrides) {
        XhtmlReader xhtml = new XhtmlReader(tika);
        Map<Format, DocumentReader> m = new EnumMap<>(Format.class);
        m.put(Format.DOCX, new DocxReader());
        m.put(Format.DOC, new DocReader());
        m.put(Format.SPREADSHEET, new SpreadsheetReader());
        m.put(Format.ODT, new OdtReader());
        m.put(Format.ODS, xhtml);
        m.put(Format.RTF, new RtfReader());
        m.put(Format.HTML, xhtml);
        m.put(Format.MHT, new MhtReader(xhtml));
        m.put(Format.TEXT, new TextReader(tika));
        m.put(Format.PDF, new PdfReader());
        m.put(Format.OFD, new OfdReader());
        m.putAll(overrides);
        this.readers = Map.copyOf(m);
        this.fallbacks = Map.of(Format.DOCX, xhtml, Format.DOC, xhtml, Format.SPREADSHEET, xhtml);
    }

    /** The reader of a format (every {@link Format} has one). */
    public DocumentReader reader(Format format) {
        DocumentReader r = readers.get(format);
        if (r == null) {
            throw new IllegalStateException("no reader for " + format);
        }
        return r;
    }

    /** The second reader of a format, if it has one other than its first. */
    public Optional<DocumentReader> fallback(Format format) {
        DocumentReader f = fallbacks.get(format);
        return f == null || f == readers.get(format) ? Optional.empty() : Optional.of(f);
    }
}
