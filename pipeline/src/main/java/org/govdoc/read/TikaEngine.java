package org.govdoc.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
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
     * The media type of a file from its content; the file name is only a hint (used when the
     * content alone is ambiguous, e.g. plain text). Container formats (OOXML, OLE2, ODF) are
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
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        if (startsWith(head, ZIP_MAGIC)) {
            Optional<MediaType> main = ooxml.detect(file);
            if (main.isPresent()) {
                return main.get();
            }
            try (TikaInputStream in = TikaInputStream.get(file, new Metadata())) {
                MediaType container = zipDetector.detect(in, new Metadata()).getBaseType();
                if (isOfficeContainer(container)) {
                    return container;
                }
            }
        }
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            return detector.detect(in, metadata).getBaseType();
        }
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
