package org.govdoc.record;

/** The codes of {@link ErrorInfo#code()}. */
public enum ErrorCode {
    ENCRYPTED("encrypted"),
    CORRUPT("corrupt"),
    UNSUPPORTED_TYPE("unsupported_type"),
    EMPTY("empty"),
    TOO_LARGE("too_large"),
    TIMEOUT("timeout"),
    OUT_OF_MEMORY("out_of_memory"),
    IO_ERROR("io_error"),
    INTERNAL("internal");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
