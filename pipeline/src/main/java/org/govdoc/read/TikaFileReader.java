package org.govdoc.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.mime.MediaType;
import org.govdoc.model.Document;
import org.govdoc.read.doc.DocReader;
import org.govdoc.read.docx.DocxReader;
import org.govdoc.read.image.ScanImageReader;
import org.govdoc.read.mht.MhtReader;
import org.govdoc.read.odt.OdtReader;
import org.govdoc.read.pdf.PdfReader;
import org.govdoc.read.rtf.RtfReader;
import org.govdoc.read.sheet.SpreadsheetReader;
import org.govdoc.read.text.TextReader;
import org.govdoc.read.xhtml.XhtmlReader;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link FileReader} of govdoc: detects a file's type from its content with Tika (the name is
 * only a hint), hands it to the reader of its format, and turns every failure into a
 * {@link ReadOutcome.Failed} with a code and a sentence for the user. Thread-safe: one instance can
 * read many files, from many threads, and keeps working after any bad file.
 *
 * <p>Formats: DOCX (its XML as DOM), DOC and WPS Writer (POI HWPF), XLSX (streamed with SAX), XLS/ET (POI SS), ODT (StAX),
 * RTF (own parser), HTML/ODS (Tika XHTML), MHT web archives (HTML part), TXT (charset detection),
 * PDF ({@link PdfReader}, scanned pages by OCR), JPG/PNG/TIFF scans ({@link ScanImageReader}). ZIP archives are detected as {@code application/zip} and not read here
 * (ingest expands them).
 */
public final class TikaFileReader implements FileReader {

    /** Default size limit: 200 MiB, far above any real government document. */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TikaFileReader.class);

    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType TEXT_PLAIN = MediaType.TEXT_PLAIN;
    private static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");
    private static final MediaType OCTET_STREAM = MediaType.OCTET_STREAM;

    private final TikaEngine tika;
    private final long maxBytes;
    private final Map<Format, DocumentReader> readers;
    /** Second chance for Office files the structure-keeping reader trips over: Tika's own parser. */
    private final Map<Format, DocumentReader> fallbacks;

    /** A reader with the default size limit. */
    public TikaFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes files larger than this fail with {@code too_large} without being parsed */
    public TikaFileReader(long maxBytes) {
        this(maxBytes, Map.of());
    }

    /** For tests: some formats read by other readers. */
    TikaFileReader(long maxBytes, Map<Format, DocumentReader> overrides) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.tika = TikaEngine.shared();
        this.maxBytes = maxBytes;
        Map<Format, DocumentReader> m = new EnumMap<>(Format.class);
        m.put(Format.DOCX, new DocxReader());
        m.put(Format.DOC, new DocReader());
        m.put(Format.SPREADSHEET, new SpreadsheetReader());
        XhtmlReader xhtml = new XhtmlReader(tika);
        m.put(Format.ODT, new OdtReader());
        m.put(Format.ODS, xhtml);
        m.put(Format.RTF, new RtfReader());
        m.put(Format.HTML, xhtml);
        m.put(Format.MHT, new MhtReader(xhtml));
        m.put(Format.TEXT, new TextReader(tika));
        m.put(Format.PDF, new PdfReader());
        m.put(Format.IMAGE, new ScanImageReader()); // scans: OCR (docs/ocr.md)
        m.putAll(overrides);
        this.readers = Map.copyOf(m);
        this.fallbacks = Map.of(Format.DOCX, xhtml, Format.DOC, xhtml, Format.SPREADSHEET, xhtml);
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public String detect(Path file) throws IOException {
        return tika.detect(file).toString();
    }

    @Override
    public ReadOutcome read(Path file) {
        String mediaType = OCTET_STREAM.toString();
        try {
            if (!Files.exists(file)) {
                return failed(ErrorCode.IO_ERROR, "The file does not exist: " + file + ".", mediaType);
            }
            if (Files.isDirectory(file)) {
                return failed(ErrorCode.IO_ERROR, "This is a folder, not a file: " + file + ".", mediaType);
            }
            if (!Files.isReadable(file)) {
                return failed(ErrorCode.IO_ERROR, "The file cannot be opened: permission denied.", mediaType);
            }
            long size = Files.size(file);
            if (size == 0) {
                return failed(ErrorCode.EMPTY, "The file is empty (0 bytes).", mediaType);
            }
            MediaType type = tika.detect(file);
            mediaType = type.toString();
            if (size > maxBytes) {
                return failed(ErrorCode.TOO_LARGE, "The file is " + humanSize(size)
                        + ", more than the limit of " + humanSize(maxBytes) + "; it was not read.", mediaType);
            }
            return readDetected(file, type);
        } catch (IOException e) {
            return failed(ErrorCode.IO_ERROR, "The file cannot be read: " + Failures.detail(e), mediaType);
        } catch (RuntimeException e) {
            LOG.warn("Unexpected failure before reading {}", file, e);
            return new ReadOutcome.Failed(ErrorInfo.of(ErrorCode.INTERNAL,
                    "govdoc failed while opening the file (a bug, please report it): " + Failures.detail(e)),
                    mediaType);
        }
    }

    private ReadOutcome readDetected(Path file, MediaType type) {
        String mediaType = type.toString();
        if (type.equals(ZIP)) {
            return failed(ErrorCode.UNSUPPORTED_TYPE,
                    "The file is a ZIP archive; archives are expanded before their files are read.", mediaType);
        }
        if (type.equals(OOXML_PROTECTED)) {
            return failed(ErrorCode.ENCRYPTED,
                    "The Office file is protected by a password and cannot be read.", mediaType);
        }
        Format format = Format.ofMediaType(mediaType);
        if (format == null && type.getType().equals("text") && tika.isA(type, TEXT_PLAIN)) {
            format = Format.TEXT;
        }
        if (format == null) {
            return failed(ErrorCode.UNSUPPORTED_TYPE, unsupportedMessage(type), mediaType);
        }
        DocumentReader reader = readers.get(format);
        try {
            Document doc = readWithFallback(reader, format, file, mediaType);
            if (doc.isEmpty()) {
                return failed(ErrorCode.EMPTY, "The " + format.label() + " contains no text.", mediaType);
            }
            return new ReadOutcome.Read(doc, mediaType);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            ErrorInfo info = Failures.classify(e, format.label());
            if (info.code().equals(ErrorCode.INTERNAL.code())) {
                LOG.warn("Internal error reading {} as {}", file, mediaType, e);
            } else {
                LOG.debug("Cannot read {} as {}: {}", file, mediaType, info.message(), e);
            }
            return new ReadOutcome.Failed(info, mediaType);
        }
    }

    /**
     * Reads with the format's reader; if it fails on something other than a known problem of the
     * file (a bug or a POI limitation on an unusual but valid file), Tika's parser of the format
     * is tried, which keeps the text but not the table spans.
     */
    private Document readWithFallback(DocumentReader reader, Format format, Path file, String mediaType)
            throws Exception {
        try {
            return reader.read(file, mediaType);
        } catch (ReadFailure e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            DocumentReader fallback = fallbacks.get(format);
            if (fallback == null || fallback == reader) {
                throw e;
            }
            try {
                Document doc = fallback.read(file, mediaType);
                LOG.warn("{} read by Tika's parser after the {} reader failed: {}", file, format, Failures.detail(e));
                return doc;
            } catch (Exception | StackOverflowError second) {
                e.addSuppressed(second);
                throw e;
            }
        }
    }

    private static String unsupportedMessage(MediaType type) {
        String t = type.toString();
        if (type.getType().equals("image")) {
            return "The file is an image (" + t + ") of a kind not read as a scan (JPG, PNG and TIFF are).";
        }
        if (t.contains("executable") || t.contains("x-msdownload") || t.contains("x-elf")
                || t.contains("x-sharedlib") || t.contains("java-vm") || t.contains("x-mach")) {
            return "The file is a program (" + t + "), not a document.";
        }
        if (type.equals(OCTET_STREAM)) {
            return "The file's type could not be recognised from its content; it is not a document "
                    + "format govdoc reads (DOCX, DOC, WPS, XLSX, XLS, ET, ODT, RTF, HTML, TXT, PDF).";
        }
        return "The file's type (" + t + ") is not one govdoc reads "
                + "(DOCX, DOC, WPS, XLSX, XLS, ET, ODT, RTF, HTML, TXT, PDF).";
    }

    private static ReadOutcome failed(ErrorCode code, String message, String mediaType) {
        return new ReadOutcome.Failed(ErrorInfo.of(code, message), mediaType);
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
