package org.govdoc.read;

import org.govdoc.record.ErrorCode;

/**
 * What {@link FormatDetector} made of a file's content: a format govdoc has a reader for, or a
 * refusal with its code and sentence (an archive, a password-protected package, a type govdoc does
 * not read). Both carry the media type detected, which the record reports either way.
 */
public sealed interface Detection {

    String mediaType();

    /** A format with a reader. */
    record Readable(Format format, String mediaType) implements Detection {
    }

    /** A file no reader is given, and why. */
    record Refused(ErrorCode code, String message, String mediaType) implements Detection {
    }
}
