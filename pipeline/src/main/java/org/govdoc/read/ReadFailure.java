package org.govdoc.read;

import org.govdoc.record.ErrorCode;

/** A file that cannot be read, with the code the record will carry. */
public final class ReadFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public ReadFailure(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ReadFailure(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
