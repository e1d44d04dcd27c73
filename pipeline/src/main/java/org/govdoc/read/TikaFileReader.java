package org.govdoc.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.tika.mime.MediaType;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link FileReader} of govdoc: checks the file, has its type detected from the content
 * ({@link FormatDetector}: Tika, the name only a hint), reads it with its format's reader under the
 * {@link FallbackPolicy} (readers from {@link FormatReaders}), and turns every failure into a
 * {@link ReadOutcome.Failed} with a code and a sentence for the user ({@link ReadMessages},
 * {@link Failures}). Thread-safe: one instance can read many files, from many threads, and keeps
 * working after any bad file.
 */
public final class TikaFileReader implements FileReader {

    /** Default size limit: 200 MiB, far above any real government document. */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TikaFileReader.class);

    private final long maxBytes;
    private final FormatDetector detector;
    private final FallbackPolicy policy;

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
        TikaEngine tika = TikaEngine.shared();
        this.maxBytes = maxBytes;
        this.detector = new FormatDetector(tika);
        this.policy = new FallbackPolicy(new FormatReaders(tika, overrides));
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public String detect(Path file) throws IOException {
        return detector.mediaType(file).toString();
    }

    @Override
    public ReadOutcome read(Path file, int maxChars) {
        String mediaType = MediaType.OCTET_STREAM.toString();
        try {
            if (!Files.exists(file)) {
                return failed(ErrorCode.IO_ERROR, ReadMessages.missing(file), mediaType);
            }
            if (Files.isDirectory(file)) {
                return failed(ErrorCode.IO_ERROR, ReadMessages.folder(file), mediaType);
            }
            if (!Files.isReadable(file)) {
                return failed(ErrorCode.IO_ERROR, ReadMessages.permissionDenied(), mediaType);
            }
            long size = Files.size(file);
            if (size == 0) {
                return failed(ErrorCode.EMPTY, ReadMessages.emptyFile(), mediaType);
            }
            MediaType type = detector.mediaType(file);
            mediaType = type.toString();
            if (size > maxBytes) {
                return failed(ErrorCode.TOO_LARGE, ReadMessages.tooLarge(size, maxBytes), mediaType);
            }
            Detection detection = detector.classify(type);
            if (detection instanceof Detection.Refused r) {
                return failed(r.code(), r.message(), r.mediaType());
            }
            Detection.Readable readable = (Detection.Readable) detection;
            return read(file, readable.format(), readable.mediaType(), maxChars);
        } catch (IOException e) {
            return failed(ErrorCode.IO_ERROR, ReadMessages.unreadable(Failures.detail(e)), mediaType);
        } catch (RuntimeException e) {
            LOG.warn("Unexpected failure before reading {}", file, e);
            return failed(ErrorCode.INTERNAL, ReadMessages.internalBeforeReading(Failures.detail(e)), mediaType);
        }
    }

    private ReadOutcome read(Path file, Format format, String mediaType, int maxChars) {
        try {
            FallbackPolicy.Reading reading = policy.read(format, file, mediaType, maxChars);
            if (reading.document().isEmpty()) {
                return failed(ErrorCode.EMPTY, ReadMessages.noText(format), mediaType);
            }
            return new ReadOutcome.Read(reading.document(), mediaType, reading.warnings());
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

    private static ReadOutcome failed(ErrorCode code, String message, String mediaType) {
        return new ReadOutcome.Failed(ErrorInfo.of(code, message), mediaType);
    }
}
