package org.govdoc.serve;

/** A request the API refuses: answered with {@code status} and a JSON error {code, message}. */
public final class BadRequest extends RuntimeException {

    private final int status;
    private final String code;

    public BadRequest(String code, String message) {
        this(400, code, message);
    }

    public BadRequest(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
