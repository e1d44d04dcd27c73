package org.govdoc.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govdoc.model.Document;
import org.govdoc.read.doc.DocReader;
import org.govdoc.read.docx.DocxReader;
import org.govdoc.read.image.ScanImageReader;
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

    /** The formats a Word altChunk may import, read by their own readers. */
    private static final Set<Format> CHUNK_FORMATS = Set.of(Format.HTML, Format.MHT, Format.RTF, Format.TEXT);

    private final Map<Format, DocumentReader> readers;
    private final Map<Format, DocumentReader> fallbacks;
    private final FormatDetector detector;

    /** govdoc's readers. */
    public FormatReaders(TikaEngine tika) {
        this(tika, Map.of());
    }

    /** govdoc's readers, some formats replaced (tests). */
    FormatReaders(TikaEngine tika, Map<Format, DocumentReader> overrides) {
        XhtmlReader xhtml = new XhtmlReader(tika);
        this.detector = new FormatDetector(tika);
        Map<Format, DocumentReader> m = new EnumMap<>(Format.class);
        m.put(Format.DOCX, new DocxReader(this::readChunk));
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
        m.put(Format.IMAGE, new ScanImageReader()); // scans: OCR (docs/ocr.md)
        m.putAll(overrides);
        this.readers = Map.copyOf(m);
        this.fallbacks = Map.of(Format.DOCX, xhtml, Format.DOC, xhtml, Format.SPREADSHEET, xhtml);
    }

    /**
     * A Word altChunk's part (HTML, MHT, RTF, text) read by the reader of its format, detected from
     * its content; null for a part of another format (left out).
     */
    private Document readChunk(Path chunk) throws ReadFailure, IOException {
        Detection d = detector.classify(detector.mediaType(chunk));
        if (d instanceof Detection.Readable r && CHUNK_FORMATS.contains(r.format())) {
            return reader(r.format()).read(chunk, r.mediaType());
        }
        return null;
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
