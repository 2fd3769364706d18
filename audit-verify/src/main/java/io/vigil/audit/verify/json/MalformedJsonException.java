package io.vigil.audit.verify.json;

/** Thrown when text is not I-JSON (RFC 7493), naming the offending position, so callers can report it. */
public final class MalformedJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the problem and its position. */
    public MalformedJsonException(String message) {
        super(message);
    }
}
