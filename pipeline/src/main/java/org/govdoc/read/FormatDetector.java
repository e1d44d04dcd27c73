package org.govdoc.read;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.mime.MediaType;
import org.govdoc.record.ErrorCode;

/**
 * Detection: the media type of a file from its content ({@link TikaEngine#detect}) and the
 * {@link Format} whose reader gets it, or the reason no reader does. Knows nothing of readers.
 */
public final class FormatDetector {

    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");

    private final TikaEngine tika;

    public FormatDetector(TikaEngine tika) {
        this.tika = tika;
    }

    /** The media type from the content (the name only picks among kinds of text). */
    public MediaType mediaType(Path file) throws IOException {
        return tika.detect(file);
    }

    /** The format of a type already detected, or the refusal. */
    public Detection classify(MediaType type) {
        String mediaType = type.toString();
        if (type.equals(ZIP)) {
            return new Detection.Refused(ErrorCode.UNSUPPORTED_TYPE, ReadMessages.archive(), mediaType);
        }
        if (type.equals(OOXML_PROTECTED)) {
            return new Detection.Refused(ErrorCode.ENCRYPTED, ReadMessages.passwordProtectedOffice(), mediaType);
        }
        Format format = Format.ofMediaType(mediaType);
        if (format == null && type.getType().equals("text") && tika.isA(type, MediaType.TEXT_PLAIN)) {
            format = Format.TEXT;
        }
        if (format == null) {
            return new Detection.Refused(ErrorCode.UNSUPPORTED_TYPE, ReadMessages.unsupported(type), mediaType);
        }
        return new Detection.Readable(format, mediaType);
    }
}
