package org.govdoc.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/**
 * The one Tika configuration of the process: detector, media-type registry and the parser of each
 * media type. Building a TikaConfig scans the class path and loads every parser, so it is done once;
 * all three objects are thread-safe and shared by every reader.
 */
public final class TikaEngine {

    private static final class Holder {
        private static final TikaEngine SHARED = new TikaEngine(TikaConfig.getDefaultConfig());
    }

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final MediaType PDF = MediaType.application("pdf");
    /** The main parts of a Word and an Excel package, where every writer puts them. */
    public static final String DOCX_MAIN = "word/document.xml";
    public static final String XLSX_MAIN = "xl/workbook.xml";
    private static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType XLSX = MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The root part of an OFD package (GB/T 33190). */
    public static final String OFD_ROOT = "OFD.xml";
    private static final MediaType OFD = MediaType.application("ofd");

    private final TikaConfig config;
    private final Detector detector;
    private final DefaultZipContainerDetector zipDetector = new DefaultZipContainerDetector();
    private final OoxmlMainPart ooxml = new OoxmlMainPart();
    /** Tika's parser per media type, as its composite parser would choose it. */
    private final Map<MediaType, Parser> parsersByType;
    private final Map<MediaType, Parser> resolved = new ConcurrentHashMap<>();

    private TikaEngine(TikaConfig config) {
        this.config = config;
        this.detector = config.getDetector();
        Parser all = config.getParser();
        this.parsersByType = all instanceof CompositeParser composite
                ? Map.copyOf(composite.getParsers(new ParseContext())) : Map.of();
    }

    /** The process-wide instance, built on first use. */
    public static TikaEngine shared() {
        return Holder.SHARED;
    }

    public MediaTypeRegistry registry() {
        return config.getMediaTypeRegistry();
    }

    /** Tika's charset detection (HTML meta, juniversalchardet, ICU4J), used for plain text. */
    public EncodingDetector encodingDetector() {
        return config.getEncodingDetector();
    }

    /**
     * The parser Tika's composite parser chooses for a type already detected (the type's own, else its
     * nearest supertype's), so that parsing does not detect the type again. Thread-safe.
     */
    public Parser parserFor(MediaType type) {
        return resolved.computeIfAbsent(type.getBaseType(), t -> {
            for (MediaType m = registry().normalize(t); m != null; m = registry().getSupertype(m)) {
                Parser p = parsersByType.get(m);
                if (p != null) {
                    return p;
                }
            }
            return EmptyParser.INSTANCE;
        });
    }

    /**
     * The media type of a file from its content, so that identical bytes get the same type under any
     * name: the name only picks among kinds of text when the content is plain text (a fragment named
     * {@code .html}, a {@code .csv}), and never turns text or unknown bytes into another format (GBK
     * text named {@code .docx} is text, not a damaged DOCX). Container formats (OOXML, OLE2, ODF) are
     * opened to tell DOCX from XLSX from a plain ZIP.
     *
     * <p>Two signatures are answered without Tika's scan of every known magic, which costs more than
     * reading a small file: a PDF header, and a ZIP whose entries make it an office format (a Word or
     * Excel package named by its main part, {@link OoxmlMainPart}, without the package model Tika's
     * OPC detector builds; else the ZIP container detector, which Tika would consult for it anyway). Anything else, a ZIP the container
     * detector cannot name included, goes through Tika's full detection.
     */
    public MediaType detect(Path file) throws IOException {
        byte[] head = head(file);
        if (startsWith(head, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(head, ZIP_MAGIC)) {
            Optional<MediaType> main = ooxml.detect(file);
            if (main.isPresent()) {
                return main.get();
            }
            if (hasEntry(file, OFD_ROOT)) {
                return OFD; // Tika has no OFD type and would call it a ZIP archive
            }
            try (TikaInputStream in = TikaInputStream.get(file, new Metadata())) {
                MediaType container = zipDetector.detect(in, new Metadata()).getBaseType();
                if (isOfficeContainer(container)) {
                    return container;
                }
            }
            Optional<MediaType> damaged = damagedOoxml(file);
            if (damaged.isPresent()) {
                return damaged.get();
            }
        }
        MediaType content;
        try (TikaInputStream in = TikaInputStream.get(file, new Metadata())) {
            content = detector.detect(in, new Metadata()).getBaseType(); // the content alone, no name
        }
        if (content.equals(MediaType.OCTET_STREAM) && looksLikeText(file)) {
            content = MediaType.TEXT_PLAIN; // GBK, GB18030 or BOM-less UTF-16 text Tika's magic does not know
        }
        if (content.equals(MediaType.TEXT_PLAIN)) {
            // text: the name may say which text (.csv, an HTML fragment named .html), never that it is
            // something else (GBK text named .docx stays text)
            MediaType named = config.getMimeRepository().getMimeType(file.getFileName().toString()).getType().getBaseType();
            if (!named.equals(content) && registry().isSpecializationOf(named, MediaType.TEXT_PLAIN)) {
                return named;
            }
        }
        return content;
    }

    /** How much of a file {@link #looksLikeText} decodes. */
    private static final int TEXT_SNIFF_BYTES = 64 * 1024;

    /**
     * True when the start of the file decodes strictly as UTF-8, GB18030 (GBK, GB2312) or UTF-16
     * (without a byte-order mark: then every other byte of ASCII is zero) into characters of which
     * at most 1% are control codes other than tab, line and page breaks: text, whatever its name
     * says. Binary formats have NUL bytes, many control bytes, or sequences these charsets do not allow.
     */
    static boolean looksLikeText(Path file) throws IOException {
        byte[] head;
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(TEXT_SNIFF_BYTES);
            whole = in.read() < 0;
        }
        if (head.length == 0) {
            return false;
        }
        int zerosEven = 0;
        int zerosOdd = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                if ((i & 1) == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            }
        }
        if (zerosEven + zerosOdd == 0) {
            return decodesAsText(head, whole, StandardCharsets.UTF_8) || decodesAsText(head, whole, GB18030);
        }
        if (zerosEven > 0 && zerosOdd > 0) {
            return false;
        }
        return decodesAsText(head, whole, zerosOdd > 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private static boolean decodesAsText(byte[] bytes, boolean whole, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, whole);
        if (result.isError()) {
            return false;
        }
        if (whole) {
            if (decoder.flush(out).isError()) {
                return false;
            }
        } else if (in.remaining() > 4) { // only a character cut by the end of the sniffed bytes may be left
            return false;
        }
        out.flip();
        int chars = out.remaining();
        if (chars == 0) {
            return false;
        }
        int controls = 0;
        while (out.hasRemaining()) {
            char c = out.get();
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1a && c != 0x1b) || c == 0x7f) {
                controls++;
            }
        }
        return controls * 100L <= chars; // a stray control code (a DOS end-of-file mark, an escape) is still text
    }

    /**
     * A ZIP that holds the main part of a Word or Excel package ({@code word/document.xml},
     * {@code xl/workbook.xml}) but not what names its type ({@code [Content_Types].xml} or the
     * relationships): a damaged DOCX or XLSX, read as such (the DOCX reader needs only the parts;
     * an XLSX fails as {@code corrupt}), never as an archive of XML files.
     */
    private static Optional<MediaType> damagedOoxml(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(DOCX_MAIN) != null) {
                return Optional.of(DOCX);
            }
            if (zip.getEntry(XLSX_MAIN) != null) {
                return Optional.of(XLSX);
            }
        } catch (IOException | RuntimeException e) {
            // not a ZIP that can be opened: Tika decides
        }
        return Optional.empty();
    }

    /**
     * True when the ZIP holds the entry: from its directory, or, when the directory cannot be read (a
     * truncated download), from the local headers in front of the entries, so that a damaged package
     * is still told apart from an archive.
     */
    public static boolean hasEntry(Path file, String name) {
        return hasAnyEntry(file, java.util.Set.of(name));
    }

    /** True when the ZIP holds one of the entries (see {@link #hasEntry}). */
    public static boolean hasAnyEntry(Path file, java.util.Set<String> names) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (String name : names) {
                if (zip.getEntry(name) != null) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            // no readable directory: walk the local headers
        }
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (names.contains(e.getName())) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            // cut inside an entry: what was seen before decides
        }
        return false;
    }

    /** A type the ZIP container detector found inside a ZIP that is more than a ZIP: OOXML, ODF and the like. */
    private boolean isOfficeContainer(MediaType type) {
        return !type.equals(MediaType.APPLICATION_ZIP) && !type.equals(MediaType.OCTET_STREAM)
                && registry().isSpecializationOf(type, MediaType.APPLICATION_ZIP);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** True when {@code type} is {@code ancestor} or a specialisation of it in Tika's registry. */
    public boolean isA(MediaType type, MediaType ancestor) {
        return type.equals(ancestor) || registry().isSpecializationOf(type, ancestor);
    }
}
