package org.govdoc.read;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;

/**
 * The one Tika configuration of the process: detector, media-type registry and auto-detecting
 * parser. Building a TikaConfig scans the class path and loads every parser, so it is done once;
 * all three objects are thread-safe and shared by every reader.
 */
public final class TikaEngine {

    private static final class Holder {
        private static final TikaEngine SHARED = new TikaEngine(TikaConfig.getDefaultConfig());
    }

    private final TikaConfig config;
    private final Detector detector;
    private final AutoDetectParser parser;

    private TikaEngine(TikaConfig config) {
        this.config = config;
        this.detector = config.getDetector();
        this.parser = new AutoDetectParser(config);
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

    /** Thread-safe parser that detects the type itself; used for ODT, RTF and HTML. */
    public Parser parser() {
        return parser;
    }

    /**
     * The media type of a file from its content; the file name is only a hint (used when the
     * content alone is ambiguous, e.g. plain text). Container formats (OOXML, OLE2, ODF) are
     * opened to tell DOCX from XLSX from a plain ZIP.
     */
    public MediaType detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            return detector.detect(in, metadata).getBaseType();
        }
    }

    /** True when {@code type} is {@code ancestor} or a specialisation of it in Tika's registry. */
    public boolean isA(MediaType type, MediaType ancestor) {
        return type.equals(ancestor) || registry().isSpecializationOf(type, ancestor);
    }
}
