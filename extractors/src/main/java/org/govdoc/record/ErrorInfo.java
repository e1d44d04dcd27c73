package org.govdoc.record;

/**
 * Why a file could not be read.
 *
 * @param code    one of {@link ErrorCode}'s codes
 * @param message a sentence for a person: what went wrong with this file
 */
public record ErrorInfo(String code, String message) {

    public static ErrorInfo of(ErrorCode code, String message) {
        return new ErrorInfo(code.code(), message);
    }
}
